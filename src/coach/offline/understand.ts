/** The offline coach's understanding lives in ./understand/ (one file per detector); this keeps the old path. */
export {
  DEFAULT_ILLNESS_DAYS,
  FEELING_RPE,
  findGoal,
  MAX_TEXT_LENGTH,
  type QuestionTopic,
  type UnderstandContext,
  type Understanding,
  understand,
} from './understand/index.ts';
