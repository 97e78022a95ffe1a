/**
 * Dates, numbers, distances and paces for display, through `Intl` in the runner's locale (weekday and month
 * names included) and in the runner's units; the words around them come from web.ftl.
 */
import { KM_PER_MILE } from '../../../src/training/distances.ts';

export { KM_PER_MILE };

import { intlLocale, type Language } from './locale.ts';
import { k, type Translate } from './messages.ts';
import type { PaceRange } from './types.ts';

export type Units = 'km' | 'mi';

/** A clock time or duration the way runners and watches write it everywhere: "5:12", "1:45:30". */
export function formatClock(totalSec: number): string {
  const s = Math.max(0, Math.round(totalSec));
  const h = Math.floor(s / 3600);
  const m = String(Math.floor((s % 3600) / 60)).padStart(h > 0 ? 2 : 1, '0');
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${m}:${sec}` : `${m}:${sec}`;
}

/** Calendar dates are plain YYYY-MM-DD strings; UTC arithmetic on them never crosses a time zone. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Monday of the week of `date`. */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return addDays(date, -((d.getUTCDay() + 6) % 7));
}

/** Today in the runner's time zone (the platform's Intl data: no hand-rolled zone arithmetic). */
export function todayIn(timezone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .format(new Date())
      .slice(0, 10);
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

/** A Monday (1 January 2024): weekday `i` (0 = Monday) is this date plus i days. */
const A_MONDAY = '2024-01-01';

export interface Format {
  /** "Sat 14 Mar", "сб, 14 мар." */
  day(date: string): string;
  /** "14 Mar", "14. März" */
  shortDate(date: string): string;
  /** Weekday 0 (Monday) to 6 as one letter, for the calendar's column heads. */
  weekdayNarrow(i: number): string;
  /** Weekday 0 (Monday) to 6 in full, capitalised as a list item. */
  weekdayLong(i: number): string;
  /** "12.5 km", "7,8 ми" (one decimal at most). */
  distance(km: number, units: Units): string;
  /** The bare number of `distance`: "6", "12,5". */
  distanceNumber(km: number, units: Units): string;
  /** A step's length: "400 m" below a kilometre or when not whole, else "2 km" (as the engine writes it). */
  metres(km: number): string;
  number(value: number, fractionDigits?: number): string;
  /** A pace range (seconds per km) per km or per mile: "5:12–5:30/km"; one pace when the ends are close. */
  pace(pace: PaceRange | null, units: Units): string | null;
  /** Capitalises the first letter the locale's way. */
  capitalise(text: string): string;
}

export function createFormat(language: Language, t: Translate): Format {
  const locale = intlLocale(language);
  const dayFmt = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const shortFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const narrowFmt = new Intl.DateTimeFormat(locale, { weekday: 'narrow', timeZone: 'UTC' });
  const longFmt = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const unitFmt = (unit: 'kilometer' | 'mile' | 'meter') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
  const km = unitFmt('kilometer');
  const mi = unitFmt('mile');
  // "1600 m" like the engine's titles, not "1,600 m".
  const m = new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter', unitDisplay: 'short', useGrouping: false });
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const at = (date: string) => new Date(`${date}T00:00:00Z`);
  const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  const inUnits = (value: number, units: Units) => (units === 'mi' ? value / KM_PER_MILE : value);
  return {
    day: (date) => dayFmt.format(at(date)),
    shortDate: (date) => shortFmt.format(at(date)),
    weekdayNarrow: (i) => narrowFmt.format(at(addDays(A_MONDAY, i))),
    weekdayLong: (i) => capitalise(longFmt.format(at(addDays(A_MONDAY, i)))),
    distance: (value, units) => (units === 'mi' ? mi : km).format(inUnits(value, units)),
    distanceNumber: (value, units) => oneDecimal.format(inUnits(value, units)),
    metres: (value) => (value < 1 || !Number.isInteger(value) ? m.format(Math.round(value * 1000)) : km.format(value)),
    number: (value, fractionDigits = 0) =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }).format(value),
    pace: (pace, units) => {
      if (!pace) return null;
      // Seconds per mile are seconds per km times a mile's kilometres.
      const perUnit = (sec: number) => formatClock(units === 'mi' ? sec * KM_PER_MILE : sec);
      const from = perUnit(pace.minSecPerKm);
      const to = perUnit(pace.maxSecPerKm);
      const time = Math.abs(pace.maxSecPerKm - pace.minSecPerKm) < 3 ? from : `${from}–${to}`;
      return t(units === 'mi' ? k('pace-per-mi') : k('pace-per-km'), { time });
    },
    capitalise,
  };
}
