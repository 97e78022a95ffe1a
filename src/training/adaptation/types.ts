import type { Advice, Refusal, WorkoutName } from '../notes.ts';
import type { Plan, WorkoutStatus, WorkoutType } from '../types.ts';

/** A workout as a change log shows it. */
export interface WorkoutBrief {
  type: WorkoutType;
  distanceKm: number;
  title: string;
  status: WorkoutStatus;
}

/**
 * Why a day changed, as a code and numbers (design.md: the engine returns codes and numbers, never sentences; the
 * replies word them, src/coach/replies/changes.ts).
 */
export type ChangeCode =
  // What the runner reported about the day itself.
  | 'missed'
  | 'skipped'
  | 'partial'
  | 'ran'
  // Moves within a week.
  | 'moved_from'
  | 'moved_to'
  | 'swapped'
  // Rest and lighter days.
  | 'rest_illness'
  | 'rest_injury'
  | 'hold_pain'
  | 'lighter_hard_easy'
  | 'lighter_unplanned'
  | 'lighter_exhausted'
  | 'lighter_pain'
  | 'lighter_fatigue'
  | 'lighter_load'
  | 'easing_back'
  // Rule 15: the return to running.
  | 'return_easy_only'
  | 'return_volume'
  | 'return_resume'
  | 'return_paces'
  // Travel and busy stretches.
  | 'busy_moved_to'
  | 'busy_skipped'
  | 'busy_support'
  | 'busy_kept'
  // Rule 16: race results.
  | 'new_paces'
  | 'long_time_cap'
  | 'tuneup_recovery'
  // The repair pass (rules 4, 5, 6, 14).
  | 'spike_cap'
  | 'spike_ease'
  | 'week_growth'
  | 'quality_share'
  | 'long_share'
  | 'long_longest';

/** The signal an adaptation answered, when it was not a rule of the plan itself. */
export type ChangeSignal =
  | 'runner'
  | 'illness'
  | 'injury'
  | 'pain'
  | 'rpe'
  | 'fatigue'
  | 'load_spike'
  | 'travel'
  | 'busy'
  | 'race_result'
  | 'break';

export interface ChangeReason {
  code: ChangeCode;
  /** The rule of design.md's "Training rules, version 2" the change keeps, if any. */
  rule?: number;
  signal?: ChangeSignal;
  /** The number that drove it: a factor in %, a VDOT, a ratio, a pain severity, km... (meaning set by `code`). */
  value?: number;
  /** A second number: the value before (a VDOT before), or a limit in km. */
  ref?: number;
  /** A day the change points to (moved from / to). */
  date?: string;
  /** The runner's own words (a skip reason). */
  note?: string;
}

/** One day that changed: what was planned (null: rest), what is planned now (null: rest), and why. */
export interface PlanChange {
  date: string;
  before: WorkoutBrief | null;
  after: WorkoutBrief | null;
  /** Every reason the day changed, in order, each once. */
  reasons: ChangeReason[];
}

/** A question the runner must answer before the change is made (rule 16: a slower race result). */
export interface Confirmation {
  code: 'slower_result';
  vdotBefore: number;
  vdotAfter: number;
}

/**
 * What an adaptation returns. The input plan is never mutated. `refused` says why nothing changed when the
 * request cannot be honoured (e.g. a reschedule that would put hard days back to back).
 */
export interface Adaptation {
  plan: Plan;
  changes: PlanChange[];
  advice?: Advice;
  stopRunningAdvice?: boolean;
  refused?: Refusal;
  /** Nothing changed yet: the runner confirms first (then the event is sent again with `confirmed`). */
  confirm?: Confirmation;
}

/** A workout as a note names it. */
export function nameOf(w: { type: WorkoutType; title: string }): WorkoutName {
  return { type: w.type, title: w.title };
}

/** Active km of a brief (rest, skipped and missed count 0). */
export function briefKm(b: WorkoutBrief | null): number {
  return b && b.status !== 'skipped' && b.status !== 'missed' ? b.distanceKm : 0;
}
