import type { Plan, WorkoutStatus, WorkoutType } from '../types.ts';

/** A workout as a change log shows it. */
export interface WorkoutBrief {
  type: WorkoutType;
  distanceKm: number;
  title: string;
  status: WorkoutStatus;
}

/** One day that changed: what was planned (null: rest), what is planned now (null: rest), and why. */
export interface PlanChange {
  date: string;
  before: WorkoutBrief | null;
  after: WorkoutBrief | null;
  why: string;
}

/**
 * What an adaptation returns. The input plan is never mutated. `refused` says why nothing changed when the
 * request cannot be honoured (e.g. a reschedule that would put hard days back to back).
 */
export interface Adaptation {
  plan: Plan;
  changes: PlanChange[];
  advice?: string;
  stopRunningAdvice?: boolean;
  refused?: string;
}
