/**
 * The runner's calendar: instants are UTC, training days are local YYYY-MM-DD in an IANA zone (design.md,
 * principle 5). Time-zone arithmetic is luxon's, never hand-rolled.
 */
import { DateTime } from 'luxon';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAY_NAMES: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The local calendar date of an instant in a zone. Every update needs it, so it uses a cached platform
 * formatter per zone (Intl's tz data, as luxon does underneath) rather than building a DateTime each time.
 */
export function localDate(now: Date, timezone: string): string {
  let fmt = dateFormatters.get(timezone);
  if (!fmt) {
    try {
      fmt = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      return DateTime.fromJSDate(now, { zone: 'utc' }).toISODate() as string;
    }
    dateFormatters.set(timezone, fmt);
  }
  // en-CA formats as YYYY-MM-DD.
  return fmt.format(now);
}

/** The local wall-clock time HH:MM of an instant. */
export function localTime(now: Date, timezone: string): string {
  return DateTime.fromJSDate(now, { zone: timezone }).toFormat('HH:mm');
}

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() as string;
}

/** Monday of the ISO week that contains `date`. */
export function weekStart(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).startOf('week').toISODate() as string;
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAY_NAMES[DateTime.fromISO(date, { zone: 'utc' }).weekday - 1] as Weekday;
}

export function daysBetween(from: string, to: string): number {
  return Math.round(DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days);
}

/**
 * The UTC instant of a local date and wall-clock time. In a spring-forward gap luxon moves the time forward
 * (02:30 that does not exist becomes 03:30); in the autumn overlap it takes the earlier instant.
 */
export function instantAt(date: string, time: string, timezone: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone: timezone }).toJSDate();
}

/** "Tue 1 Dec" style label for a local date. */
export function dayLabel(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).toFormat('ccc d LLL');
}

export function isValidTimezone(tz: string): boolean {
  return DateTime.local().setZone(tz).isValid;
}
