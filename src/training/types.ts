/**
 * Types of the training engine. `Plan` is the contract's "Plan JSON" (contracts.md) with a few additions
 * (`steps` on workouts, `goal.predictedTime`, `baseline`) that consumers may ignore.
 */
import type { PlanError, PlanWarning } from './notes.ts';

export const GOAL_DISTANCES = ['5k', '10k', 'half', 'marathon'] as const;
export type GoalDistance = (typeof GOAL_DISTANCES)[number];

export const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAY_NAMES)[number];

export type Phase = 'base' | 'build' | 'peak' | 'taper' | 'race';

export const WORKOUT_TYPES = [
  'easy',
  'recovery',
  'long',
  'tempo',
  'intervals',
  'marathon_pace',
  'hills',
  'race',
] as const;
export type WorkoutType = (typeof WORKOUT_TYPES)[number];

export type WorkoutStatus = 'planned' | 'done' | 'partial' | 'skipped' | 'missed';

/** A pace band in seconds per kilometre; `minSecPerKm` is the faster end. */
export interface PaceRange {
  minSecPerKm: number;
  maxSecPerKm: number;
}

export interface Paces {
  easy: PaceRange;
  marathon: PaceRange;
  threshold: PaceRange;
  interval: PaceRange;
  repetition: PaceRange;
}

/** Training intensities a step can ask for; `race` is goal pace on race day. */
export type Zone = 'easy' | 'marathon' | 'threshold' | 'interval' | 'repetition' | 'hill' | 'stride' | 'race';

export type StepKind = 'warmup' | 'run' | 'work' | 'cooldown';

/**
 * One block of a workout. `reps` × (`distanceKm` of work) with `recoveryKm` of jogging between repetitions
 * (reps − 1 recoveries). A step's length is reps·distanceKm + (reps − 1)·recoveryKm.
 */
export interface WorkoutStep {
  kind: StepKind;
  reps: number;
  distanceKm: number;
  zone: Zone;
  /** Pace target; null when the runner's paces are unknown (then `effort` says how it should feel). */
  pace: PaceRange | null;
  effort: string;
  recoveryKm?: number;
}

export interface Workout {
  date: string;
  type: WorkoutType;
  distanceKm: number;
  title: string;
  description: string;
  status: WorkoutStatus;
  steps: WorkoutStep[];
}

export interface PlanWeek {
  index: number;
  phase: Phase;
  startDate: string;
  /** Planned training km of the week; the race itself is not counted. */
  totalKm: number;
  workouts: Workout[];
}

export interface PlanGoal {
  distance: GoalDistance;
  distanceKm: number;
  raceDate: string;
  /** The runner's target (H:MM:SS) or null. */
  goalTime: string | null;
  /** Finish time predicted from `vdot` (H:MM:SS) or null. */
  predictedTime?: string | null;
}

/** What the plan was built from; adaptation needs it for the rules that look at "the weeks before". */
export interface PlanBaseline {
  weeklyKm: number;
  daysPerWeek: number;
  longRunDay: Weekday;
  /** The runner's current long run as the rules count it (rule 5). */
  longRunKm: number;
}

export interface Plan {
  goal: PlanGoal;
  startDate: string;
  vdot: number | null;
  paces: Paces | null;
  warnings: PlanWarning[];
  weeks: PlanWeek[];
  baseline?: PlanBaseline;
}

export interface RaceResult {
  distance: GoalDistance;
  timeSec: number;
  /** The day the race was run (YYYY-MM-DD); rule 16: results older than 8 weeks do not set paces. */
  date?: string;
}

/** What the runner told us about their heart rate (beats per minute). */
export interface HeartRateProfile {
  maxHr?: number;
  restingHr?: number;
  /** Lactate-threshold heart rate (Friel's 30-minute test). */
  lthr?: number;
}

export interface PlanRequest {
  goal: GoalDistance;
  raceDate: string;
  startDate: string;
  weeklyKm: number;
  daysPerWeek: number;
  longRunDay: Weekday;
  recentRace?: RaceResult;
  goalTimeSec?: number;
  /** The runner's longest run of the last 30 days (rule 5's starting line); else 30 % of `weeklyKm`. */
  longestRunKm?: number;
  /** Heart-rate data for HR ranges beside the paces. */
  heartRate?: HeartRateProfile;
}

export type PlanOutcome = { ok: true; plan: Plan } | { ok: false; error: PlanError };

/** Types that count as hard days (contracts.md: every type but easy and recovery). */
export function isHardType(type: WorkoutType): boolean {
  return type !== 'easy' && type !== 'recovery';
}

/** A workout the runner will run or ran (not skipped or missed). */
export function isActive(w: Workout): boolean {
  return w.status !== 'skipped' && w.status !== 'missed';
}
