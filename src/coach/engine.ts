/**
 * The coach's door into the training engine (src/training): plan numbers come from here, never from the
 * model (design.md, principle 1). Converts between what the tools speak and what the engine takes.
 */
import {
  adaptPlan,
  applyLoadSpike,
  briefKm,
  type ChangeReason,
  type Confirmation,
  type PlanChange as EnginePlanChange,
  type PlanEvent,
  type WorkoutBrief,
} from '../training/adaptation/index.ts';
import { addDays, daysBetween } from '../training/dates.ts';
import { GOAL_KM } from '../training/distances.ts';
import { acuteChronicRatio, type DailyLoad, steadyDailyLoad } from '../training/load/ewma.ts';
import { pmcSeries, pmcShownFrom } from '../training/load/pmc.ts';
import { type RpeContext, runRpe } from '../training/load/rpe-estimate.ts';
import { findRunSpike, type LoggedRun, type RunSpike } from '../training/load/run-spike.ts';
import { sessionLoad } from '../training/load/session-load.ts';
import { easeAfterSpike } from '../training/load/spike-ease.ts';
import { weeklySummaries } from '../training/load/weekly-summary.ts';
import { matchRun } from '../training/match-run.ts';
import type { Advice, Refusal } from '../training/notes.ts';
import { generatePlan } from '../training/plan/generate.ts';
import { predictRaceTimeSec } from '../training/race-prediction.ts';
import type { GoalDistance, Paces, Plan, PlanOutcome, PlanRequest, Workout } from '../training/types.ts';
import { vdotFromPerformance } from '../training/vdot.ts';
import { changeText, ENGLISH } from './replies/engine-words.ts';

export type PaceZones = Paces;

/**
 * One visible change to the plan: what the day was and is (`before` → `after`; null: rest), by how much (`fromKm` →
 * `toKm`), and why as codes and numbers (src/coach/replies/changes.ts and engine-words.ts word them). `summary` says
 * the same in English for the model ("Tempo 8 km → Easy run 5 km"); no runner reads it.
 */
export interface PlanChange {
  date: string;
  summary: string;
  before: WorkoutBrief | null;
  after: WorkoutBrief | null;
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
  advice?: Advice;
  stopRunning?: boolean;
  refused?: Refusal;
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

/** The engine's changed days as the tools speak them: a summary and the km before and after beside the reasons. */
function coachChanges(changes: readonly EnginePlanChange[]): PlanChange[] {
  return changes.map((c) => ({
    date: c.date,
    summary: changeText(ENGLISH, c.before, c.after),
    before: c.before,
    after: c.after,
    reasons: c.reasons,
    fromKm: briefKm(c.before),
    toKm: briefKm(c.after),
  }));
}

export function applyEvent(plan: Plan, event: AdaptEvent, today: string): AdaptOutcome {
  const result = adaptPlan(plan, toEngineEvent(event), today);
  return {
    plan: result.plan,
    changes: coachChanges(result.changes),
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

/** How an unrated run on `date` is judged: the plan's paces, and the type of the workout planned that day. */
export function rpeContext(plan: Plan | null, date: string): RpeContext {
  if (!plan) return { paces: null, workoutType: null };
  const w = plan.weeks.flatMap((x) => x.workouts).find((x) => x.date === date && x.type !== 'race');
  return { paces: plan.paces, workoutType: w?.type ?? null };
}

/**
 * Daily session loads (Foster's RPE × minutes); a run without an RPE counts with the effort its pace shows against
 * the plan's paces, else its workout's type (training/load/rpe-estimate.ts).
 */
export function dailyLoads(runs: readonly LoadRun[], plan: Plan | null = null): DailyLoad[] {
  return runs.map((r) => ({
    date: r.date,
    load: sessionLoad(runRpe(r, rpeContext(plan, r.date)), r.durationSec / 60),
  }));
}

/** The daily load the runner's reported weekly volume stands for, at their own load per km (ewma.ts). */
export function reportedDailyLoad(
  weeklyKm: number | null,
  runs: readonly LoadRun[],
  loads: readonly DailyLoad[],
): number {
  if (weeklyKm === null) return 0;
  return steadyDailyLoad(
    weeklyKm,
    runs.map((r, i) => ({ distanceKm: r.distanceKm, load: loads[i]?.load ?? 0 })),
  );
}

export interface SpikeOutcome {
  spike: RunSpike;
  plan: Plan | null;
  changes: PlanChange[];
}

/**
 * Rule 5 on a logged run: is it a single-run spike against the runner's earlier runs, and if so the plan's next
 * days eased (training/load/spike-ease.ts). Null when the run is within the line.
 */
export function checkRunSpike(input: {
  run: LoggedRun;
  history: readonly LoggedRun[];
  weeklyKm: number | null;
  plan: Plan | null;
  today: string;
}): SpikeOutcome | null {
  const spike = findRunSpike(input.run, input.history, input.weeklyKm);
  if (!spike) return null;
  if (!input.plan) return { spike, plan: null, changes: [] };
  const eased = easeAfterSpike(input.plan, spike, input.today);
  return {
    spike,
    plan: eased.changes.length > 0 ? eased.plan : null,
    changes: coachChanges(eased.changes),
  };
}

/**
 * The other spike of design.md's adaptation rules: a 7-day over 28-day EWMA load above 1.5 (Gabbett 2016) lightens
 * the coming week. Frandsen et al. (BJSM 2025) found the ratio no predictor of injury in runners, so it acts only
 * when the single-run check found nothing, on loads seeded from the runner's reported volume (never against zero).
 */
export function checkLoadSpike(input: {
  runs: readonly LoadRun[];
  weeklyKm: number | null;
  plan: Plan;
  today: string;
}): { plan: Plan; changes: PlanChange[] } | null {
  const runs = input.runs.filter((r) => r.date <= input.today);
  if (runs.length === 0) return null;
  const loads = dailyLoads(runs, input.plan);
  const seed = reportedDailyLoad(input.weeklyKm, runs, loads);
  // Without a reported volume the ratio means something only after four weeks of logged runs.
  // ISO dates sort as strings: the earliest is the smallest.
  const first = runs.map((r) => r.date).sort()[0] ?? input.today;
  if (seed <= 0 && addDays(first, 28) > input.today) return null;
  // After a gap, any run lifts the 7-day average far above a decayed 28-day one: that is a return, not a spike
  // (one of the ratio's known artefacts; Impellizzeri et al. 2020). Judge it only on a steady history: runs in at
  // least 3 of the 4 weeks before today.
  const weeksWithRuns = new Set(
    runs
      .filter((r) => r.date < input.today && r.date >= addDays(input.today, -28))
      .map((r) => Math.floor(daysBetween(r.date, input.today) / 7)),
  );
  if (weeksWithRuns.size < 3) return null;
  // The ratio as of today: the run just logged counts.
  const result = applyLoadSpike(input.plan, loads, addDays(input.today, 1), seed);
  if (result.changes.length === 0) return null;
  return {
    plan: result.plan,
    changes: coachChanges(result.changes),
  };
}

/**
 * Progress over the last `weeks`. Load numbers come from every run given, from the first on, seeded with the
 * runner's reported volume: give it the whole history, so fitness on a day never depends on the window asked for.
 */
export function progressReport(input: {
  plan: Plan | null;
  runs: readonly LoadRun[];
  /** The runner's reported weekly km, the load before the first logged run; null: unknown (zero seed). */
  weeklyKm?: number | null;
  feedback: readonly { date: string; rpe: number | null }[];
  today: string;
  weeks: number;
}): ProgressReport {
  const { plan, today } = input;
  // What happened after `today` never changes the numbers of `today`.
  const runs = input.runs.filter((r) => r.date <= today);
  const loads = dailyLoads(runs, plan);
  const seed = reportedDailyLoad(input.weeklyKm ?? null, runs, loads);
  const summaries = plan ? weeklySummaries(plan, runs, today).slice(-input.weeks) : [];
  const first = runs.reduce<string | null>((min, r) => (min === null || r.date < min ? r.date : min), null);
  const shownFrom = first ? pmcShownFrom(first) : null;
  const settled = shownFrom !== null && shownFrom <= today;
  const pmc = first && settled ? pmcSeries(loads, first, today, { ctl: seed, atl: seed }).at(-1) : undefined;
  return {
    weeks: summaries.map((w) => ({
      startDate: w.startDate,
      plannedKm: w.plannedKm,
      doneKm: w.doneKm,
      compliance: w.compliance ?? 0,
      load: w.load,
      loadTrend: w.loadTrend,
    })),
    acwr: acuteChronicRatio(loads, today, seed),
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
