/** Distances, paces and durations in the runner's units (km or mi). */
import { formatDuration } from '../training/duration.ts';

export type Units = 'km' | 'mi';

import { KM_PER_MILE } from '../training/distances.ts';

export { KM_PER_MILE };

export function formatDistance(km: number, units: Units): string {
  const value = units === 'mi' ? km / KM_PER_MILE : km;
  const rounded = value >= 10 ? Math.round(value * 10) / 10 : Math.round(value * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return `${text} ${units}`;
}

export function formatClock(totalSec: number): string {
  return formatDuration(Math.max(0, totalSec));
}

/** A pace given in seconds per km, shown per km or per mile: "5:12/km". */
export function formatPace(secPerKm: number, units: Units): string {
  const perUnit = units === 'mi' ? secPerKm * KM_PER_MILE : secPerKm;
  return `${formatClock(perUnit)}/${units}`;
}

export function formatPaceRange(minSecPerKm: number, maxSecPerKm: number, units: Units): string {
  if (Math.abs(maxSecPerKm - minSecPerKm) < 3) return formatPace(minSecPerKm, units);
  const a = units === 'mi' ? minSecPerKm * KM_PER_MILE : minSecPerKm;
  const b = units === 'mi' ? maxSecPerKm * KM_PER_MILE : maxSecPerKm;
  return `${formatClock(a)}–${formatClock(b)}/${units}`;
}
