/** Phrase finders shared by several detectors: days a week, weekly volume, long-run day, race goal. */
import { ref } from '../../../messages/refs.ts';
import { WEEKDAY_CODES, type Weekday } from '../dates.ts';
import { formatDuration, KM_PER_MILE, type Span } from '../quantities.ts';
import { round } from './helpers.ts';
import { type Goal, Hint } from './types.ts';

// shared phrase finders

export const DAYS_RE =
  /\b(\d{1,2})\s*(?:x|days?|times?|runs?|sessions?)\s*(?:a|per|each|every|\/|in a|a)\s*(?:week|wk)\b|\b(?:run|train|running|training)\s+(\d{1,2})\s*(?:days|times)\b/;
export const UNIT_SRC = '(km|k|kms|kilometers?|kilometres?|mi|miles?|mls?)';
export const WEEKLY_RE = new RegExp(
  `(\\d+(?:[.,]\\d+)?)\\s*${UNIT_SRC}?\\s*(?:a|per|each|every|\\/|in a)\\s*(?:week|wk)\\b|\\b(?:weekly|per week|a week)\\s*(?:volume|mileage|distance|km|total)?\\s*(?:is|of|:|=|about|around|roughly|~)?\\s*(?:about |around |roughly |~)?(\\d+(?:[.,]\\d+)?)\\s*${UNIT_SRC}?`,
);

export function findDaysPerWeek(t: string): { value: number; span: Span } | null {
  const m = DAYS_RE.exec(t);
  if (!m) {
    const w = /\b(once|twice)\s*(?:a|per|\/)\s*(?:week|wk)\b/.exec(t);
    return w ? { value: w[1] === 'once' ? 1 : 2, span: { index: w.index, end: w.index + w[0].length } } : null;
  }
  return { value: Number(m[1] ?? m[2]), span: { index: m.index, end: m.index + m[0].length } };
}

export function unitToKm(n: number, unit: string | undefined, units: 'km' | 'mi'): number {
  const u = unit ?? units;
  return u.startsWith('m') ? round(n * KM_PER_MILE, 1) : n;
}

export function findWeeklyKm(t: string, units: 'km' | 'mi'): { value: number; span: Span } | null {
  const m = WEEKLY_RE.exec(t);
  if (!m) return null;
  const n = Number((m[1] ?? m[3] ?? '').replace(',', '.'));
  const unit = m[1] !== undefined ? m[2] : m[4];
  // "4 runs a week" is days, not distance: a number before "a week" needs a unit.
  if (m[1] !== undefined && unit === undefined) return null;
  if (!Number.isFinite(n)) return null;
  return { value: unitToKm(n, unit, units), span: { index: m.index, end: m.index + m[0].length } };
}

export function findLongRunDay(t: string): Weekday | null {
  const m =
    /\blong ?runs?(?: day)?\s*(?:is|are|on|:|=|to|should be|day is|day to)?\s*(?:on\s+)?(?:the\s+)?(?:a\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)s?\b/.exec(
      t,
    ) ??
    /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\s+(?:is|are|for|are for|is for)\s+(?:my\s+|the\s+)?long ?runs?(?: day)?\b/.exec(
      t,
    );
  if (!m?.[1]) return null;
  const code = m[1].slice(0, 3);
  return (WEEKDAY_CODES as readonly string[]).includes(code) ? (code as Weekday) : null;
}

export const RACE_KM: [Goal, number, number][] = [
  ['5k', 5, 0.06],
  ['10k', 10, 0.12],
  ['half', 21.0975, 0.3],
  ['marathon', 42.195, 0.5],
];

export function goalForKm(km: number): Goal | null {
  for (const [goal, target, tol] of RACE_KM) if (Math.abs(km - target) <= tol) return goal;
  return null;
}

export function findGoal(t: string): { goal: Goal; span: Span } | null {
  const tests: [RegExp, Goal][] = [
    [/\bhalf[ -]?marathon\b|\bhalf[ -]?mara\b|\b21(?:[.,]1)? ?(?:k|km)\b|\bhm\b/, 'half'],
    [/\b(?:full )?marathon\b|\b42(?:[.,]2)? ?(?:k|km)\b/, 'marathon'],
    [/\b10 ?(?:k|km|kilometers?|kilometres?)\b/, '10k'],
    [/\b5 ?(?:k|km|kilometers?|kilometres?)\b|\bparkrun\b/, '5k'],
    [/\b(?:a|the|my|first) half\b(?! an? hour| hour)/, 'half'],
  ];
  let best: { goal: Goal; span: Span } | null = null;
  for (const [re, goal] of tests) {
    const m = re.exec(t);
    if (m && (!best || m.index < best.span.index))
      best = { goal, span: { index: m.index, end: m.index + m[0].length } };
  }
  return best;
}

/** The words that lead a target time: "sub", "under", "goal time", "my goal is", "finish time" ("Zielzeit"). */
const GOAL_LEAD =
  '(?:sub|under|below|in|goal(?: time)?(?: is)?|target(?: time)?|finish(?: time)?(?: in)?|time of|aim(?:ing)? for|break|about|around)';

/**
 * A clock time: "1:45", "1:45:00", and the way French, Italian and many others write hours: "1h45", "1 h 45",
 * "1h45min", "3h30m".
 */
const GOAL_CLOCK_RE = new RegExp(
  `\\b${GOAL_LEAD}[ -]?(?:of |is |: ?|= ?)?(\\d{1,2})(?:(:)([0-5]\\d)(?::([0-5]\\d))?|(?: ?(h|ч) ?)([0-5]\\d)(?: ?(?:min|m))?)\\b`,
);
const GOAL_AMOUNT_RE = new RegExp(
  `\\b${GOAL_LEAD}[ -]?(?:of |is |: ?|= ?)?(\\d+(?:[.,]\\d+)?) ?(h|hr|hrs|hours?|min|mins|minutes?)?\\b`,
);

/**
 * A target finish time for a goal: "sub-4", "sub 1:45", "under 50 minutes", "in 3:30", "goal time 1:45:00",
 * "under 1h45" (the runner's words in other languages arrive here in English: "en moins de 1h45", "objetivo 1:45").
 */
export function findGoalTime(t: string, goal: Goal): string | null | Hint {
  const long = goal === 'half' || goal === 'marathon';
  const km = RACE_KM.find(([g]) => g === goal)?.[1] ?? 10;
  const toSec = (a: number, b: number, c: number | undefined, colon: 2 | 3): number => {
    if (colon === 3) return a * 3600 + b * 60 + (c ?? 0);
    const mmss = a * 60 + b;
    const hhmm = a * 3600 + b * 60;
    return mmss / km < 150 ? hhmm : mmss;
  };
  let m = GOAL_CLOCK_RE.exec(t);
  if (m) {
    const sec =
      m[5] !== undefined
        ? Number(m[1]) * 3600 + Number(m[6]) * 60
        : toSec(Number(m[1]), Number(m[3]), m[4] ? Number(m[4]) : undefined, m[4] ? 3 : 2);
    // The same bounds as a goal in words: "goal time 1:00" is no marathon goal (world record 2:00:35).
    if (sec / km < 150 || sec / km > 1200) return new Hint(ref('und-hint-goal-time'));
    return formatDuration(sec);
  }
  m = GOAL_AMOUNT_RE.exec(t);
  if (m) {
    const n = Number(m[1]?.replace(',', '.'));
    const unit = m[2];
    if (!Number.isFinite(n) || n <= 0) return null;
    if (!unit && !/\b(?:sub|break)[ -]?\d/.test(m[0])) return null;
    let sec: number;
    if (unit?.startsWith('h')) sec = n * 3600;
    else if (unit?.startsWith('m')) sec = n * 60;
    else sec = long && n <= 7 ? n * 3600 : n * 60;
    if (sec / km < 150 || sec / km > 1200) return new Hint(ref('und-hint-goal-time'));
    return formatDuration(sec);
  }
  return null;
}
