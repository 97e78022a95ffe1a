/**
 * Calendar arithmetic on local training days (YYYY-MM-DD). Training days carry no time zone inside the
 * engine, so plain UTC day numbers are exact here; zones are resolved at the edges (design.md, principle 5).
 */
import type { Weekday } from './types.ts';
import { WEEKDAY_NAMES } from './types.ts';

/*
 * Day numbers by Howard Hinnant's days_from_civil / civil_from_days ("chrono-Compatible Low-Level Date
 * Algorithms"): plain integer arithmetic, exact for the proleptic Gregorian calendar. Plan generation converts
 * dates tens of thousands of times a second; a RegExp and a Date object per call were half its time.
 */

/** The two- or four-digit number at `iso[from..from+len)`, or -1 if any character is not a digit. */
function digits(iso: string, from: number, len: number): number {
  let n = 0;
  for (let i = from; i < from + len; i++) {
    const c = iso.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(y: number, m: number): number {
  if (m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) return 29;
  return DAYS_IN_MONTH[m - 1] as number;
}

function daysFromCivil(year: number, m: number, d: number): number {
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Days since 1970-01-01 for a YYYY-MM-DD string, or NaN when it is not a real calendar date. */
export function dayNumber(iso: string): number {
  if (typeof iso !== 'string' || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45)
    return Number.NaN;
  const y = digits(iso, 0, 4);
  const mo = digits(iso, 5, 2);
  const d = digits(iso, 8, 2);
  // Years before 100 were never accepted (Date.UTC reads them as 19xx); no runner trains then.
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return Number.NaN;
  return daysFromCivil(y, mo, d);
}

export function isIsoDate(iso: string): boolean {
  return !Number.isNaN(dayNumber(iso));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

export function fromDayNumber(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${pad2(m)}-${pad2(d)}`;
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
