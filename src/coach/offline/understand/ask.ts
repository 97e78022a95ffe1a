/** Questions answered from the engine's numbers or fixed sourced texts (issue 14). */
import type { ToolArgs } from '../../tools/schemas.ts';
import { mondayOf } from '../dates.ts';
import { call, dayMentions, tools } from './helpers.ts';
import type { Input, Outcome, Understanding } from './types.ts';

// questions answered from the engine's numbers or fixed sourced texts, changes to the current plan, pausing
// messages, putting a skipped workout back, clearance after a break (issue 14)

export const QUESTION_START =
  /^(?:what|what's|whats|which|why|how|when|can|could|should|shall|is|are|am|do|does|will|would|any (?:tips|advice))\b/;

export function isQuestion(t: string): boolean {
  return /\?\s*$/.test(t) || QUESTION_START.test(t);
}

export function answer(
  topic: ToolArgs<'answer_question'>['topic'],
  date?: string,
  kind?: ToolArgs<'answer_question'>['kind'],
): Understanding {
  return tools([call('answer_question', kind ? { topic, kind } : { topic, date })]);
}

type PurposeKind = NonNullable<ToolArgs<'answer_question'>['kind']>;

/** The kinds of session a runner asks about, most specific first ("hill repeats" are hills, not intervals). */
const KIND_WORDS: readonly [RegExp, PurposeKind][] = [
  [/\bhills?\b|\bhill (?:repeats|sprints)\b/, 'hills'],
  [/\bstrides\b/, 'strides'],
  [/\bmarathon pace\b/, 'marathon_pace'],
  [/\brecovery runs?\b/, 'recovery'],
  [/\btempo(?: runs?)?\b|\bthreshold runs?\b/, 'tempo'],
  [/\bintervals?\b|\binterval training\b|\bspeed ?work\b|\brepeats\b|\bfartlek\b/, 'intervals'],
  [/\blong runs?\b/, 'long'],
  [/\beasy runs?\b|\beasy running\b/, 'easy'],
];

function purposeKind(t: string): PurposeKind | undefined {
  return KIND_WORDS.find(([re]) => re.test(t))?.[1];
}

/**
 * "what is the long run for?", "what's the point of intervals?", "why do I run hills?", "what is a tempo?":
 * a question about what a kind of session does (the kind comes from KIND_WORDS).
 */
const PURPOSE_FRAME =
  /\b(?:point|purpose|goal|benefit|use)s? of\b|\bwhy (?:do|should|would|must) i (?:do|run|need|have)\b|\bwhy (?:run|do|bother)\b|\bwhat (?:is|are|does|do)\b[^?]* (?:for|do|good for)\s*\??$/;
/** "what is a tempo?", "what are strides?": a kind of session named on its own (not "what is my long run on Sunday?"). */
const BARE_KIND = /^(?:what(?:'s| is| are)|explain) (?:a |an |the )?[a-z ]{3,30}\??$/;
const ABOUT_A_DAY = /\b(?:my|this|next|today|tomorrow|on|in|at|when)\b/;

function asksPurpose(t: string): boolean {
  return PURPOSE_FRAME.test(t) || (BARE_KIND.test(t) && !ABOUT_A_DAY.test(t));
}

/** A question that is not about a day's card: answered from the engine's numbers or a sourced text. */
export function detectAsk(i: Input): Outcome {
  const { t } = i;
  if (!isQuestion(t)) return null;
  const futureDay = (): string | undefined => dayMentions(i.dates('future'))[0]?.date;
  if (
    /\b(?:sore throat|a cold|head cold|runny nose|stuffy nose|blocked nose|sniffles|congested|congestion|cough(?:ing)?|flu|sick|ill|fever|under the weather)\b/.test(
      t,
    ) &&
    /\b(?:should|can|could|is it (?:ok|okay|safe|fine|bad)|safe|run with|running with|train with|exercise with)\b/.test(
      t,
    )
  ) {
    return answer('cold');
  }
  if (
    /\b(?:eat|eating|food|fuel|fuelling|fueling|breakfast|gels?|carbs?|carbohydrates?|nutrition|snack|meal)\b/.test(t)
  ) {
    return answer('fuelling');
  }
  if (
    /\b(?:parkrun|park run|a race|race|a 5k|a 10k|tune-?up)\b/.test(t) &&
    /\b(?:can|could|should|may|is it ok|okay to|fit|do)\b/.test(t)
  ) {
    const date = futureDay();
    if (/\bparkrun|park run\b/.test(t) || date) return answer(date ? 'race_fit' : 'parkrun', date);
  }
  if (/\b(?:heart ?rate|hr zones?|bpm|heart rate zones?)\b/.test(t)) return answer('heart_rate');
  if (
    /\b(?:paces?|how fast|what speed|min(?:utes)? per (?:km|mile))\b/.test(t) &&
    !/\bpace (?:myself|the race)\b|\bhow fast (?:can|could|will|would) i\b/.test(t)
  ) {
    return answer('paces');
  }
  if (
    /\bwhy\b/.test(t) &&
    /\bweek\b/.test(t) &&
    /\b(?:light|lighter|easy|easier|short|shorter|less|fewer|few|low|lower|little|heavy|heavier|hard|harder|tough|more|big|bigger|long|longer|so much)\b/.test(
      t,
    )
  ) {
    const week = i.dates('future').find((m) => m.period === 'this-week' || m.period === 'next-week');
    const date = week?.period === 'this-week' ? mondayOf(i.today) : week ? mondayOf(week.date) : undefined;
    return answer('week_load', date);
  }
  const kind = purposeKind(t);
  if (kind && asksPurpose(t)) return answer('workout_purpose', undefined, kind);
  const purpose =
    /\b(?:what(?:'s| is| are)? (?:the )?(?:point|purpose|goal|benefit) of|why (?:do|am|should|would) i (?:do|run|doing|running)|what (?:is|are|does|do) (?:a |an |the |my )?(?:tempo|intervals?|strides|long runs?|hills?|hill repeats|fartlek|recovery runs?|easy runs?|marathon pace)(?: runs?| sessions?)? (?:for|do|good for))\b/.exec(
      t,
    );
  if (purpose) return answer('workout_purpose', futureDay());
  if (
    /\b(?:predict(?:ion|ed)?|what time (?:can|could|will|would|should) i|how fast (?:can|could|will|would) i|finish(?:ing)? time|expected time|race time)\b/.test(
      t,
    )
  ) {
    return answer('prediction');
  }
  return null;
}
