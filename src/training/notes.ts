/**
 * What the engine says, as codes and numbers (design.md: the engine returns codes and numbers, never sentences).
 * The messages layer words them in the runner's language (src/coach/replies/engine-words.ts, locales/<lang>/engine.ftl).
 * Dates are ISO (YYYY-MM-DD), distances km, times seconds.
 */
import type { GoalDistance, WorkoutType } from './types.ts';

/** A workout named in a note: its type (other languages name it from the type) and the engine's English title. */
export interface WorkoutName {
  type: WorkoutType;
  title: string;
}

/** Advice that comes with an adaptation. */
export type Advice =
  // Rule 5's load check (Gabbett 2016's 7-day over 28-day ratio).
  | { code: 'load_unknown' }
  | { code: 'load_balanced'; ratio: number }
  | { code: 'load_spike'; ratio: number; limit: number }
  // A move the runner asked for.
  | { code: 'moved'; workout: WorkoutName; date: string }
  // Travel and busy stretches.
  | { code: 'busy_kept'; travel: boolean; proportion: boolean }
  | { code: 'busy_break'; travel: boolean; resumeOn: string; longBreak: boolean }
  // Illness and injury: rest, then the way back (rule 15).
  | { code: 'illness_rest'; through: string; longBreak: boolean; factor: number }
  | { code: 'injury_rest'; through: string; longBreak: boolean; factor: number }
  // Missed and partial days.
  | { code: 'missed_easy' }
  | { code: 'missed_moved'; workout: WorkoutName; date: string; replaces: WorkoutName | null }
  | { code: 'missed_dropped'; workout: WorkoutName }
  | { code: 'partial' }
  // Rule 16: race results.
  | { code: 'race_slower'; distance: GoalDistance; timeSec: number; vdot: number; before: number }
  | {
      code: 'race_paces';
      distance: GoalDistance;
      timeSec: number;
      vdot: number;
      before: number | null;
      goal: GoalDistance;
      predictedSec: number;
    }
  // Feedback.
  | { code: 'pain_stop'; severity: number; location: string }
  | { code: 'noted'; tough: boolean }
  | { code: 'lighter_pain'; location: string }
  | { code: 'lighter_exhausted' }
  | { code: 'lighter_unplanned' }
  | { code: 'lighter_hard_easy' }
  | { code: 'fatigue_through'; through: string };

export type AdviceCode = Advice['code'];

/** Why an adaptation changed nothing. */
export type Refusal =
  | { code: 'no_workout'; date: string }
  | { code: 'race_not_skipped' }
  | { code: 'same_day' }
  | { code: 'past_day' }
  | { code: 'race_fixed' }
  | { code: 'after_race' }
  | { code: 'other_week'; workout: WorkoutName; weekStart: string }
  | { code: 'day_taken'; date: string }
  | { code: 'hard_back_to_back'; workout: WorkoutName; date: string; clash: WorkoutName; clashDate: string }
  | { code: 'days_past' }
  | { code: 'race_time_implausible'; distance: GoalDistance; timeSec: number }
  | { code: 'race_future'; date: string }
  | { code: 'race_stale'; date: string };

export type RefusalCode = Refusal['code'];

/** A plan that comes out but rests on unusual inputs (rule 9) or cannot safely reach its goal (rules 10, 13). */
export type PlanWarning =
  | { code: 'low_volume'; minKm: number }
  | { code: 'long_per_run'; weeklyKm: number; days: number; perRunKm: number; maxKm: number }
  | { code: 'time_cap'; minutes: number; longestKm: number; goal: GoalDistance; readyKm: number }
  | {
      code: 'build_short';
      weeklyKm: number;
      longestKm: number;
      raceDate: string;
      goal: GoalDistance;
      readyKm: number;
      /** The same race day at a shorter distance that would work. */
      shorter: GoalDistance | null;
      /** The same distance on a later date that would work, and the weeks of training to it. */
      later: { date: string; weeks: number } | null;
      /** The plan keeps hard running to one short session a week. */
      limited: boolean;
    }
  | { code: 'race_stale'; distance: GoalDistance; date: string }
  | { code: 'race_too_slow' }
  | { code: 'goal_unchecked'; goal: GoalDistance; goalTimeSec: number }
  | { code: 'goal_beyond'; goalTimeSec: number; goalVdot: number; vdot: number; raceSec: number }
  /** A warning stored as an English sentence before warnings were codes (old plans, imported exports). */
  | { code: 'text'; text: string };

export type PlanWarningCode = PlanWarning['code'];

/** Every warning code, for readers of stored plans (src/db/store/json.ts). */
export const PLAN_WARNING_CODES = [
  'low_volume',
  'long_per_run',
  'time_cap',
  'build_short',
  'race_stale',
  'race_too_slow',
  'goal_unchecked',
  'goal_beyond',
  'text',
] as const satisfies readonly PlanWarningCode[];

/** Why no plan came out. */
export type PlanError =
  | { code: 'unknown_goal'; goal: string }
  | { code: 'bad_start_date'; value: string }
  | { code: 'bad_race_date'; value: string }
  | { code: 'race_before_start'; raceDate: string; startDate: string }
  | {
      code: 'too_soon';
      goal: GoalDistance;
      minWeeks: number;
      raceDate: string;
      weeks: number;
      days: number;
      earliest: string;
      shorter: GoalDistance | null;
    }
  | { code: 'too_far'; maxWeeks: number; startAfter: string }
  | { code: 'bad_weekly_km' }
  | { code: 'bad_days_per_week' }
  | { code: 'bad_long_run_day' }
  | { code: 'recent_race_after_start'; raceDate: string; startDate: string }
  | { code: 'recent_race_incomplete' }
  | { code: 'recent_race_too_fast'; distance: GoalDistance; timeSec: number }
  | { code: 'goal_time_invalid' }
  | { code: 'goal_time_too_fast'; distance: GoalDistance; timeSec: number };

export type PlanErrorCode = PlanError['code'];
