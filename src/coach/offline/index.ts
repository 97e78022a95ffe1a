/** The offline coach: deterministic language understanding for the common phrasings (issue 4). */
export { localToday } from './dates.ts';
export { examples } from './examples.ts';
export { canonicalZone, zoneForPlace } from './places.ts';
export { formatDuration, parseClockTime, parseDistanceKm, parseDuration } from './quantities.ts';
export {
  DEFAULT_ILLNESS_DAYS,
  FEELING_RPE,
  MAX_TEXT_LENGTH,
  type QuestionTopic,
  type UnderstandContext,
  type Understanding,
  understand,
} from './understand.ts';
