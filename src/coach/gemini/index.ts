/** The Gemini coach (issue 5): function calling over the tools, prompts, memory and graceful fallback. */
export {
  concernsStrava,
  DEFAULT_MAX_RETRY_DELAY_MS,
  DEFAULT_MAX_STEPS,
  GEMINI_API_VERSION,
  GeminiCoach,
  type GeminiCoachOptions,
  geminiCoachFromConfig,
  loadSystemPrompt,
  SYSTEM_PROMPT_PATH,
} from './coach.ts';
export { functionDeclarations, parametersFor, toGeminiSchema } from './declarations.ts';
export { classify, type FailureKind, GeminiFailure, parseDuration, retryDelayOf } from './errors.ts';
export { factsFor } from './facts.ts';
export { boundedHistory, DEFAULT_HISTORY_LIMITS, type HistoryLimits, loadTurns, saveTurn } from './history.ts';
export { modelTextToHtml, textOfParts } from './text.ts';
