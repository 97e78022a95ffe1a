/**
 * The runner's calendar: instants are UTC, training days are local YYYY-MM-DD in an IANA zone (design.md,
 * principle 5). Time-zone arithmetic is luxon's, never hand-rolled.
 */
import { DateTime, IANAZone } from 'luxon';
import { cached, dateFormat } from '../util/intl-cache.ts';

// One definition of the weekday codes: the engine's (src/training/types.ts).
export { WEEKDAY_NAMES, type Weekday } from '../training/types.ts';

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
  // en-CA formats as YYYY-MM-DD. Local days change only on minute boundaries in every zone, so the answer is
  // cached per zone and minute (the hot path asks many times a second).
  const minute = Math.floor(now.getTime() / 60_000);
  const hit = lastDates.get(timezone);
  if (hit && hit.minute === minute) return hit.date;
  const date = fmt.format(now);
  lastDates.set(timezone, { minute, date });
  return date;
}

const lastDates = new Map<string, { minute: number; date: string }>();

/** The local wall-clock time HH:MM of an instant. */
export function localTime(now: Date, timezone: string): string {
  return DateTime.fromJSDate(now, { zone: timezone }).toFormat('HH:mm');
}

// Calendar arithmetic on training days is the engine's (pure day numbers: no zone is involved once a day
// is a local YYYY-MM-DD); only instants ↔ local days go through Intl/luxon here.
export { addDays, daysBetween, mondayOf as weekStart, weekdayName as weekdayOf } from '../training/dates.ts';

/**
 * The UTC instant of a local date and wall-clock time. In a spring-forward gap luxon moves the time forward
 * (02:30 that does not exist becomes 03:30); in the autumn overlap it takes the later one (standard time).
 */
export function instantAt(date: string, time: string, timezone: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone: timezone }).toJSDate();
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mon 7 Dec" as Intl writes it in a locale ("пн, 7 дек."), made once: intl-cache finds formatters by options. */
export const SHORT_DATE: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
};

/** "Tue 1 Dec" style label for a local date. */
export function dayLabel(date: string, locale?: string): string {
  // Replies name the same few days again and again (today, the next workout): each label is made once.
  return cached(dayLabels, `${locale ?? ''}|${date}`, () => makeDayLabel(date, locale), 4_096);
}

const dayLabels = new Map<string, string>();

function makeDayLabel(date: string, locale?: string): string {
  // Other languages through Intl in the runner's locale ("пн, 7 дек."); English keeps "Mon 7 Dec".
  if (locale && !locale.toLowerCase().startsWith('en')) {
    return dateFormat(locale, SHORT_DATE).format(new Date(`${date}T00:00:00Z`));
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return `${DAY_NAMES[weekday]} ${d} ${MONTH_NAMES[m - 1]}`;
}

/**
 * "Sun 4 Apr 2027" in English; the runner's locale through Intl elsewhere ("вс, 4 апр. 2027 г.", "So., 4. Apr.
 * 2027"): a date that may be months away (a guessed race day), where the weekday and month alone are ambiguous.
 */
export function dayYearLabel(date: string, locale?: string): string {
  if (locale && !locale.toLowerCase().startsWith('en')) {
    return dateFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${date}T00:00:00Z`));
  }
  return `${dayLabel(date)} ${date.slice(0, 4)}`;
}

/**
 * The one time-zone check: an IANA name Intl knows. Not `DateTime.setZone(tz).isValid`, which also takes "local",
 * "system" and "UTC+3", names Intl.DateTimeFormat (our local dates) throws on.
 */
export function isValidTimezone(tz: string): boolean {
  return IANAZone.isValidZone(tz);
}

/** The zone itself when valid, UTC otherwise (a damaged or hand-edited setting never stops a reply). */
export function zoneOrUtc(tz: string): string {
  return isValidTimezone(tz) ? tz : 'UTC';
}
