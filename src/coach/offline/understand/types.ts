/** Types and constants shared by the detectors. */
import type { MessageRef } from '../../../messages/refs.ts';
import type { Expectation } from '../../conversation/dialogue.ts';
import type { ToolCall } from '../../tools/schemas.ts';
import type { DateMention, DateMode, Weekday } from '../dates.ts';

export interface UnderstandContext {
  now: Date;
  /** The runner's IANA zone; relative dates resolve here. */
  timezone: string;
  units: 'km' | 'mi';
  hasPlan: boolean;
  /** The runner's long-run day, used when picking run days for "only 2 days" (default Sunday). */
  longRunDay?: Weekday;
  /** The current plan's goal distance: "goal time 1:59:00" and "race is on April 11" change that plan. */
  planGoal?: Goal;
  /**
   * The runner's language ("es", "ru-RU", …): where a phrase reads differently in two supported languages, this
   * one is tried first. Messages in any supported language are understood whatever it is.
   */
  language?: string | null;
}

/** 'day' is a question about a given date other than today or tomorrow ("what's on Friday?"); `date` is set. */
export type QuestionTopic = 'today' | 'tomorrow' | 'day' | 'week' | 'plan' | 'progress' | 'profile' | 'help';

export type Understanding =
  /** `notes`: what was guessed, as refs (und- keys) said in the runner's language where the reply is shown. */
  | { kind: 'tools'; calls: ToolCall[]; notes?: MessageRef[] }
  | { kind: 'question'; topic: QuestionTopic; date?: string }
  | { kind: 'greeting' }
  | { kind: 'thanks' }
  /**
   * `hint`: what to send instead, as a ref (und- keys) rendered in the runner's language where it is shown.
   * `expect`: the hint is a question whose answer completes the message (the dialogue registers it).
   */
  | { kind: 'unknown'; hint?: MessageRef; expect?: Expectation };

export type Feeling = 'great' | 'good' | 'ok' | 'tired' | 'exhausted';
export type Goal = '5k' | '10k' | 'half' | 'marathon';

/** Longer messages are not parsed: the runner gets a hint to send a short sentence. */
export const MAX_TEXT_LENGTH = 1000;

/** RPE assumed from a feeling when no number is given (record_feedback needs one). */
export const FEELING_RPE: Record<Feeling, number> = { great: 3, good: 4, ok: 5, tired: 7, exhausted: 9 };
/** Default illness length in days when none is named. */
export const DEFAULT_ILLNESS_DAYS = 3;

export interface Input {
  raw: string;
  t: string;
  ctx: UnderstandContext;
  zone: string;
  today: string;
  dates: (mode: DateMode) => DateMention[];
}

export type Outcome = Understanding | null;

/** A hint found deep in a detector (a goal time, a span of days, feedback), passed up as its ref. */
export class Hint {
  constructor(readonly hint: MessageRef) {}
}
