/** The planned session was done as planned. */
import type { ToolCall } from '../../tools/schemas.ts';
import { call, dayMentions, tools } from './helpers.ts';
import { feedbackCall } from './run.ts';
import { Hint, type Input, type Outcome } from './types.ts';

export const SESSION_WORDS =
  '(?:run|workout|session|long run|tempo(?: run)?|intervals|easy run|hills?|hill repeats|recovery run|strides|training)';
export const DONE_PHRASE = new RegExp(
  `\\b(?:did|done with|finished|completed|nailed|smashed|got through|ticked off)\\s+(?:(?:today's|yesterday's|tonight's|this morning's|\\w+day's|my|the|planned|scheduled)\\s+)*${SESSION_WORDS}\\b|\\b${SESSION_WORDS}\\s+(?:is\\s+|was\\s+)?(?:done|complete|completed|finished|in the bag)\\b`,
);
export const DONE_BARE =
  /^(?:(?:i'm |i am |all |just )?(?:done|finished)|(?:i )?did it|nailed it|(?:run|workout|session) (?:done|complete|completed|finished))(?: (?:today|it|coach|for today))?$/;

/** "done", "did today's workout", "long run done": the planned session was run as planned (the Done button). */
export function detectDone(i: Input): Outcome {
  const { t } = i;
  if (/\?\s*$/.test(t) || /^(?:did i|have i|should|what|how|when|is|are|can|do)\b/.test(t)) return null;
  // "done, felt great": the first clause is the bare "done"; the rest is feedback.
  const bare = (t.split(/[,;.!]/)[0] ?? '')
    .replace(/[^\p{L}\p{N}' ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!DONE_BARE.test(bare) && !DONE_PHRASE.test(t)) return null;
  const date = dayMentions(i.dates('past')).find((m) => m.date <= i.today)?.date ?? i.today;
  const calls: ToolCall[] = [call('complete_workout', { date })];
  const fb = feedbackCall(i, date, false);
  if (fb && !(fb instanceof Hint)) calls.push(fb);
  return tools(calls);
}
