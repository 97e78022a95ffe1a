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

/** Acute and chronic EWMA for every day from the first load to `asOf`. */
export function acuteChronicSeries(loads: readonly DailyLoad[], asOf: string): AcuteChronic[] {
  if (loads.length === 0) return [];
  let first = (loads[0] as DailyLoad).date;
  for (const x of loads) if (x.date < first) first = x.date;
  if (first > asOf) return [];
  const daily = dailyTotals(loads, first, asOf);
  const acute = ewmaSeries(daily, ACUTE_DAYS);
  const chronic = ewmaSeries(daily, CHRONIC_DAYS);
  const start = dayNumber(first);
  return daily.map((_, k) => {
    const a = acute[k] as number;
    const c = chronic[k] as number;
    return { date: fromDayNumber(start + k), acute: a, chronic: c, ratio: c > 0 ? a / c : null };
  });
}

/**
 * The ratio on `asOf`, or null with less than `CHRONIC_DAYS` of history (the chronic average is not meaningful
 * before then and a zero-seeded EWMA would overstate the ratio).
 */
export function acuteChronicRatio(loads: readonly DailyLoad[], asOf: string): number | null {
  const series = acuteChronicSeries(loads, asOf);
  if (series.length < CHRONIC_DAYS) return null;
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
