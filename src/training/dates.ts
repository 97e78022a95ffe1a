/**
 * Calendar arithmetic on local training days (YYYY-MM-DD). Training days carry no time zone inside the
 * engine, so plain UTC day numbers are exact here; zones are resolved at the edges (design.md, principle 5).
 */
import type { Weekday } from './types.ts';
import { WEEKDAY_NAMES } from './types.ts';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a YYYY-MM-DD string, or NaN when it is not a real calendar date. */
export function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) return Number.NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return Number.NaN;
  return ms / MS_PER_DAY;
}

export function isIsoDate(iso: string): boolean {
  return !Number.isNaN(dayNumber(iso));
}

export function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** b − a in days. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndexOfDay(n: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((n + 3) % 7) + 7) % 7;
}

export function weekdayIndex(iso: string): number {
  return weekdayIndexOfDay(dayNumber(iso));
}

export function weekdayName(iso: string): Weekday {
  return WEEKDAY_NAMES[weekdayIndex(iso)] as Weekday;
}

export function weekdayToIndex(day: Weekday): number {
  return WEEKDAY_NAMES.indexOf(day);
}

/** The Monday of the week that holds `iso`. */
export function mondayOf(iso: string): string {
  const n = dayNumber(iso);
  return fromDayNumber(n - weekdayIndexOfDay(n));
}

const SHORT_DAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export function shortDayLabel(iso: string): string {
  return SHORT_DAY[weekdayIndex(iso)] as string;
}
