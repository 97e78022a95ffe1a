/**
 * The coach's door into the training engine (src/training): plan numbers come from here, never from the
 * model (design.md, principle 1). Converts between what the tools speak and what the engine takes.
 */
import { GOAL_KM } from '../training/distances.ts';
import { generatePlan } from '../training/plan/generate.ts';
import { predictRaceTimeSec } from '../training/race-prediction.ts';
import type { GoalDistance, Paces, Plan, PlanOutcome, PlanRequest, Workout } from '../training/types.ts';
import { vdotFromPerformance } from '../training/vdot.ts';

export type PaceZones = Paces;

/** One visible change to the plan, worded for the runner. */
export interface PlanChange {
  date: string;
  summary: string;
  why: string;
}

export type AdaptEvent =
  | { kind: 'skip'; date: string }
  | { kind: 'reschedule'; date: string; newDate: string }
  | {
      kind: 'feedback';
      date: string;
      rpe: number;
      feeling?: 'great' | 'good' | 'ok' | 'tired' | 'exhausted' | undefined;
      pain?: { location: string; severity: number } | undefined;
    }
  | {
      kind: 'illness' | 'injury' | 'fatigue' | 'travel' | 'busy';
      fromDate: string;
      days: number;
      availableDays?: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[] | undefined;
    }
  | { kind: 'race'; distance: GoalDistance; timeSec: number };

export interface AdaptOutcome {
  plan: Plan;
  changes: PlanChange[];
  advice?: string;
  stopRunning?: boolean;
  refused?: string;
}

export interface ProgressWeek {
  startDate: string;
  plannedKm: number;
  doneKm: number;
  compliance: number;
  load: number;
}

export interface ProgressReport {
  weeks: ProgressWeek[];
  acwr: number | null;
  fitness: number | null;
  fatigue: number | null;
  prediction: { distance: GoalDistance; timeSec: number } | null;
}

export function buildPlan(request: PlanRequest): PlanOutcome {
  return generatePlan(request);
}

/** VDOT of a race result, or null when it is outside what the Daniels tables cover (about 30–85). */
export function raceVdot(distance: GoalDistance, timeSec: number): number | null {
  const v = vdotFromPerformance(GOAL_KM[distance], timeSec);
  return Number.isFinite(v) && v >= 20 && v <= 90 ? Math.round(v * 10) / 10 : null;
}

export function predictedTimes(vdot: number): Record<GoalDistance, number> {
  return {
    '5k': predictRaceTimeSec(vdot, GOAL_KM['5k']),
    '10k': predictRaceTimeSec(vdot, GOAL_KM['10k']),
    half: predictRaceTimeSec(vdot, GOAL_KM.half),
    marathon: predictRaceTimeSec(vdot, GOAL_KM.marathon),
  };
}

export function applyEvent(_plan: Plan, _event: AdaptEvent, _today: string): AdaptOutcome {
  throw new Error('engine adaptation not wired yet');
}

export function matchRunToPlan(
  _plan: Plan,
  _run: { date: string; distanceKm: number },
): { status: 'done' | 'partial' | 'extra'; workout: Workout | null } {
  throw new Error('engine matching not wired yet');
}

export function progressReport(_input: {
  plan: Plan | null;
  runs: { date: string; distanceKm: number; durationSec: number; rpe: number | null }[];
  feedback: { date: string; rpe: number }[];
  today: string;
  weeks: number;
}): ProgressReport {
  throw new Error('engine progress not wired yet');
}
