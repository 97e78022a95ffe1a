/**
 * Dates as runners say them, resolved to local YYYY-MM-DD in the runner's IANA zone relative to a given instant.
 * Relative words and weekdays are resolved here with luxon; month names and the rest go to chrono-node with a
 * ParsingReference carrying the zone's offset at `now`. Pure; never throws.
 */
import type * as Chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { localDate, zoneOrUtc } from '../../time/local.ts';
import { lazyRequire } from '../../util/lazy-require.ts';

// chrono-node (~20 MiB at start) loads on the first date that the luxon rules below do not read.
const chrono = lazyRequire<typeof Chrono>('chrono-node');

import { addDays, daysBetween, mondayOf, weekdayIndex, weekdayName as weekdayOfDate } from '../../training/dates.ts';
import { WEEKDAY_NAMES as CODES, type Weekday } from '../../training/types.ts';
import type { Span } from './quantities.ts';

export type { Weekday };
/** The weekday codes (one definition: src/training/types.ts). */
export const WEEKDAY_CODES: readonly Weekday[] = CODES;

/** How to read a date with no direction: a run log looks back, a plan or a move looks ahead. */
export type DateMode = 'past' | 'future';

export interface DateMention extends Span {
  date: string;
  /** Only a month (and maybe a year) was given: "in April 2027". */
  monthOnly?: boolean;
  /** The year was written out. */
  yearGiven?: boolean;
  /** "next week" / "this week" / "weekend": a period rather than a day. */
  period?: 'this-week' | 'next-week' | 'last-week' | 'weekend';
  /** Where it came from: a weekday name. */
  weekday?: Weekday;
}

const validZone = zoneOrUtc;

function safeNow(now: Date): Date {
  return now instanceof Date && !Number.isNaN(now.getTime()) ? now : new Date(0);
}

/** The runner's local date at `now`, YYYY-MM-DD. An unknown zone falls back to UTC. */
export function localToday(now: Date, timezone: string): string {
  return localDate(safeNow(now), validZone(timezone));
}

const day = (iso: string): DateTime => DateTime.fromISO(iso, { zone: 'utc' });

// Calendar arithmetic is the engine's (pure day numbers); the dates here are always real ones we computed.
export { addDays, daysBetween as diffDays, mondayOf, weekdayOfDate as weekdayCode };

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  return weekdayIndex(iso) + 1;
}

const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export function weekdayName(code: Weekday): string {
  return WEEKDAY_NAMES[code];
}

/** A date as a runner reads it: "Sun 4 Apr 2027". */
export function dayText(iso: string): string {
  const d = day(iso);
  return d.isValid ? d.setLocale('en-US').toFormat('ccc d LLL yyyy') : iso;
}

/** The first Sunday of a month, YYYY-MM-DD. */
export function firstSundayOf(year: number, month: number): string {
  const first = DateTime.utc(year, month, 1);
  return first.plus({ days: (7 - first.weekday) % 7 }).toISODate() ?? '';
}

export function isRealDate(y: number, m: number, d: number): boolean {
  return DateTime.utc(y, m, d).isValid && y >= 1900 && y <= 2200;
}

export function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const WEEKDAY_RE_SRC =
  '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)';
const WEEKDAY_RE = new RegExp(
  `\\b(?:(this|next|last|coming|on|to|from|until|till|til|and|only|every|or|,|&) )?${WEEKDAY_RE_SRC}(?:day)?s?\\b`,
  'g',
);

export function weekdayFromWord(word: string): Weekday | null {
  const w = word.slice(0, 3);
  return (WEEKDAY_CODES as readonly string[]).includes(w) ? (w as Weekday) : null;
}

/** Weekday names in text, in order (full names anywhere; short forms after a preposition or in a list). */
export function findWeekdays(t: string): { weekday: Weekday; index: number; end: number; qualifier?: string }[] {
  const out: { weekday: Weekday; index: number; end: number; qualifier?: string }[] = [];
  for (const m of t.matchAll(WEEKDAY_RE)) {
    const word = m[2] ?? '';
    const full = word.length > 4 || /^(tues|thur|thurs)$/.test(word);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (!full && !m[1] && !after.startsWith("'") && !/^[,/]/.test(after)) continue;
    const wd = weekdayFromWord(word);
    if (!wd) continue;
    out.push({ weekday: wd, index: m.index, end: m.index + m[0].length, qualifier: m[1] });
  }
  return out;
}

function offsetMinutes(now: Date, timezone: string): number {
  return DateTime.fromJSDate(now, { zone: timezone }).offset;
}

/**
 * Every date mention in normalised text, in order. `mode` decides bare weekdays and yearless dates:
 * 'past' → the latest such day on or before today, 'future' → the first on or after today.
 */
export function findDates(t: string, now: Date, timezone: string, mode: DateMode): DateMention[] {
  const zone = validZone(timezone);
  const instant = safeNow(now);
  const today = localToday(instant, zone);
  const out: DateMention[] = [];
  const taken = (i: number, e: number): boolean => out.some((o) => i < o.end && o.index < e);
  const push = (m: DateMention): void => {
    if (!taken(m.index, m.end)) out.push(m);
  };
  const add = (re: RegExp, f: (m: RegExpExecArray) => Omit<DateMention, 'index' | 'end'> | null): void => {
    for (const m of t.matchAll(re)) {
      const r = f(m);
      if (r) push({ ...r, index: m.index, end: m.index + m[0].length });
    }
  };
  add(/\b(?:the )?day after tomorrow\b/g, () => ({ date: addDays(today, 2) }));
  add(/\b(?:the )?day before yesterday\b/g, () => ({ date: addDays(today, -2) }));
  add(/\b(?:today|tonight|this (?:morning|afternoon|evening)|right now)\b/g, () => ({ date: today }));
  add(/\b(?:tomorrow|tomorrow's)\b/g, () => ({ date: addDays(today, 1) }));
  add(/\b(?:yesterday|last night)\b/g, () => ({ date: addDays(today, -1) }));
  add(/\bin (\d{1,3}|an?) (days?|weeks?)\b/g, (m) => {
    const n = m[1] === 'a' || m[1] === 'an' ? 1 : Number(m[1]);
    return { date: addDays(today, m[2]?.startsWith('week') ? n * 7 : n) };
  });
  add(/\b(\d{1,3}|an?) (days?|weeks?) ago\b/g, (m) => {
    const n = m[1] === 'a' || m[1] === 'an' ? 1 : Number(m[1]);
    return { date: addDays(today, -(m[2]?.startsWith('week') ? n * 7 : n)) };
  });
  add(/\bnext week(?:end)?\b/g, (m) =>
    m[0].endsWith('end')
      ? { date: addDays(mondayOf(today), 12), period: 'weekend' }
      : { date: addDays(mondayOf(today), 7), period: 'next-week' },
  );
  add(/\b(?:this|the rest of the|rest of the|current) week\b/g, () => ({ date: today, period: 'this-week' }));
  add(/\blast week\b/g, () => ({ date: addDays(mondayOf(today), -7), period: 'last-week' }));
  add(/\b(?:this |the |on the )?weekend\b/g, () => {
    const wd = isoWeekday(today);
    return { date: wd >= 6 ? today : addDays(today, 6 - wd), period: 'weekend' };
  });
  // 2027-03-14
  add(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? { date: isoOf(y, mo, d), yearGiven: true } : null;
  });
  // 14.03, 14.03.2027 (day first)
  add(
    /(?<![\d:.,/])(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?![\d:]|[.,]\d| ?(?:k|km|mi|miles?|m|min|h|hours?|am|pm)\b)/g,
    (m) => {
      const before = t.slice(Math.max(0, m.index - 4), m.index);
      if (/(?:at|@|by) ?$/.test(before)) return null;
      if (m[2]?.length !== 2 && !m[3]) return null;
      return yearlessOrFull(Number(m[1]), Number(m[2]), m[3], today, mode);
    },
  );
  // 14/03, 3/14, 14/03/2027 (month first only in American zones when both readings work); never "8/10"
  add(/(?<![\d:.,/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/:])/g, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!m[3] && b === 10 && a <= 20) return null;
    if (/^ ?(?:km|k|mi|mile)\b/.test(t.slice(m.index + m[0].length))) return null;
    const monthFirst = b > 12 ? true : a > 12 ? false : zone.startsWith('America/');
    return monthFirst ? yearlessOrFull(b, a, m[3], today, mode) : yearlessOrFull(a, b, m[3], today, mode);
  });
  for (const w of findWeekdays(t)) {
    if (taken(w.index, w.end)) continue;
    const target = WEEKDAY_CODES.indexOf(w.weekday) + 1;
    const cur = isoWeekday(today);
    let date: string;
    if (w.qualifier === 'next') date = addDays(mondayOf(today), 7 + target - 1);
    else if (w.qualifier === 'last') date = addDays(today, -(((cur - target + 6) % 7) + 1));
    else if (w.qualifier === 'this') date = addDays(mondayOf(today), target - 1);
    else if (mode === 'past') date = addDays(today, -((cur - target + 7) % 7));
    else date = addDays(today, (target - cur + 7) % 7);
    const skip = w.qualifier && !['this', 'next', 'last', 'coming'].includes(w.qualifier) ? w.qualifier.length + 1 : 0;
    out.push({ date, index: w.index + skip, end: w.end, weekday: w.weekday });
  }
  // Whatever else chrono can read (month names, "last month", "the 14th" …), with the already-taken spans blanked out.
  let masked = t;
  for (const o of out) masked = masked.slice(0, o.index) + ' '.repeat(o.end - o.index) + masked.slice(o.end);
  // Efforts ("8/10") and durations ("in 55 min", "for 4 days") are not dates.
  masked = masked.replace(
    /\b\d{1,3} ?(?:\/|out of) ?10\b|\b\d+(?:[.,]\d+)? ?(?:min|mins|minutes?|hours?|hrs?|h|sec|secs|seconds?|days?|weeks?|months?|years?)\b(?! ago)|\b\d{1,2}:\d{2}(?::\d{2})?\b|\b(?:a|an|one|the) (?:day|week|month|year|hour|minute)s?\b(?! ago)/g,
    (s) => ' '.repeat(s.length),
  );
  if (/[a-z]/.test(masked)) {
    try {
      const ref: Chrono.ParsingReference = { instant, timezone: offsetMinutes(instant, zone) };
      for (const r of chrono().parse(masked, ref, { forwardDate: mode === 'future' })) {
        const c = r.start;
        if (!(c.isCertain('month') || c.isCertain('day') || c.isCertain('year') || c.isCertain('weekday'))) continue;
        if (r.tags().has('result/relativeDateAndTime')) continue;
        const y = c.get('year');
        const mo = c.get('month');
        const d = c.get('day');
        if (y === null || mo === null || d === null || !isRealDate(y, mo, d)) continue;
        const monthOnly = c.isCertain('month') && !c.isCertain('day');
        let date = isoOf(y, mo, d);
        if (mode === 'past' && !c.isCertain('year') && date > today && c.isCertain('month')) {
          const prev = y - 1;
          if (isRealDate(prev, mo, d)) date = isoOf(prev, mo, d);
        }
        push({ date, index: r.index, end: r.index + r.text.length, monthOnly, yearGiven: c.isCertain('year') });
      }
    } catch {
      // chrono is best effort; relative words above already cover the common cases
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function yearlessOrFull(
  d: number,
  mo: number,
  yearText: string | undefined,
  today: string,
  mode: DateMode,
): Omit<DateMention, 'index' | 'end'> | null {
  if (yearText) {
    const y = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    return isRealDate(y, mo, d) ? { date: isoOf(y, mo, d), yearGiven: true } : null;
  }
  const ty = Number(today.slice(0, 4));
  for (const y of mode === 'future' ? [ty, ty + 1] : [ty, ty - 1]) {
    if (!isRealDate(y, mo, d)) continue;
    const iso = isoOf(y, mo, d);
    if (mode === 'future' ? iso >= today : iso <= today) return { date: iso };
  }
  return null;
}
