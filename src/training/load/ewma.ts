/**
 * Acute:chronic workload ratio with exponentially weighted moving averages (Williams, West, Cross & Stokes 2017,
 * "Better way to determine the acute:chronic workload ratio?", BJSM 51(3)): EWMA_t = λ·load_t + (1 − λ)·EWMA_{t−1}
 * with λ = 2 / (N + 1); acute N = 7 days, chronic N = 28 days. Days without training count as zero load.
 */
import { dayNumber, fromDayNumber } from '../dates.ts';

export interface DailyLoad {
  date: string;
  load: number;
}

export const ACUTE_DAYS = 7;
export const CHRONIC_DAYS = 28;

export function ewmaLambda(days: number): number {
  return 2 / (days + 1);
}

/** EWMA of a daily series, starting from `seed` (0: no history before the first day). */
export function ewmaSeries(values: readonly number[], days: number, seed = 0): number[] {
  const l = ewmaLambda(days);
  const out: number[] = [];
  let prev = seed;
  for (const v of values) {
    prev = l * v + (1 - l) * prev;
    out.push(prev);
  }
  return out;
}

/** Loads summed per day from `from` to `to` inclusive (missing days are 0). */
export function dailyTotals(loads: readonly DailyLoad[], from: string, to: string): number[] {
  const a = dayNumber(from);
  const b = dayNumber(to);
  const out = new Array<number>(Math.max(0, b - a + 1)).fill(0);
  for (const x of loads) {
    const k = dayNumber(x.date) - a;
    if (k >= 0 && k < out.length) out[k] = (out[k] as number) + x.load;
  }
  return out;
}

export interface AcuteChronic {
  date: string;
  acute: number;
  chronic: number;
  ratio: number | null;
}

/**
 * The daily load of a runner who keeps running `weeklyKm` a week, at the load per km their own runs show (the
 * median, so one race or one walk does not set it). Seeding both averages with it means the history before the
 * first logged run reads as the volume the runner reported, not as zero: a steady runner's ratio is then about
 * 1.0 from the start, where a zero seed read 1.16 on day 28 (the chronic average still climbing).
 */
export function steadyDailyLoad(weeklyKm: number, runs: readonly { distanceKm: number; load: number }[]): number {
  const perKm = runs
    .filter((r) => r.distanceKm > 0 && r.load > 0)
    .map((r) => r.load / r.distanceKm)
    .sort((a, b) => a - b);
  if (perKm.length === 0 || !(weeklyKm > 0)) return 0;
  const m = perKm.length >> 1;
  const median = perKm.length % 2 ? (perKm[m] as number) : ((perKm[m - 1] as number) + (perKm[m] as number)) / 2;
  return (weeklyKm / 7) * median;
}

/**
 * Acute and chronic EWMA for every day from the first load to `asOf`, both starting from `seedDaily` (the
 * runner's reported volume, steadyDailyLoad; 0 when unknown). Always from the first load, whatever window a
 * caller looks at, so the values on a day never depend on the query.
 */
export function acuteChronicSeries(loads: readonly DailyLoad[], asOf: string, seedDaily = 0): AcuteChronic[] {
  if (loads.length === 0) return [];
  let first = (loads[0] as DailyLoad).date;
  for (const x of loads) if (x.date < first) first = x.date;
  if (first > asOf) return [];
  const daily = dailyTotals(loads, first, asOf);
  const acute = ewmaSeries(daily, ACUTE_DAYS, seedDaily);
  const chronic = ewmaSeries(daily, CHRONIC_DAYS, seedDaily);
  const start = dayNumber(first);
  return daily.map((_, k) => {
    const a = acute[k] as number;
    const c = chronic[k] as number;
    return { date: fromDayNumber(start + k), acute: a, chronic: c, ratio: c > 0 ? a / c : null };
  });
}

/**
 * The ratio on `asOf`. Unseeded, null with less than `CHRONIC_DAYS` of history (a zero-seeded chronic average is
 * not meaningful before then and would overstate the ratio); seeded from the runner's volume, from the first day.
 * Information only: Frandsen et al. (BJSM 2025, 5,205 runners) found the ratio no predictor of running injury;
 * the single-run spike (run-spike.ts) is what adapts the plan.
 */
export function acuteChronicRatio(loads: readonly DailyLoad[], asOf: string, seedDaily = 0): number | null {
  const series = acuteChronicSeries(loads, asOf, seedDaily);
  if (series.length === 0 || (seedDaily <= 0 && series.length < CHRONIC_DAYS)) return null;
  return series.at(-1)?.ratio ?? null;
}

/**
 * Where an acute:chronic ratio sits: above 1.5 a spike (Gabbett 2016's "danger zone"), below 0.8 under the usual
 * load, in between the 0.8–1.3 "sweet spot" and its margin (Gabbett 2016, BJSM 50(5)).
 */
export type AcwrBand = 'spike' | 'low' | 'ok';
export const ACWR_SPIKE = 1.5;
export const ACWR_LOW = 0.8;

export function acwrBand(ratio: number): AcwrBand {
  return ratio > ACWR_SPIKE ? 'spike' : ratio < ACWR_LOW ? 'low' : 'ok';
}
