/**
 * Durations, distances, clock times and efforts as runners type them. Pure; never throws.
 */

import { KM_PER_MILE } from '../../training/distances.ts';
import { normalize } from './text.ts';

export { KM_PER_MILE };
export const NAMED_DISTANCES_KM = { '5k': 5, '10k': 10, half: 21.0975, marathon: 42.195 } as const;
/** Longest duration a tool accepts (H:MM:SS with at most two hour digits). */
export const MAX_DURATION_SEC = 99 * 3600 + 59 * 60 + 59;

export interface Span {
  index: number;
  end: number;
}

export interface DurationMatch extends Span {
  /** Seconds, reading A:BB as minutes:seconds. */
  sec: number;
  /** For A:BB only: the same text read as hours:minutes. */
  altSec?: number;
}

export interface DistanceMatch extends Span {
  km: number;
  /** How the distance was written: with a unit, as a race name, or a bare number in the runner's units. */
  via: 'unit' | 'named' | 'bare';
}

const NUM = '(\\d+(?:[.,]\\d+)?)';
const toNum = (s: string | undefined): number => (s ? Number(s.replace(',', '.')) : Number.NaN);
const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;

function overlaps(spans: Span[], s: Span): boolean {
  return spans.some((o) => s.index < o.end && o.index < s.end);
}

/** Every duration mentioned in already-normalised text, in order; clock times ("at 6:30", "7pm") and paces are left out. */
export function findDurations(t: string): DurationMatch[] {
  const out: DurationMatch[] = [];
  const push = (m: DurationMatch): void => {
    if (!overlaps(out, m) && Number.isFinite(m.sec) && m.sec > 0) out.push(m);
  };
  const add = (re: RegExp, f: (m: RegExpExecArray) => number | null): void => {
    for (const m of t.matchAll(re)) {
      const sec = f(m);
      if (sec !== null) push({ index: m.index, end: m.index + m[0].length, sec: Math.round(sec) });
    }
  };
  // Word forms first: they are the most specific.
  add(/\b(?:an?|one) hour and a half\b|\bhour and a half\b/g, () => 5400);
  add(/\b(?:an?|1) hour and (\d{1,2}) ?(?:minutes?|min)\b/g, (m) => 3600 + toNum(m[1]) * 60);
  add(/\bhalf an hour\b|\bhalf hour\b/g, () => 1800);
  add(/\b(?:an?|1) hour\b|\ban hr\b/g, () => 3600);
  add(/\b(?:a|one) quarter of an hour\b/g, () => 900);
  // 1h 20m, 1h20, 1 hr 20 min, 2 hours, 1.5 hours
  add(
    new RegExp(
      `(?<![\\d.,:])${NUM} ?(?:h|hr|hours?)(?![a-z])\\.?(?: ?(?:and )?(\\d{1,2}) ?(?:m|min|minutes?)(?![a-z/])| ?(\\d{2})(?![\\d:a-z]))?`,
      'g',
    ),
    (m) => toNum(m[1]) * 3600 + toNum(m[2] ?? m[3] ?? '0') * 60,
  );
  // 45 min, 45', 52m30s, 45 minutes 10 seconds; not a pace ("5 min/km")
  for (const m of t.matchAll(
    new RegExp(
      `(?<![\\d.,:])${NUM} ?(?:m|min|minutes?|')(?![a-z])(?: ?(?:and )?(\\d{1,2}) ?(?:s|sec|seconds?|")(?![a-z]))?`,
      'g',
    ),
  )) {
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (/^ ?(?:\/|per\b) ?(?:km|k|mi|mile)/.test(after)) continue;
    const value = toNum(m[1]);
    if (/^\d+ ?m$/.test(m[0]) && value >= 100) continue; // 400m, 800m are metres
    push({ index: m.index, end: m.index + m[0].length, sec: Math.round(value * 60 + toNum(m[2] ?? '0')) });
  }
  // 52:30, 1:45:00, 1:05 (ambiguous: altSec reads it as H:MM)
  for (const m of t.matchAll(/(?<![\d:.,])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?![\d:])/g)) {
    const before = t.slice(Math.max(0, m.index - 6), m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/(?:\bat|@|\baround|\bby|\buntil|\btill) ?$/.test(before)) continue;
    if (/^ ?(?:am|pm|a\.m|p\.m|o'?clock)\b/.test(after)) continue;
    if (/^ ?(?:min ?)?(?:\/|per\b|pace\b|a\b ?(?:km|k|mi|mile))/.test(after)) continue;
    const a = toNum(m[1]);
    const b = toNum(m[2]);
    if (m[3] !== undefined) {
      push({ index: m.index, end: m.index + m[0].length, sec: a * 3600 + b * 60 + toNum(m[3]) });
    } else {
      push({ index: m.index, end: m.index + m[0].length, sec: a * 60 + b, altSec: a * 3600 + b * 60 });
    }
  }
  return out.sort((x, y) => x.index - y.index);
}

/** A pace such as "5:15/km", "8:30 per mile", "5:15 min/km", in seconds per kilometre. */
export function findPaceSecPerKm(t: string, units: 'km' | 'mi'): number | null {
  const m =
    /(?<![\d:])(\d{1,2}):([0-5]\d) ?(?:min ?)?(?:\/|per |a )(km|k|kilometer|kilometre|mi|mile)\b/.exec(t) ??
    /(?<![\d:])(\d{1,2}):([0-5]\d) ?(pace)\b/.exec(t);
  if (!m) return null;
  const sec = toNum(m[1]) * 60 + toNum(m[2]);
  const unit = m[3] === 'pace' ? units : m[3]?.startsWith('k') ? 'km' : 'mi';
  return unit === 'km' ? sec : sec / KM_PER_MILE;
}

/** Distances in already-normalised text, in order. Bare numbers need a run verb just before them. */
export function findDistances(t: string, units: 'km' | 'mi'): DistanceMatch[] {
  const out: DistanceMatch[] = [];
  const push = (m: DistanceMatch): void => {
    if (!overlaps(out, m) && Number.isFinite(m.km) && m.km > 0) out.push(m);
  };
  const add = (re: RegExp, via: DistanceMatch['via'], f: (m: RegExpExecArray) => number): void => {
    for (const m of t.matchAll(re)) push({ index: m.index, end: m.index + m[0].length, km: f(m), via });
  };
  add(/\bhalf[ -]?marathon\b|\bhalf[ -]?mara\b/g, 'named', () => NAMED_DISTANCES_KM.half);
  add(/\bmarathon\b/g, 'named', () => NAMED_DISTANCES_KM.marathon);
  add(/\bparkrun\b/g, 'named', () => 5);
  add(new RegExp(`(?<![\\d.,:])${NUM} ?(?:km|k|kilometers?|kilometres?|klicks?|kay)(?![a-z])`, 'g'), 'unit', (m) =>
    toNum(m[1]),
  );
  add(new RegExp(`(?<![\\d.,:])${NUM} ?(?:mi|miles?|mls?)(?![a-z])`, 'g'), 'unit', (m) =>
    round(toNum(m[1]) * KM_PER_MILE),
  );
  add(/(?<![\d.,:])(\d{3,5}) ?(?:m|meters?|metres?)(?![a-z])/g, 'unit', (m) => toNum(m[1]) / 1000);
  // "a half", "the half" (race), only as a whole word not followed by "an hour"
  add(/\b(?:a|the|my) half\b(?! an? hour| hour)/g, 'named', () => NAMED_DISTANCES_KM.half);
  // bare number after a run verb: "ran 6 in 55 min"
  for (const m of t.matchAll(
    /\b(?:ran|run|jogged|did|done|logged|log|completed|finished|covered)(?: a| an| about| around| roughly)? (\d+(?:[.,]\d+)?)(?![\d.,:]| ?(?:x|h|hr|hours?|min|minutes?|days?|times?|weeks?|%|\/|am|pm|o'?clock|s\b|sec)\b)/g,
  )) {
    const start = m.index + m[0].length - (m[1]?.length ?? 0);
    const km = units === 'mi' ? round(toNum(m[1]) * KM_PER_MILE) : toNum(m[1]);
    push({ index: start, end: m.index + m[0].length, km, via: 'bare' });
  }
  return out.sort((x, y) => x.index - y.index);
}

/** Seconds in a duration such as "52:30", "1:45:00", "45 min", "1h 20m", "an hour"; null when there is none. */
export function parseDuration(text: string): number | null {
  try {
    if (typeof text !== 'string' || text.length > 2000) return null;
    const t = normalize(text);
    const first = findDurations(t)[0];
    return first ? first.sec : null;
  } catch {
    return null;
  }
}

/** "H:MM:SS" from an hour on, else "MM:SS". */
export function formatDuration(sec: number): string {
  const total = Number.isFinite(sec) ? Math.max(0, Math.round(sec)) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Kilometres in "10k", "10 km", "6 miles", "6mi", "half marathon", "a 5k", or a bare number in `units`. */
export function parseDistanceKm(text: string, units: 'km' | 'mi' = 'km'): number | null {
  try {
    if (typeof text !== 'string' || text.length > 2000) return null;
    const t = normalize(text);
    const first = findDistances(t, units)[0];
    if (first) return first.km;
    const bare = /^(?:about |around |roughly )?(\d+(?:[.,]\d+)?)$/.exec(t);
    if (bare) {
      const n = toNum(bare[1]);
      return n > 0 ? (units === 'mi' ? round(n * KM_PER_MILE) : n) : null;
    }
    return null;
  } catch {
    return null;
  }
}

/** Choose between MM:SS and H:MM for an A:BB duration using a plausible running pace (2:30–20:00 per km). */
export function plausibleDurationSec(d: DurationMatch, km: number | null): number {
  if (d.altSec === undefined || !km) return d.sec;
  const pace = d.sec / km;
  const altPace = d.altSec / km;
  if (pace < 150 && altPace >= 150 && altPace <= 1200) return d.altSec;
  return d.sec;
}

export type ClockRole = 'morning' | 'evening' | 'any';

/** "HH:MM" from "6:30", "6.30", "6am", "7 pm", "21:00", "noon"; hours without am/pm follow `role`. */
export function parseClockTime(text: string, role: ClockRole = 'any'): string | null | 'invalid' {
  const t = text.trim();
  if (/^noon\b|^midday\b/.test(t)) return '12:00';
  if (/^midnight\b/.test(t)) return '00:00';
  const m = /^(\d{1,2})(?:[:.h](\d{2}))? ?(am|pm|a\.m\.?|p\.m\.?|h|o'?clock)?/.exec(t);
  if (!m) return null;
  let h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  const mer = m[3]?.[0];
  if (min > 59 || h > 24) return 'invalid';
  if (mer === 'a' || mer === 'p') {
    if (h < 1 || h > 12) return 'invalid';
    if (mer === 'a' && h === 12) h = 0;
    if (mer === 'p' && h < 12) h += 12;
  } else if (role === 'evening' && h >= 1 && h < 12) {
    h += 12;
  }
  if (h === 24) h = 0;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
