/**
 * A week's numbers, the one definition every face shows (/week, /plan, Progress, the Mini App calendar, the
 * export, the Sunday summary and the morning card): what is planned and what was done between two dates.
 *
 * - planned: the sessions still in the plan (the race excluded, skipped and missed sessions excluded), which is
 *   what the engine's own week total counts (`recomputeTotals`), so the plan's `totalKm` and these agree;
 * - done: every run logged in those days, whatever its source (extra runs count), plus the sessions marked done
 *   without a run that day (the Done button says "run as planned").
 */
import { addDays } from '../dates.ts';
import type { Workout } from '../types.ts';
import { isActive } from '../types.ts';

export interface WeekRun {
  date: string;
  distanceKm: number;
}

export interface WeekTotals {
  from: string;
  to: string;
  /** Km of the sessions still planned (race, skipped and missed sessions excluded). */
  plannedKm: number;
  /** Km of the sessions skipped or missed. */
  skippedKm: number;
  /** Km run: logged runs plus sessions marked done without a run. */
  doneKm: number;
  /** Training sessions of the days (the race excluded), skipped ones included. */
  sessions: number;
  sessionsDone: number;
  sessionsSkipped: number;
  /** Runs logged in the days. */
  runs: number;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

type WorkoutLike = Pick<Workout, 'date' | 'type' | 'distanceKm' | 'status'>;

export function weekTotals(
  workouts: readonly WorkoutLike[],
  runs: readonly WeekRun[],
  from: string,
  to: string,
): WeekTotals {
  const sessions = workouts.filter((w) => w.date >= from && w.date <= to && w.type !== 'race');
  const inDays = runs.filter((r) => r.date >= from && r.date <= to);
  const runDates = new Set(inDays.map((r) => r.date));
  const active = sessions.filter((w) => isActive(w as Workout));
  const skipped = sessions.filter((w) => !isActive(w as Workout));
  const doneWithoutRun = sessions
    .filter((w) => w.status === 'done' && !runDates.has(w.date))
    .reduce((s, w) => s + w.distanceKm, 0);
  return {
    from,
    to,
    plannedKm: r2(active.reduce((s, w) => s + w.distanceKm, 0)),
    skippedKm: r2(skipped.reduce((s, w) => s + w.distanceKm, 0)),
    doneKm: r2(inDays.reduce((s, r) => s + r.distanceKm, 0) + doneWithoutRun),
    sessions: sessions.length,
    sessionsDone: sessions.filter((w) => w.status === 'done' || w.status === 'partial').length,
    sessionsSkipped: skipped.length,
    runs: inDays.length,
  };
}

interface PlanLike {
  weeks: readonly { index: number; startDate: string; workouts: readonly WorkoutLike[] }[];
}

/**
 * The days of each plan week as the runner's calendar shows them: whole weeks (a plan that starts on a Wednesday
 * still counts Monday's run in its first week, and the race week runs to its Sunday).
 */
export function planWeekRange(plan: PlanLike, i: number): { from: string; to: string } {
  const week = plan.weeks[i];
  if (!week) throw new RangeError(`no week ${i}`);
  const next = plan.weeks[i + 1];
  const from = i === 0 && next ? addDays(next.startDate, -7) : week.startDate;
  return { from, to: next ? addDays(next.startDate, -1) : addDays(from, 6) };
}

/** Every plan week's numbers, by the one definition above; `index` is the plan's week number. */
export function planWeekTotals(plan: PlanLike, runs: readonly WeekRun[]): (WeekTotals & { index: number })[] {
  return plan.weeks.map((week, i) => {
    const { from, to } = planWeekRange(plan, i);
    return { index: week.index, ...weekTotals(week.workouts, runs, from, to) };
  });
}
