/**
 * Numbers, dates, distances, paces and durations in the runner's language, through Intl (numbers and dates)
 * and the locale files (unit words). Conversions live in units.ts; clock formatting in training/duration.ts.
 */
import { SHORT_DATE } from '../time/local.ts';
import { formatDuration } from '../training/duration.ts';
import { cached, dateFormat, numberFormat } from '../util/intl-cache.ts';
import { t } from './i18n.ts';
import type { Language } from './languages.ts';
import { KM_PER_MILE, type Units } from './units.ts';

/** A number with at most `maxDigits` decimals, in the locale's digits and separators ("5,5" in ru). */
/** The options for 0–3 fraction digits, made once (intl-cache finds formatters by their options object). */
const FRACTION_DIGITS: readonly Intl.NumberFormatOptions[] = [0, 1, 2, 3].map((n) => ({ maximumFractionDigits: n }));

export function formatNumber(lang: Language | string, value: number, maxDigits = 1): string {
  const options = FRACTION_DIGITS[maxDigits] ?? { maximumFractionDigits: maxDigits };
  return cached(formatted, `${lang}|${maxDigits}|${value}`, () => numberFormat(lang, options).format(value), 4_096);
}

/**
 * Numbers as written, kept: replies show the same few distances and paces again and again, and Intl's format()
 * cost more than the rest of a /today reply's text (issue 18's update bench).
 */
const formatted = new Map<string, string>();

/** "km" or "mi" as the runner's language writes it ("км", "ми"). */
export function unitLabel(lang: Language, units: Units): string {
  return t(lang, units === 'mi' ? 'unit-mi' : 'unit-km');
}

/** "12.5 km" / "12,5 км" / "7.8 mi". */
export function distanceText(lang: Language, km: number, units: Units): string {
  const value = units === 'mi' ? km / KM_PER_MILE : km;
  return `${formatNumber(lang, Math.round(value * 10) / 10)} ${unitLabel(lang, units)}`;
}

/** A pace in seconds per km shown per the runner's unit: "5:12/km", "5:12/км". */
export function paceText(lang: Language, secPerKm: number, units: Units): string {
  const perUnit = units === 'mi' ? secPerKm * KM_PER_MILE : secPerKm;
  return `${formatDuration(Math.max(0, perUnit))}/${unitLabel(lang, units)}`;
}

/** A pace range ("5:00–5:20/km"), or one pace when the ends are within 3 s. */
export function paceRangeText(lang: Language, minSecPerKm: number, maxSecPerKm: number, units: Units): string {
  if (Math.abs(maxSecPerKm - minSecPerKm) < 3) return paceText(lang, minSecPerKm, units);
  const k = units === 'mi' ? KM_PER_MILE : 1;
  return `${formatDuration(minSecPerKm * k)}–${formatDuration(maxSecPerKm * k)}/${unitLabel(lang, units)}`;
}

/** A duration in words for the runner: "45 min", "1 h 05 min" ("45 мин", "1 ч 05 мин"). */
export function durationText(lang: Language, totalSec: number): string {
  const min = Math.max(0, Math.round(totalSec / 60));
  const h = Math.floor(min / 60);
  const m = min % 60;
  return h > 0 ? t(lang, 'duration-h-min', { h, min: String(m).padStart(2, '0') }) : t(lang, 'duration-min', { min });
}

const MS_PER_DAY = 86_400_000;

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

// Formatter options as constants: intl-cache finds a built formatter by its options object.
const LONG_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
const WEEKDAY_FORMATS: Record<'long' | 'short', Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', timeZone: 'UTC' },
  short: { weekday: 'short', timeZone: 'UTC' },
};

/** "Mon 7 Dec" in the runner's locale ("пн, 7 дек."): a plan date (YYYY-MM-DD), no time zone shift. */
export function dateText(locale: string, isoDate: string): string {
  return dateFormat(locale, SHORT_DATE).format(utcDate(isoDate));
}

/** "7 December 2026" in the runner's locale. */
export function longDateText(locale: string, isoDate: string): string {
  return dateFormat(locale, LONG_DATE).format(utcDate(isoDate));
}

const WEEKDAY_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;
export type Weekday = keyof typeof WEEKDAY_INDEX;

/** A weekday's name in the locale ("Sunday", "воскресенье"); 2026-11-30 is a Monday. */
export function weekdayText(locale: string, day: Weekday, width: 'long' | 'short' = 'long'): string {
  const date = new Date(Date.UTC(2026, 10, 30) + WEEKDAY_INDEX[day] * MS_PER_DAY);
  return dateFormat(locale, WEEKDAY_FORMATS[width]).format(date);
}
