/**
 * Performance Manager Chart after Banister's impulse-response model as GoldenCheetah's PMCData computes it:
 * each day, CTL ("fitness") and ATL ("fatigue") decay by e^(−1/N) and take in the day's load with weight
 * 1 − e^(−1/N); N = 42 days for CTL and 7 for ATL. Form (TSB) = CTL − ATL.
 */
import { dayNumber, fromDayNumber } from '../dates.ts';
import { type DailyLoad, dailyTotals } from './ewma.ts';

export const CTL_DAYS = 42;
export const ATL_DAYS = 7;

export interface PmcDay {
  date: string;
  load: number;
  ctl: number;
  atl: number;
  tsb: number;
}

/** One step of the model: yesterday's value decays, today's load comes in. */
export function pmcStep(previous: number, load: number, days: number): number {
  const decay = Math.exp(-1 / days);
  return previous * decay + load * (1 - decay);
}

export function pmcSeries(loads: readonly DailyLoad[], from: string, to: string, start = { ctl: 0, atl: 0 }): PmcDay[] {
  const daily = dailyTotals(loads, from, to);
  const base = dayNumber(from);
  let ctl = start.ctl;
  let atl = start.atl;
  return daily.map((load, k) => {
    ctl = pmcStep(ctl, load, CTL_DAYS);
    atl = pmcStep(atl, load, ATL_DAYS);
    return { date: fromDayNumber(base + k), load, ctl, atl, tsb: ctl - atl };
  });
}

/**
 * Days of history before fitness and fatigue mean something. Both start from zero, so in the first days one run
 * reads as "fitness 19 · fatigue 104": after three of fatigue's 7-day time constants (21 days) 95 % of that
 * start-up transient is gone (e^−3 ≈ 0.05). The one rule every face uses to show or hide them.
 */
export const PMC_SETTLE_DAYS = 3 * ATL_DAYS;

/** The first day fitness and fatigue are shown, for a runner whose first logged run was on `firstRun`. */
export function pmcShownFrom(firstRun: string): string {
  return fromDayNumber(dayNumber(firstRun) + PMC_SETTLE_DAYS);
}
