/**
 * Weekly summaries for progress reports: planned versus done km, compliance, session load and its trend.
 */
import type { Plan } from '../types.ts';
import { estimateRpe } from './rpe-estimate.ts';
import { runLoad } from './session-load.ts';
import { planWeekRange, weekTotals } from './week-totals.ts';

export interface RunRecord {
  date: string;
  distanceKm: number;
  durationSec?: number;
  rpe?: number | null;
}

export interface WeekSummary {
  index: number;
  startDate: string;
  endDate: string;
  /** Km still planned (week-totals.ts: the race, skipped and missed sessions excluded). */
  plannedKm: number;
  doneKm: number;
  /** doneKm / plannedKm, null when nothing was planned. */
  compliance: number | null;
  /** Session-RPE load (Foster 2001) of the runs with a duration. */
  load: number;
  /** Versus the week before: up or down by more than 10 %, else steady; null for the first week. */
  loadTrend: 'up' | 'down' | 'steady' | null;
  runs: number;
}

/** A change in weekly load of 10 % or less is "steady" (the same step as rule 4). */
const TREND_BAND = 0.1;

const r2 = (x: number) => Math.round(x * 100) / 100;

export function weeklySummaries(plan: Plan, runs: readonly RunRecord[], today?: string): WeekSummary[] {
  const out: WeekSummary[] = [];
  plan.weeks.forEach((week, i) => {
    if (today && week.startDate > today) return;
    const { from: startDate, to: endDate } = planWeekRange(plan, i);
    const inWeek = runs.filter((r) => r.date >= startDate && r.date <= endDate);
    // The one definition of a week's planned and done km (week-totals.ts), as every other face shows them.
    const totals = weekTotals(week.workouts, runs, startDate, endDate);
    const plannedKm = totals.plannedKm;
    const doneKm = totals.doneKm;
    // An unrated run counts with the effort its pace shows against the plan's paces (rpe-estimate.ts).
    const load = inWeek.reduce((s, r) => {
      if (!r.durationSec) return s;
      const workoutType = week.workouts.find((w) => w.date === r.date && w.type !== 'race')?.type ?? null;
      const estimate = estimateRpe(
        { distanceKm: r.distanceKm, durationSec: r.durationSec },
        { paces: plan.paces, workoutType },
      );
      return s + runLoad({ durationSec: r.durationSec, rpe: r.rpe }, estimate);
    }, 0);
    const prev = out.at(-1);
    let loadTrend: WeekSummary['loadTrend'] = null;
    if (prev) {
      if (prev.load === 0) loadTrend = load > 0 ? 'up' : 'steady';
      else if (load > prev.load * (1 + TREND_BAND)) loadTrend = 'up';
      else if (load < prev.load * (1 - TREND_BAND)) loadTrend = 'down';
      else loadTrend = 'steady';
    }
    out.push({
      index: week.index,
      startDate,
      endDate,
      plannedKm: r2(plannedKm),
      doneKm: r2(doneKm),
      compliance: plannedKm > 0 ? r2(doneKm / plannedKm) : null,
      load: r2(load),
      loadTrend,
      runs: inWeek.length,
    });
  });
  return out;
}
