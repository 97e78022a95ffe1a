/**
 * The coach's door into the training engine (src/training): plan numbers come from here, never from the
 * model (design.md, principle 1). Converts between what the tools speak and what the engine takes.
 */
import {
  adaptPlan,
  briefKm,
  type ChangeReason,
  type Confirmation,
  type PlanEvent,
  type WorkoutBrief,
} from '../training/adaptation/index.ts';
import { addDays } from '../training/dates.ts';
import { GOAL_KM } from '../training/distances.ts';
import { acuteChronicRatio, type DailyLoad } from '../training/load/ewma.ts';
import { pmcSeries, pmcShownFrom } from '../training/load/pmc.ts';
import { runLoad } from '../training/load/session-load.ts';
import { weeklySummaries } from '../training/load/weekly-summary.ts';
import { matchRun } from '../training/match-run.ts';
import { generatePlan } from '../training/plan/generate.ts';
import { predictRaceTimeSec } from '../training/race-prediction.ts';
import type { GoalDistance, Paces, Plan, PlanOutcome, PlanRequest, Workout } from '../training/types.ts';
import { vdotFromPerformance } from '../training/vdot.ts';

export type PaceZones = Paces;

/**
 * One visible change to the plan: what the day was and is (`summary`, e.g. "Tempo 8 km → Easy run 5 km"), by how
 * much (`fromKm` → `toKm`), and why as codes and numbers (src/coach/replies/changes.ts words them).
 */
export interface PlanChange {
  date: string;
  summary: string;
  reasons: ChangeReason[];
  fromKm: number;
  toKm: number;
}

export type AdaptEvent =
  | { kind: 'skip'; date: string; reason?: string | undefined }
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
  | {
      kind: 'race';
      distance: GoalDistance;
      timeSec: number;
      date?: string | undefined;
      confirmed?: boolean | undefined;
    }
  | { kind: 'return'; breakFrom: string; resumeOn: string }
  | { kind: 'load'; loads: DailyLoad[] };

export interface AdaptOutcome {
  plan: Plan;
  changes: PlanChange[];
  advice?: string;
  stopRunning?: boolean;
  refused?: string;
  /** Nothing applied yet: the runner is asked first (rule 16's slower race result). */
  confirm?: Confirmation;
}

export interface ProgressWeek {
  startDate: string;
  plannedKm: number;
  doneKm: number;
  compliance: number;
  load: number;
  loadTrend: 'up' | 'down' | 'steady' | null;
}

export interface ProgressReport {
  weeks: ProgressWeek[];
  acwr: number | null;
  /** Null until there is enough history (pmcShownFrom): every face shows them by this one rule. */
  fitness: number | null;
  fatigue: number | null;
  /** When fitness and fatigue will first be shown; null once they are (or with no runs at all). */
  fitnessFrom: string | null;
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

const km = (x: number) => `${Math.round(x * 10) / 10} km`;

function briefText(w: WorkoutBrief | null): string {
  if (!w) return 'rest';
  if (w.status === 'skipped') return `${w.title} skipped`;
  return `${w.title} ${km(w.distanceKm)}`;
}

/** "Tempo 8 km → Easy run 5 km", "rest → Long run 18 km" */
function summarize(before: WorkoutBrief | null, after: WorkoutBrief | null): string {
  if (before && after && before.title === after.title && before.distanceKm === after.distanceKm) {
    return after.status === 'skipped' ? `${after.title}: skipped` : `${after.title}: ${after.status}`;
  }
  if (before && !after) return `${briefText(before)} → rest`;
  if (!before && after) return `now ${briefText(after)}`;
  return `${briefText(before)} → ${briefText(after)}`;
}

function toEngineEvent(event: AdaptEvent): PlanEvent {
  switch (event.kind) {
    case 'race':
      return {
        kind: 'race_result',
        distance: event.distance,
        timeSec: event.timeSec,
        ...(event.date ? { date: event.date } : {}),
        ...(event.confirmed ? { confirmed: true } : {}),
      };
    case 'feedback':
      return {
        kind: 'feedback',
        date: event.date,
        rpe: event.rpe,
        ...(event.feeling ? { feeling: event.feeling } : {}),
        ...(event.pain ? { pain: event.pain } : {}),
      };
    case 'fatigue':
      return { kind: 'fatigue', fromDate: event.fromDate, days: event.days };
    case 'illness':
    case 'injury':
      return { kind: event.kind, fromDate: event.fromDate, days: event.days };
    default:
      return event;
  }
}

export function applyEvent(plan: Plan, event: AdaptEvent, today: string): AdaptOutcome {
  const result = adaptPlan(plan, toEngineEvent(event), today);
  return {
    plan: result.plan,
    changes: result.changes.map((c) => ({
      date: c.date,
      summary: summarize(c.before, c.after),
      reasons: c.reasons,
      fromKm: briefKm(c.before),
      toKm: briefKm(c.after),
    })),
    ...(result.advice ? { advice: result.advice } : {}),
    ...(result.stopRunningAdvice ? { stopRunning: true } : {}),
    ...(result.refused ? { refused: result.refused } : {}),
    ...(result.confirm ? { confirm: result.confirm } : {}),
  };
}

export function matchRunToPlan(
  plan: Plan,
  run: { date: string; distanceKm: number },
): { status: 'done' | 'partial' | 'extra'; workout: Workout | null } {
  const m = matchRun(plan, run);
  return m.kind === 'matched' ? { status: m.status, workout: m.workout } : { status: 'extra', workout: m.workout };
}

export interface LoadRun {
  date: string;
  distanceKm: number;
  durationSec: number;
  rpe: number | null;
}

/** Daily session loads (Foster's RPE × minutes; runs without an RPE count at a moderate 4). */
export function dailyLoads(runs: readonly LoadRun[]): DailyLoad[] {
  return runs.map((r) => ({ date: r.date, load: runLoad({ durationSec: r.durationSec, rpe: r.rpe }) }));
}

export function progressReport(input: {
  plan: Plan | null;
  runs: readonly LoadRun[];
  feedback: readonly { date: string; rpe: number | null }[];
  today: string;
  weeks: number;
}): ProgressReport {
  const { plan, runs, today } = input;
  const loads = dailyLoads(runs);
  const summaries = plan ? weeklySummaries(plan, runs, today).slice(-input.weeks) : [];
  const first = runs.reduce<string | null>((min, r) => (min === null || r.date < min ? r.date : min), null);
  const shownFrom = first ? pmcShownFrom(first) : null;
  const settled = shownFrom !== null && shownFrom <= today;
  const pmc = first && settled ? pmcSeries(loads, first, today).at(-1) : undefined;
  return {
    weeks: summaries.map((w) => ({
      startDate: w.startDate,
      plannedKm: w.plannedKm,
      doneKm: w.doneKm,
      compliance: w.compliance ?? 0,
      load: w.load,
      loadTrend: w.loadTrend,
    })),
    acwr: acuteChronicRatio(loads, today),
    fitness: pmc ? pmc.ctl : null,
    fatigue: pmc ? pmc.atl : null,
    fitnessFrom: settled ? null : shownFrom,
    prediction: plan?.vdot
      ? { distance: plan.goal.distance, timeSec: predictRaceTimeSec(plan.vdot, plan.goal.distanceKm) }
      : null,
  };
}

/** The runs window a load check needs: the chronic EWMA looks back 28 days; 42 more settle it. */
export function loadWindowStart(today: string): string {
  return addDays(today, -70);
}
