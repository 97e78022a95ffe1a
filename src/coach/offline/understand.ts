/**
 * The offline coach's language understanding: plain text → tool calls, a question, a greeting, or "unknown"
 * with a hint. Deterministic and pure: `now` and the runner's zone come in, nothing is read from the clock,
 * nothing is written. Every tool call it returns has passed the tool's zod schema; it never throws.
 */
import type { Expectation } from '../conversation/dialogue.ts';
import { type ToolArgs, type ToolCall, type ToolName, toolArgSchemas } from '../tools/schemas.ts';
import {
  addDays,
  type DateMention,
  type DateMode,
  dayText,
  diffDays,
  findDates,
  findWeekdays,
  firstSundayOf,
  isoWeekday,
  localToday,
  mondayOf,
  WEEKDAY_CODES,
  type Weekday,
  weekdayCode,
  weekdayName,
} from './dates.ts';
import { canonicalZone, zoneForPlace } from './places.ts';
import {
  findDistances,
  findDurations,
  findPaceSecPerKm,
  formatDuration,
  KM_PER_MILE,
  MAX_DURATION_SEC,
  parseClockTime,
  plausibleDurationSec,
  type Span,
} from './quantities.ts';
import { normalize } from './text.ts';

export interface UnderstandContext {
  now: Date;
  /** The runner's IANA zone; relative dates resolve here. */
  timezone: string;
  units: 'km' | 'mi';
  hasPlan: boolean;
  /** The runner's long-run day, used when picking run days for "only 2 days" (default Sunday). */
  longRunDay?: Weekday;
  /** The current plan's goal distance: "goal time 1:59:00" and "race is on April 11" change that plan. */
  planGoal?: Goal;
}

/** 'day' is a question about a given date other than today or tomorrow ("what's on Friday?"); `date` is set. */
export type QuestionTopic = 'today' | 'tomorrow' | 'day' | 'week' | 'plan' | 'progress' | 'profile' | 'help';

export type Understanding =
  | { kind: 'tools'; calls: ToolCall[]; notes?: string[] }
  | { kind: 'question'; topic: QuestionTopic; date?: string }
  | { kind: 'greeting' }
  | { kind: 'thanks' }
  /** `expect`: the hint is a question whose answer completes the message (the dialogue registers it). */
  | { kind: 'unknown'; hint?: string; expect?: Expectation };

type Feeling = 'great' | 'good' | 'ok' | 'tired' | 'exhausted';
type Goal = '5k' | '10k' | 'half' | 'marathon';

/** Longer messages are not parsed: the runner gets a hint to send a short sentence. */
export const MAX_TEXT_LENGTH = 1000;

/** RPE assumed from a feeling when no number is given (record_feedback needs one). */
export const FEELING_RPE: Record<Feeling, number> = { great: 3, good: 4, ok: 5, tired: 7, exhausted: 9 };
/** Default illness length in days when none is named. */
export const DEFAULT_ILLNESS_DAYS = 3;

interface Input {
  raw: string;
  t: string;
  ctx: UnderstandContext;
  zone: string;
  today: string;
  dates: (mode: DateMode) => DateMention[];
}

type Outcome = Understanding | null;

class Hint {
  constructor(readonly hint: string) {}
}

// ---------------------------------------------------------------------------------------------------------------
// small helpers

const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function call<N extends ToolName>(name: N, args: ToolArgs<N>): ToolCall {
  return { name, args: clean(args) } as ToolCall;
}

function tools(calls: ToolCall[], notes: string[] = []): Understanding {
  return notes.length > 0 ? { kind: 'tools', calls, notes } : { kind: 'tools', calls };
}

function hint(text: string): Understanding {
  return { kind: 'unknown', hint: text };
}

/** A clarifying question: the answer the runner gives next is put back into this message. */
function ask(i: Input, text: string, what: 'duration' | 'distance' | 'race_date' | 'pain'): Understanding {
  return { kind: 'unknown', hint: text, expect: { kind: 'complete', ask: what, text: i.raw.trim().slice(0, 1000) } };
}

function mask(t: string, spans: Span[]): string {
  let out = t;
  for (const s of spans) out = out.slice(0, s.index) + ' '.repeat(Math.max(0, s.end - s.index)) + out.slice(s.end);
  return out;
}

function validZone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz;
  } catch {
    return 'UTC';
  }
}

const dayMentions = (ms: DateMention[]): DateMention[] => ms.filter((m) => !m.period && !m.monthOnly);

/** "Wednesday and Sunday", "Monday, Wednesday and Friday". */
function listText(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function uniqueWeekdays(days: Weekday[]): Weekday[] {
  return WEEKDAY_CODES.filter((d) => days.includes(d));
}

// ---------------------------------------------------------------------------------------------------------------
// efforts, feelings, pain

interface RpeMatch extends Span {
  value: number;
  keyword: boolean;
}

function findRpe(t: string): RpeMatch[] {
  const out: RpeMatch[] = [];
  for (const m of t.matchAll(
    /\b(?:rpe|effort|exertion)\s*(?:of|was|is|at|=|:|about|around|maybe|like)?\s*(\d{1,3})(?:\s*(?:\/|out of)\s*10\b)?/g,
  )) {
    out.push({ value: Number(m[1]), index: m.index, end: m.index + m[0].length, keyword: true });
  }
  for (const m of t.matchAll(/(?<![\d.:,])(\d{1,3})\s*(?:\/|out of)\s*10\b(?![\d/])/g)) {
    if (out.some((o) => m.index < o.end && o.index < m.index + m[0].length)) continue;
    out.push({ value: Number(m[1]), index: m.index, end: m.index + m[0].length, keyword: false });
  }
  return out.sort((a, b) => a.index - b.index);
}

const FEELING_PATTERNS: [RegExp, Feeling][] = [
  [
    /\b(exhausted|wrecked|destroyed|knackered|shattered|drained|wiped out|burn(?:ed|t) out|cooked|running on empty|dead tired|completely dead|totally dead|fried|spent|empty tank|nothing left)\b/,
    'exhausted',
  ],
  [
    /\b(tired|heavy|sluggish|fatigued|flat|rough|struggled|struggling|sleepy|dead legs|legs (?:are|were|felt|feel) (?:dead|heavy|sore)|sore legs|legs sore|tough|hard work|felt hard|was hard|really hard|brutal|not great|not good|terrible|awful|bad|crap|meh)\b/,
    'tired',
  ],
  [
    /\b(great|amazing|awesome|fantastic|excellent|brilliant|strong|perfect|incredible|superb|flying|fresh|on fire|best run)\b/,
    'great',
  ],
  [/\b(good|nice|solid|comfortable|smooth|pleasant|felt easy|was easy|felt well|felt fine)\b/, 'good'],
  [/\b(ok|okay|alright|all right|fine|so-so|so so|average|not bad|decent|could be worse)\b/, 'ok'],
];

function findFeeling(t: string): Feeling | null {
  // "not bad" before "bad"; negated positives are handled by listing them in 'tired'.
  if (/\bnot bad\b/.test(t) && !/\b(tired|exhausted|heavy)\b/.test(t)) return 'ok';
  for (const [re, feeling] of FEELING_PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    if (feeling === 'great' || feeling === 'good') {
      const before = t.slice(Math.max(0, m.index - 12), m.index);
      if (/\b(?:not|n't|never|wasn't|didn't feel)\s*(?:so |very |that |too )?$/.test(before)) return 'tired';
    }
    return feeling;
  }
  return null;
}

const BODY_PARTS =
  '(?:lower back|upper back|back|knees?|ankles?|shins?|calf|calves|hamstrings?|hips?|achilles|feet|foot|heels?|arch(?:es)?|plantar|it ?band|itb|quads?|glutes?|groin|toes?|shoulders?|neck|thighs?|hip flexors?|adductors?|piriformis|chest|side stitch|stitch|soleus|tendon)';
const PAIN_WORDS =
  '(?:hurts?|hurting|hurted|pain|painful|sore|soreness|aches?|aching|achy|twinges?|niggles?|niggly|tight|tightness|tweaked|sprained|pulled|strained|swollen|throbbing|stiff|injured|burning|sharp)';
const PART_RE = new RegExp(`\\b(?:(left|right|both|lower|upper|inner|outer|my) )?(?:(left|right) )?(${BODY_PARTS})\\b`);
const PAIN_RE = new RegExp(`\\b${PAIN_WORDS}\\b`);

interface PainFinding {
  location: string;
  severity: number | null;
  intensity: number;
}

function findPain(t: string): PainFinding | null {
  if (!PAIN_RE.test(t)) return null;
  const part = PART_RE.exec(t);
  if (!part) return null;
  const side = [part[1], part[2]].filter((s) => s && s !== 'my').join(' ');
  const location = `${side ? `${side} ` : ''}${part[3]}`.trim();
  // General muscle soreness is tiredness, not pain.
  if (/^(?:legs?|muscles?|body)$/.test(location)) return null;
  const explicit =
    /\b(?:pain|severity|hurts?|sore(?:ness)?)\s*(?:is|was|of|at|about|around|level|:|=)?\s*(?:a\s*)?(\d{1,3})\b(?!\s*(?:k|km|mi|min|days?|weeks?|h)\b)/.exec(
      t,
    );
  const intensity =
    /\b(sharp|severe|stabbing|agony|agonizing|really|very|a lot|lots|badly|bad|can't walk|cannot walk|limping|swollen)\b/.test(
      t,
    )
      ? 7
      : /\b(slight(?:ly)?|a bit|a little|little|mild(?:ly)?|niggles?|niggly|twinges?|minor|tight)\b/.test(t)
        ? 2
        : 4;
  return { location, severity: explicit ? Number(explicit[1]) : null, intensity };
}

// ---------------------------------------------------------------------------------------------------------------
// shared phrase finders

const DAYS_RE =
  /\b(\d{1,2})\s*(?:x|days?|times?|runs?|sessions?)\s*(?:a|per|each|every|\/|in a|a)\s*(?:week|wk)\b|\b(?:run|train|running|training)\s+(\d{1,2})\s*(?:days|times)\b/;
const UNIT_SRC = '(km|k|kms|kilometers?|kilometres?|mi|miles?|mls?)';
const WEEKLY_RE = new RegExp(
  `(\\d+(?:[.,]\\d+)?)\\s*${UNIT_SRC}?\\s*(?:a|per|each|every|\\/|in a)\\s*(?:week|wk)\\b|\\b(?:weekly|per week|a week)\\s*(?:volume|mileage|distance|km|total)?\\s*(?:is|of|:|=|about|around|roughly|~)?\\s*(?:about |around |roughly |~)?(\\d+(?:[.,]\\d+)?)\\s*${UNIT_SRC}?`,
);

function findDaysPerWeek(t: string): { value: number; span: Span } | null {
  const m = DAYS_RE.exec(t);
  if (!m) {
    const w = /\b(once|twice)\s*(?:a|per|\/)\s*(?:week|wk)\b/.exec(t);
    return w ? { value: w[1] === 'once' ? 1 : 2, span: { index: w.index, end: w.index + w[0].length } } : null;
  }
  return { value: Number(m[1] ?? m[2]), span: { index: m.index, end: m.index + m[0].length } };
}

function unitToKm(n: number, unit: string | undefined, units: 'km' | 'mi'): number {
  const u = unit ?? units;
  return u.startsWith('m') ? round(n * KM_PER_MILE, 1) : n;
}

function findWeeklyKm(t: string, units: 'km' | 'mi'): { value: number; span: Span } | null {
  const m = WEEKLY_RE.exec(t);
  if (!m) return null;
  const n = Number((m[1] ?? m[3] ?? '').replace(',', '.'));
  const unit = m[1] !== undefined ? m[2] : m[4];
  // "4 runs a week" is days, not distance: a number before "a week" needs a unit.
  if (m[1] !== undefined && unit === undefined) return null;
  if (!Number.isFinite(n)) return null;
  return { value: unitToKm(n, unit, units), span: { index: m.index, end: m.index + m[0].length } };
}

function findLongRunDay(t: string): Weekday | null {
  const m =
    /\blong ?runs?(?: day)?\s*(?:is|are|on|:|=|to|should be|day is|day to)?\s*(?:on\s+)?(?:the\s+)?(?:a\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)s?\b/.exec(
      t,
    ) ??
    /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\s+(?:is|are|for)\s+(?:my\s+|the\s+)?long ?runs?(?: day)?\b/.exec(
      t,
    );
  if (!m?.[1]) return null;
  const code = m[1].slice(0, 3);
  return (WEEKDAY_CODES as readonly string[]).includes(code) ? (code as Weekday) : null;
}

const RACE_KM: [Goal, number, number][] = [
  ['5k', 5, 0.06],
  ['10k', 10, 0.12],
  ['half', 21.0975, 0.3],
  ['marathon', 42.195, 0.5],
];

function goalForKm(km: number): Goal | null {
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

/** A target finish time for a goal: "sub-4", "sub 1:45", "under 50 minutes", "in 3:30", "goal time 1:45:00". */
function findGoalTime(t: string, goal: Goal): string | null | Hint {
  const long = goal === 'half' || goal === 'marathon';
  const km = RACE_KM.find(([g]) => g === goal)?.[1] ?? 10;
  const toSec = (a: number, b: number, c: number | undefined, colon: 2 | 3): number => {
    if (colon === 3) return a * 3600 + b * 60 + (c ?? 0);
    const mmss = a * 60 + b;
    const hhmm = a * 3600 + b * 60;
    return mmss / km < 150 ? hhmm : mmss;
  };
  let m =
    /\b(?:sub|under|below|in|goal(?: time)?|target(?: time)?|finish in|time of|aim(?:ing)? for|break|about|around)[ -]?(?:of |is |: ?|= ?)?(\d{1,2}):([0-5]\d)(?::([0-5]\d))?\b/.exec(
      t,
    );
  if (m) {
    const sec = toSec(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined, m[3] ? 3 : 2);
    return formatDuration(sec);
  }
  m =
    /\b(?:sub|under|below|in|break|about|around|goal(?: time)?|target(?: time)?|aim(?:ing)? for)[ -]?(?:of |is |: ?|= ?)?(\d+(?:[.,]\d+)?) ?(h|hr|hrs|hours?|min|mins|minutes?)?\b/.exec(
      t,
    );
  if (m) {
    const n = Number(m[1]?.replace(',', '.'));
    const unit = m[2];
    if (!Number.isFinite(n) || n <= 0) return null;
    if (!unit && !/\b(?:sub|break)[ -]?\d/.test(m[0])) return null;
    let sec: number;
    if (unit?.startsWith('h')) sec = n * 3600;
    else if (unit?.startsWith('m')) sec = n * 60;
    else sec = long && n <= 7 ? n * 3600 : n * 60;
    if (sec / km < 150 || sec / km > 1200)
      return new Hint('That goal time looks off for the distance — try e.g. "sub-4 marathon" or "goal time 1:45:00".');
    return formatDuration(sec);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// periods for illness, travel, busy weeks

function spanDays(i: Input, from: string, defaultDays: number | null): number | null | Hint {
  const { t } = i;
  let m =
    /\b(?:for|about|around|over)?\s*(?:the )?(?:next |another )?(\d{1,3}) ?(days?|weeks?|d)\b(?! (?:a|per) week| ago)/.exec(
      t,
    );
  if (m && !/\b\d{1,3} ?days? (?:a|per|\/) ?w/.test(t.slice(m.index))) {
    const n = Number(m[1]) * (m[2]?.startsWith('w') ? 7 : 1);
    if (n < 1 || n > 28) return new Hint('I can plan around 1 to 28 days — tell me e.g. "sick for 4 days".');
    return n;
  }
  if (/\bfor (?:a|one|the) week\b|\ball week\b|\bfor a while\b/.test(t)) return 7;
  if (/\bfew days\b/.test(t)) return 3;
  if (/\b(?:rest of the|this|the) week\b/.test(t)) return diffDays(from, addDays(mondayOf(from), 6)) + 1;
  m = /\b(?:until|till|til|through|thru|to)\s+(.*)$/.exec(t);
  if (m) {
    const end = i.dates('future').find((d) => d.index >= (m?.index ?? 0) && !d.period);
    if (end && end.date >= from) {
      const n = diffDays(from, end.date) + 1;
      if (n >= 1 && n <= 28) return n;
    }
  }
  return defaultDays;
}

/** The first day of a period the runner names ("next week", "from Monday", "since yesterday"), or today. */
function periodStart(i: Input): { from: string; period?: DateMention['period'] } {
  const ms = i.dates('future');
  const since = /\bsince\b/.test(i.t) ? i.dates('past').find((d) => !d.period) : undefined;
  if (since) return { from: since.date };
  const isEnd = (d: DateMention): boolean =>
    /\b(?:until|till|til|through|thru|to|-)\s*(?:the\s*)?$/.test(i.t.slice(Math.max(0, d.index - 10), d.index));
  const first = ms.find((d) => d.period !== 'last-week' && !isEnd(d));
  if (!first) return { from: i.today };
  if (first.period === 'this-week') return { from: i.today, period: first.period };
  return { from: first.date, period: first.period };
}

function pickDays(count: number, candidates: Weekday[], longRunDay: Weekday): Weekday[] {
  if (count >= candidates.length) return uniqueWeekdays(candidates);
  const pos = (d: Weekday): number => WEEKDAY_CODES.indexOf(d);
  const chosen: Weekday[] = [];
  if (count <= 0) return chosen;
  chosen.push(
    candidates.includes(longRunDay) ? longRunDay : candidates.includes('sat') ? 'sat' : (candidates[0] as Weekday),
  );
  while (chosen.length < count) {
    let best: Weekday | null = null;
    let bestGap = -1;
    for (const c of candidates) {
      if (chosen.includes(c)) continue;
      const gap = Math.min(...chosen.map((x) => Math.min((pos(c) - pos(x) + 7) % 7, (pos(x) - pos(c) + 7) % 7)));
      if (gap > bestGap) {
        best = c;
        bestGap = gap;
      }
    }
    if (!best) break;
    chosen.push(best);
  }
  return uniqueWeekdays(chosen);
}

function availability(i: Input, from: string, days: number): { days?: Weekday[]; note?: string } {
  const { t } = i;
  const key =
    /\b(?:only|just|can (?:still )?run|can do|can train|available|free|able to run|run on|running on|time on|except)\b/.exec(
      t,
    );
  if (key) {
    const segment = t.slice(key.index);
    const named = findWeekdays(segment).map((w) => w.weekday);
    if (named.length > 0) {
      if (/\bexcept\b/.test(key[0])) return { days: WEEKDAY_CODES.filter((d) => !named.includes(d)) };
      return { days: uniqueWeekdays(named) };
    }
  }
  if (/\b(?:no|zero) (?:running|runs?)\b|\bcan'?t run at all\b|\bcannot run at all\b|\bno time at all\b/.test(t))
    return { days: [] };
  const count =
    /\b(?:only|just|max(?:imum)?|at most|up to)\s*(\d)\s*(?:days?|runs?|times?|sessions?)\b/.exec(t) ??
    /\bcan (?:only )?(?:run|train|do) (\d) (?:days?|times?|runs?)\b/.exec(t) ??
    /\b(?:only|just|can (?:only )?(?:run|train)) (once|twice)\b/.exec(t) ??
    /\b(\d) (?:days?|runs?) (?:only|max|at most)\b/.exec(t);
  if (!count) return {};
  const n = count[1] === 'once' ? 1 : count[1] === 'twice' ? 2 : Number(count[1]);
  const inPeriod: Weekday[] = [];
  for (let k = 0; k < Math.min(days, 7); k++) inPeriod.push(weekdayCode(addDays(from, k)));
  const longRunDay = i.ctx.longRunDay ?? 'sun';
  const picked = pickDays(n, uniqueWeekdays(inPeriod), longRunDay);
  return {
    days: picked,
    note: `Picked ${listText(picked.map(weekdayName)) || 'no days'} for the ${n} day${n === 1 ? '' : 's'} you can run; name the days to change them.`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// detectors, in order

const NEGATED_ILLNESS =
  /\b(?:not|no longer|isn't|wasn't|never) (?:sick|ill)\b|\bsick of\b|\b(?:better|recovered) now\b/;
const ILLNESS =
  /\b(sick|ill|flu|influenza|covid(?:-19)?|corona|fever|feverish|virus|stomach bug|food poisoning|sore throat|under the weather|not feeling well|feeling unwell|unwell|chest infection|bronchitis|throwing up|vomiting|(?:a|the|head|chest|bad|nasty|have|got) cold|caught (?:a )?cold|cough(?:ing)?|diarrh?o?ea)\b/;
const INJURY =
  /\b(injured|injury|sprain(?:ed)?|pulled (?:a |my )?(?:muscle|hamstring|calf|groin|quad)|strain(?:ed)?|torn|tore|stress fracture|fracture[d]?|broke|broken|tendinitis|tendonitis|shin splints|plantar fasciitis|itbs|runner's knee)\b/;
const FATIGUE =
  /\b(overtrain(?:ed|ing)?|burn(?:ed|t) out|need (?:a|an|some) (?:break|rest|easier (?:week|few days|days)|easy week|lighter week|rest week|recovery week|down week|deload(?: week)?)|deload(?: week)?|take it easy (?:this|next) week|cut (?:it )?back (?:this|next) week)\b/;

function detectHealth(i: Input): Outcome {
  const { t } = i;
  const illness = ILLNESS.test(t) && !NEGATED_ILLNESS.test(t);
  const injury = INJURY.test(t);
  const fatigue = FATIGUE.test(t);
  if (!illness && !injury && !fatigue) return null;
  const { from } = periodStart(i);
  const reason = illness ? 'illness' : injury ? 'injury' : 'fatigue';
  const days = spanDays(i, from, reason === 'illness' ? DEFAULT_ILLNESS_DAYS : reason === 'fatigue' ? 7 : null);
  if (days instanceof Hint) return hint(days.hint);
  const calls: ToolCall[] = [call('adjust_plan', { reason, fromDate: from, days: days ?? undefined })];
  const notes: string[] = [];
  if (reason === 'illness' && !/\d ?(?:days?|weeks?)|week|until|till|few days/.test(t)) {
    notes.push(`Assumed ${DEFAULT_ILLNESS_DAYS} days; tell me if it is longer.`);
  }
  if (injury || reason === 'illness') {
    const pain = findPain(t);
    if (pain) {
      const severity = pain.severity ?? findRpe(t).find((r) => !r.keyword)?.value ?? pain.intensity;
      if (severity < 1 || severity > 10) return hint('Pain is rated 1 to 10 — e.g. "my knee hurts, 6/10".');
      const feeling = findFeeling(t);
      calls.push(
        call('record_feedback', {
          date: i.today,
          rpe: feeling ? FEELING_RPE[feeling] : undefined,
          feeling: feeling ?? undefined,
          pain: { location: pain.location, severity },
          notes: i.raw.trim().slice(0, 1000),
        }),
      );
    }
  }
  return tools(calls, notes);
}

const TRAVEL =
  /\b(travel|travell?ing|travels|trip|vacation|holidays?|abroad|conference|on the road|(?:be|i'm|am|i'll be|will be|going|i'm going) away|away (?:for|from|next|this|until|till|on)|(?:i'll|i will|will) be in)\b/;
const BUSY =
  /\b(busy|hectic|crazy (?:week|days|time|schedule)|swamped|slammed|overloaded|packed (?:week|schedule)|lots of work|(?:no|little|not much) time|deadlines?|exam week|exams|moving house)\b/;

function detectTravelBusy(i: Input): Outcome {
  const { t } = i;
  const travel = TRAVEL.test(t);
  const busy = !travel && BUSY.test(t);
  if (!travel && !busy) return null;
  if (/^(?:how|what|when|should|is|are|do|does)\b/.test(t) && !/\b(i'm|i am|i'll)\b/.test(t)) return null;
  const start = periodStart(i);
  // "too busy today", "skip Monday's run, I'm travelling" → skip that day
  const single = dayMentions(i.dates('future'))[0];
  if (
    (busy || /\bskip\b/.test(t)) &&
    !start.period &&
    single &&
    !/\bweek|days\b/.test(t) &&
    !/\b(?:until|till|from)\b/.test(t)
  ) {
    return tools([call('skip_workout', { date: single.date, reason: travel ? 'travel' : 'busy' })]);
  }
  let days: number | null | Hint;
  if (start.period === 'next-week') days = 7;
  else if (start.period === 'weekend') days = isoWeekday(start.from) === 7 ? 1 : 2;
  else days = spanDays(i, start.from, null);
  if (days instanceof Hint) return hint(days.hint);
  const notes: string[] = [];
  if (days === null && busy && !start.period && isoWeekday(i.today) >= 6 && start.from === i.today) {
    start.from = addDays(mondayOf(i.today), 7);
    days = 7;
  }
  if (days === null) {
    days = busy ? diffDays(start.from, addDays(mondayOf(start.from), 6)) + 1 : 7;
    if (travel) notes.push('Assumed 7 days; tell me how long you are away.');
  }
  const avail = availability(i, start.from, days);
  if (avail.note) notes.push(avail.note);
  return tools(
    [
      call('adjust_plan', {
        reason: travel ? 'travel' : 'busy',
        fromDate: start.from,
        days,
        availableDays: avail.days,
      }),
    ],
    notes,
  );
}

const MOVE =
  /\b(move|moving|shift|swap|switch|reschedule|push|postpone|bump|delay|change|instead)\b|\bdo (?:it|the run|my run|the workout) on\b/;
const SETTINGS_WORDS =
  /\b(?:miles|km|kilometers|kilometres|metric|imperial|timezone|time zone|units?|name|morning|evening|wake|check[- ]?in|long ?runs? day)\b/;

function detectMove(i: Input): Outcome {
  const { t } = i;
  const verb = MOVE.exec(t);
  if (!verb) return null;
  if (/^(?:should|what|how|when|is|do|does|why)\b/.test(t)) return null;
  const after = t.slice(verb.index);
  if (/^(?:switch|change|swap)\b/.test(verb[0]) && SETTINGS_WORDS.test(after) && !/\brun\b|\bworkout\b/.test(after))
    return null;
  if (findLongRunDay(t) && /\blong ?runs? day\b/.test(t)) return null;
  // "change my goal to a marathon on May 9" is a new plan, not a workout moving to May.
  if (/\b(?:race|goal|plan|target)\b/.test(t) && !/\b(?:race pace|goal pace)\b/.test(t)) {
    if (findGoal(t)) return null;
    if (/\brace(?: date| day)?\b|\bgoal\b/.test(t)) {
      return hint(
        'To change your race, tell me the race and its date, e.g. "half marathon on March 21": I will build a new plan around it.',
      );
    }
  }
  const ms = dayMentions(i.dates('future')).filter((m) => m.date >= addDays(i.today, -7));
  if (ms.length === 0) {
    if (/\b(?:run|workout|session|long run|tempo|intervals)\b/.test(t) && verb[1] !== 'change') {
      return hint('Which day should it move to? e.g. "move tomorrow’s run to Friday".');
    }
    return null;
  }
  const before = (m: DateMention): string => t.slice(Math.max(0, m.index - 12), m.index);
  const targetIdx = ms.findIndex(
    (m) =>
      /\b(?:to|until|till|onto|into|for|on|over to)\s*(?:the\s*)?$/.test(before(m)) &&
      !/\b(?:from|of)\s*$/.test(before(m)),
  );
  const sourceIdx = ms.findIndex(
    (m, k) => k !== targetIdx && /\b(?:from|of|instead of)\s*(?:the\s*)?$/.test(before(m)),
  );
  let source: DateMention | undefined;
  let target: DateMention | undefined;
  if (ms.length >= 2) {
    target = targetIdx >= 0 ? ms[targetIdx] : ms[ms.length - 1];
    source = sourceIdx >= 0 ? ms[sourceIdx] : ms.find((m) => m !== target);
  } else if (targetIdx === 0) {
    target = ms[0];
  } else {
    source = ms[0];
  }
  const notes: string[] = [];
  let from = source?.date;
  let to = target?.date;
  if (!from) {
    // A session named by its kind is not today's run: the long run sits on the runner's long-run day; other
    // kinds need the day they are on now.
    if (/\blong ?run\b/.test(t)) {
      const lrd = i.ctx.longRunDay ?? 'sun';
      from = addDays(i.today, (WEEKDAY_CODES.indexOf(lrd) + 1 - isoWeekday(i.today) + 7) % 7);
    } else if (/\b(?:tempo|intervals?|hills?|hill repeats|repetitions|reps|speed ?work|track)\b/.test(t)) {
      return hint('Which day is it on now? e.g. "move Thursday’s tempo to Friday".');
    } else {
      from = i.today;
      notes.push('Moving today’s workout.');
    }
  }
  if (!to) {
    if (/\b(postpone|push|delay|bump)\b/.test(t)) {
      to = addDays(from, 1);
      notes.push('Moved by one day.');
    } else {
      return hint('Which day should it move to? e.g. "move tomorrow’s run to Friday".');
    }
  }
  // A weekday target before its source means the one after it ("move Friday's run to Monday"), unless it is a
  // later day of the same week ("move Sunday's long run to Saturday" pulls it one day earlier).
  if (to < from && target?.weekday && !(to > i.today && mondayOf(to) === mondayOf(from))) to = addDays(to, 7);
  if (to === from) return hint('That is the same day — which day should it move to?');
  return tools([call('reschedule_workout', { date: from, newDate: to })], notes);
}

const SKIP =
  /\b(skip|skipping|skipped|miss|missing|missed|cancel|cancell?ed|drop|can'?t run|cannot run|can not run|won'?t (?:be able to )?run|not (?:going to |gonna )?(?:run|running)|no run(?:ning)?|(?:take|taking) (?:a |the )?(?:day|rest day) off|day off|rest day|need (?:a )?rest (?:today|tomorrow))\b/;

function detectSkip(i: Input): Outcome {
  const { t } = i;
  const m = SKIP.exec(t);
  if (!m) return null;
  if (/^(?:should|what|how|when|is|are|do|does|why|which)\b/.test(t)) return null;
  if (/\brest day\b/.test(m[0]) && /\?$/.test(t)) return null;
  const past = /\b(?:skipped|missed|didn't run|did not run)\b/.test(t);
  const ms = dayMentions(i.dates(past ? 'past' : 'future'));
  const date = ms[0]?.date ?? i.today;
  const r = /\b(?:because(?: of)?|cause|cuz|coz|due to|as i|since i|bc)\s+(.+)$/.exec(t) ?? / (?:-|:) (.+)$/.exec(t);
  const reason = r?.[1]?.trim().slice(0, 300) || undefined;
  return tools([call('skip_workout', { date, reason })]);
}

const PLAN_WORDS =
  /\b(plan|train|training|prepare|preparing|prep|race|racing|goal|want|wanna|would like|i'd like|going to run|gonna run|signed up|sign up|sign me up|registered|entered|running a|run a|run my first|sub[ -]?\d|target|aim|aiming|build|make me|create|new plan|get ready|ready for|coach me|help me)\b/;
const PAST_RUN = /\b(ran|raced|finished|completed|clocked|pb|pr|personal best|personal record)\b/;

/** In a plan request, "5 days" or "4 runs" alone means days a week ("marathon in April, 5 days, 50 km a week"). */
function findPlanDays(t: string): { value: number; span: Span } | null {
  const m =
    /(?<!\b(?:in|for|next|last|within|every) )\b(\d{1,2}) ?(?:days|runs|run days|running days)\b(?! (?:ago|later|from|before|after|off|left|to go|out))/.exec(
      t,
    );
  return m ? { value: Number(m[1]), span: { index: m.index, end: m.index + m[0].length } } : null;
}

function detectPlan(i: Input): Outcome {
  const { t, ctx } = i;
  const dpw = findDaysPerWeek(t) ?? findPlanDays(t);
  const weekly = findWeeklyKm(t, ctx.units);
  const masked = mask(
    t,
    [dpw?.span, weekly?.span].filter((s): s is Span => !!s),
  );
  const goal = findGoal(masked);
  if (!goal) return null;
  if (PAST_RUN.test(t) || /\b(?:did|done)\b/.test(t)) return null;
  if (findDurations(masked).some((d) => d.index > goal.span.end && d.index - goal.span.end < 8) && !PLAN_WORDS.test(t))
    return null;
  const mentions = i
    .dates('future')
    .filter((m) => !(m.period === 'this-week' || m.period === 'last-week') && m.date !== i.today)
    .filter((m) => !(dpw && m.index >= dpw.span.index && m.index < dpw.span.end));
  // Goal, date and the runner's days or volume read as a plan request even without "plan" or "train".
  const planish = PLAN_WORDS.test(t) || ((dpw !== null || weekly !== null) && mentions.length > 0);
  if (!planish && (ctx.hasPlan || mentions.length === 0)) return null;
  const mention = mentions.find((m) => m.index > goal.span.index) ?? mentions[0];
  if (!mention) {
    return ask(
      i,
      `When is the race? e.g. "${goal.goal === 'half' ? 'half marathon' : goal.goal} on March 14".`,
      'race_date',
    );
  }
  const notes: string[] = [];
  let raceDate = mention.date;
  if (mention.monthOnly) {
    const y = Number(raceDate.slice(0, 4));
    const mo = Number(raceDate.slice(5, 7));
    raceDate = firstSundayOf(y, mo);
    if (raceDate <= i.today && !mention.yearGiven) raceDate = firstSundayOf(y + 1, mo);
    notes.push(
      `Race day assumed ${dayText(raceDate)} (the first Sunday of that month); tell me the exact date to change it.`,
    );
  }
  if (raceDate <= i.today) {
    if (mention.yearGiven || mention.period) return hint('That race date has already passed — which date is the race?');
    const next = `${Number(raceDate.slice(0, 4)) + 1}${raceDate.slice(4)}`;
    raceDate = next;
  }
  const goalTime = findGoalTime(mask(masked, [mention]), goal.goal);
  if (goalTime instanceof Hint) return hint(goalTime.hint);
  if (dpw && (dpw.value < 2 || dpw.value > 7)) return hint('Plans use 2 to 7 run days a week.');
  let weeklyKm = weekly?.value;
  if (weeklyKm === undefined) {
    const rest = mask(masked, [goal.span, mention]);
    const other = findDistances(rest, ctx.units).find((d) => d.via === 'unit');
    if (other) weeklyKm = round(other.km, 1);
  }
  if (weeklyKm !== undefined && (weeklyKm < 0 || weeklyKm > 300)) return hint('Weekly volume should be 0 to 300 km.');
  return tools(
    [
      call('create_plan', {
        goal: goal.goal,
        raceDate,
        goalTime: goalTime ?? undefined,
        daysPerWeek: dpw?.value,
        weeklyKm,
        longRunDay: findLongRunDay(t) ?? undefined,
      }),
    ],
    notes,
  );
}

const RUN_VERB =
  /\b(ran|run|jogged|jog|did|done|completed|finished|logged|log|raced|clocked|went for|had|just|covered|walked|hiked|easy|tempo|long run|intervals|recovery run)\b/;
const RACE_MARKER =
  /\b(race|raced|racing|pb|pr|personal best|personal record|parkrun|official|chip time|finish time|my best|best time|recent race|race time)\b/;

function feedbackCall(i: Input, date: string, withLog: boolean): ToolCall | Hint | null {
  const { t } = i;
  const rpes = findRpe(t);
  const feeling = findFeeling(t);
  const pain = findPain(t);
  const keywordRpe = rpes.find((r) => r.keyword);
  let rpe = keywordRpe?.value;
  let severity = pain?.severity ?? undefined;
  const slash = rpes.find((r) => !r.keyword);
  if (slash) {
    // With pain in the message, "6/10" rates the pain, not the effort.
    if (pain) severity ??= slash.value;
    else rpe ??= slash.value;
  }
  if (rpe !== undefined && (rpe < 1 || rpe > 10 || !Number.isInteger(rpe))) {
    return new Hint('RPE is a number from 1 (very easy) to 10 (all out) — e.g. "rpe 7" or "7/10".');
  }
  if (pain && severity === undefined) severity = pain.intensity;
  if (severity !== undefined && (severity < 1 || severity > 10)) {
    return new Hint('Pain is rated 1 to 10 — e.g. "my knee hurts, 6/10".');
  }
  if (rpe === undefined && !feeling && !pain) {
    if (
      !withLog &&
      /\b(?:pain|hurts?|hurting|injured)\b/.test(t) &&
      !/\b(?:no|without|zero) pain\b|\bdoesn't hurt\b/.test(t)
    ) {
      return new Hint('Where does it hurt, and how bad is it from 1 to 10? e.g. "my knee hurts, 6/10".');
    }
    return null;
  }
  // An RPE given with a logged run already sits on the run; feedback still records it with the feeling.
  if (withLog && rpe !== undefined && !feeling && !pain) {
    return call('record_feedback', { date, rpe });
  }
  return call('record_feedback', {
    date,
    rpe: rpe ?? (feeling ? FEELING_RPE[feeling] : undefined),
    feeling: feeling ?? undefined,
    pain: pain && severity !== undefined ? { location: pain.location, severity } : undefined,
    notes: i.raw.trim().slice(0, 1000) || undefined,
  });
}

function detectRun(i: Input): Outcome {
  const { ctx } = i;
  const t = i.t.replace(/^\/log(?:@\w+)?\b/, 'log');
  const dpw = findDaysPerWeek(t);
  const weekly = findWeeklyKm(t, ctx.units);
  const rpeSpans = findRpe(t);
  const masked = mask(
    t,
    [dpw?.span, weekly?.span, ...rpeSpans].filter((s): s is Span => !!s),
  );
  const distances = findDistances(masked, ctx.units);
  const dist = distances.find((d) => d.via !== 'bare') ?? distances[0];
  const durations = findDurations(masked).filter((d) => !dist || d.index >= dist.end || d.end <= dist.index);
  const verb = RUN_VERB.test(t) || /^log\b/.test(t);
  const raceMarker = RACE_MARKER.test(t);
  if (!dist) {
    if (durations.length > 0 && /\b(?:ran|jogged|went for a run|did a run|run for|ran for)\b/.test(t)) {
      return ask(i, 'How far did you go? e.g. "8 km".', 'distance');
    }
    return null;
  }
  const duration = durations[0];
  let sec: number | null = duration ? plausibleDurationSec(duration, dist.km) : null;
  if (sec === null) {
    const pace = findPaceSecPerKm(masked, ctx.units);
    if (pace) sec = Math.round(pace * dist.km);
  }
  const pastDates = i.dates('past').filter((m) => m.period !== 'this-week' && m.period !== 'next-week');
  const mention = pastDates.find((m) => m.period === 'last-week' || !m.period);
  const date = mention?.date;
  if (sec === null) {
    if (verb && dist.via !== 'named' && !/\?$/.test(t))
      return ask(i, 'How long did it take? e.g. "45 minutes" or "52:30".', 'duration');
    if (verb && /\b(?:ran|did|finished|completed|done)\b/.test(t))
      return ask(i, 'How long did it take? e.g. "45 minutes" or "52:30".', 'duration');
    return null;
  }
  if (!verb && !raceMarker && dist.via === 'bare') return null;
  if (sec <= 0 || sec > MAX_DURATION_SEC) return hint('That duration looks off — e.g. "52:30" or "1:45:00".');
  if (dist.km > 400) return hint('That distance looks off — e.g. "10k" or "6 miles".');
  if (date && date > i.today) return hint('That date is in the future — log a run once it is done.');
  const duration$ = formatDuration(sec);
  const raceGoal = goalForKm(dist.km);
  const old = date ? diffDays(date, i.today) > 14 : false;
  const runVerbPast =
    /\b(?:ran|jogged|did|done|completed|finished|logged|log|raced|clocked|went for|covered|just)\b/.test(t);
  const isRace = !!raceGoal && (raceMarker || old);
  const calls: ToolCall[] = [];
  const runDate = date ?? i.today;
  if (!(isRace && (old || (!runVerbPast && !date)))) {
    const rpe = findRpe(t).find((r) => r.keyword) ?? (findPain(t) ? undefined : findRpe(t)[0]);
    if (rpe && (rpe.value < 1 || rpe.value > 10)) {
      return hint('RPE is a number from 1 (very easy) to 10 (all out) — e.g. "rpe 7" or "7/10".');
    }
    calls.push(call('log_run', { date: runDate, distanceKm: round(dist.km, 4), duration: duration$, rpe: rpe?.value }));
    const fb = feedbackCall(i, runDate, true);
    if (fb instanceof Hint) return hint(fb.hint);
    if (fb) calls.push(fb);
  }
  if (isRace && raceGoal) calls.push(call('update_profile', { recentRace: { distance: raceGoal, time: duration$ } }));
  return tools(calls);
}

const SESSION_WORDS =
  '(?:run|workout|session|long run|tempo(?: run)?|intervals|easy run|hills?|hill repeats|recovery run|strides|training)';
const DONE_PHRASE = new RegExp(
  `\\b(?:did|done with|finished|completed|nailed|smashed|got through|ticked off)\\s+(?:(?:today's|yesterday's|tonight's|this morning's|\\w+day's|my|the|planned|scheduled)\\s+)*${SESSION_WORDS}\\b|\\b${SESSION_WORDS}\\s+(?:is\\s+|was\\s+)?(?:done|complete|completed|finished|in the bag)\\b`,
);
const DONE_BARE =
  /^(?:(?:i'm |i am |all |just )?(?:done|finished)|(?:i )?did it|nailed it|(?:run|workout|session) (?:done|complete|completed|finished))(?: (?:today|it|coach|for today))?$/;

/** "done", "did today's workout", "long run done": the planned session was run as planned (the Done button). */
function detectDone(i: Input): Outcome {
  const { t } = i;
  if (/\?\s*$/.test(t) || /^(?:did i|have i|should|what|how|when|is|are|can|do)\b/.test(t)) return null;
  const bare = t
    .replace(/[^\p{L}\p{N}' ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!DONE_BARE.test(bare) && !DONE_PHRASE.test(t)) return null;
  const date = dayMentions(i.dates('past')).find((m) => m.date <= i.today)?.date ?? i.today;
  const calls: ToolCall[] = [call('complete_workout', { date })];
  const fb = feedbackCall(i, date, false);
  if (fb && !(fb instanceof Hint)) calls.push(fb);
  return tools(calls);
}

const TIME_TRIGGER =
  /\b(wake me|wake up|morning|mornings|evening|evenings|check[- ]?ins?|send|remind|reminders?|messages?|notify|notifications?|ping|daily|workout time)\b/;
const TIME_TOKEN =
  /(?:\b(at|to|around|by|for|@|is)\s*)?\b(noon|midday|midnight|\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?|h\b|o'?clock)?)/g;

function detectSettings(i: Input, full: boolean): Outcome {
  const { t, raw, ctx } = i;
  const args: ToolArgs<'update_profile'> = {};
  // clock times
  if (TIME_TRIGGER.test(t) && !/\b(?:ran|jogged|did|done|finished|raced)\b/.test(t)) {
    let lastEnd = 0;
    for (const m of t.matchAll(TIME_TOKEN)) {
      const token = m[2] ?? '';
      const hasMarker = /am|pm|a\.m|p\.m|h$|o'?clock|noon|midday|midnight|[:.h]\d/.test(token);
      if (!m[1] && !hasMarker) continue;
      if (
        /^\d+$/.test(token.trim()) &&
        /^ ?(?:days?|times?|k|km|mi|miles?|min|minutes?|hours?|weeks?|x)\b/.test(t.slice(m.index + m[0].length))
      )
        continue;
      const context = t.slice(lastEnd, m.index);
      lastEnd = m.index + m[0].length;
      const following = t.slice(lastEnd).split(/\d/)[0] ?? '';
      const eveningRe = /\b(evening|evenings|check[- ]?ins?|night|tonight|bedtime|after work|reflection)\b/;
      const morningRe = /\b(wake|morning|mornings)\b/;
      const generic = /\b(workout|daily|send|remind|reminders?|messages?|plan|notify|ping)\b/.test(context);
      let role: 'morning' | 'evening' | null = null;
      if (morningRe.test(context) && !eveningRe.test(context)) role = 'morning';
      else if (eveningRe.test(context)) role = 'evening';
      else if (eveningRe.test(following)) role = 'evening';
      else if (morningRe.test(following) || generic) role = 'morning';
      if (!role) continue;
      const clock = parseClockTime(token, role);
      if (clock === 'invalid') return hint('Times look like 6:30, 7am or 21:00.');
      if (!clock) continue;
      if (role === 'evening') args.eveningTime ??= clock;
      else args.morningTime ??= clock;
    }
  }
  // time zone
  const zoneKeyword = /\btime ?zone\b|\btz\b/.test(t);
  const iana = /\b([A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2})\b/.exec(raw);
  const ianaZone = iana?.[1] ? canonicalZone(iana[1]) : null;
  if (ianaZone) args.timezone = ianaZone;
  else {
    const place =
      /\b(?:i'm|i am|i live|i'm living|living|based|located|staying|currently|moved|moving|relocated|relocating|i'm back|now)\s+(?:now\s+)?(?:in|at|to)\s+(.+)$/.exec(
        t,
      ) ??
      /\btime ?zone\s*(?:is|:|=|to|should be|now)?\s*(?:to\s+)?(.+)$/.exec(t) ??
      /\btz\s*(?:is|:|=)?\s*(.+)$/.exec(t);
    if (place?.[1]) {
      const found = zoneForPlace(place[1]);
      if (found === 'ambiguous') return hint('That country has several time zones — which city are you in?');
      if (found) {
        const rest = place[1].slice(found.length);
        if (
          zoneKeyword ||
          /^\s*(?:$|[.,!?;)]|now\b|currently\b|these days\b|at the moment\b|and\b|for now\b|this (?:week|month|year)\b|since\b|too\b|[^\w\s])/u.test(
            rest,
          )
        ) {
          args.timezone = found.zone;
        }
      } else if (zoneKeyword) {
        return hint('Tell me a city or a zone name, e.g. "I’m in Berlin" or "timezone America/Los_Angeles".');
      } else if (full) {
        // "I'm in Springfield": a capitalised name the place list does not know (not "I'm in pain").
        const named = /\b(?:in|at|to)\s+(\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,2})\s*[.!]?\s*$/u.exec(raw.trim());
        if (
          named?.[1] &&
          !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)$/.test(
            named[1],
          )
        ) {
          return hint(
            `I don't know where ${named[1]} is yet. Tell me a bigger city nearby, or a zone name like "timezone America/Chicago".`,
          );
        }
      }
    } else if (zoneKeyword && full && /\b(?:set|change|my|update)\b/.test(t) && !/\?$/.test(t)) {
      return hint('Tell me a city or a zone name, e.g. "I’m in Berlin" or "timezone America/Los_Angeles".');
    }
  }
  // units
  if (
    /\b(?:use|using|switch(?: me)?(?: to)?|change(?: it)?(?: to)?|set(?: units)?(?: to)?|prefer|units?(?: to| =|:| in)?|show(?: me)?(?: it)?(?: in)?|in|go)\s+(?:miles|mi|imperial)\b|^(?:miles|imperial)(?: please)?$|\bi (?:think|run|count) in miles\b/.test(
      t,
    )
  ) {
    args.units = 'mi';
  } else if (
    /\b(?:use|using|switch(?: me)?(?: to)?|change(?: it)?(?: to)?|set(?: units)?(?: to)?|prefer|units?(?: to| =|:| in)?|show(?: me)?(?: it)?(?: in)?|in|go)\s+(?:km|kms|kilometers|kilometres|metric)\b|^(?:km|kilometers|kilometres|metric)(?: please)?$/.test(
      t,
    )
  ) {
    args.units = 'km';
  }
  // name (from the raw text, to keep its case)
  const name =
    /\b(?:my name is|my name's|name's|call me|i am called|i'm called|name\s*[:=])\s*([^\s,.!?;:]+)(?:\s+([^\s,.!?;:]+))?/iu.exec(
      raw.trim(),
    );
  if (name?.[1]) {
    const first = name[1];
    const second = name[2] && /^\p{Lu}/u.test(name[2]) ? ` ${name[2]}` : '';
    const value = `${first}${second}`.replace(/[^\p{L}\p{N}' -]/gu, '').slice(0, 64);
    if (value && !/^(?:not|a|the|please)$/i.test(value)) args.name = value;
  }
  const lrd = findLongRunDay(t);
  if (lrd) args.longRunDay = lrd;
  if (full) {
    const dpw = findDaysPerWeek(t);
    if (dpw) {
      if (dpw.value < 2 || dpw.value > 7) return hint('Plans use 2 to 7 run days a week.');
      args.daysPerWeek = dpw.value;
    }
    const weekly = findWeeklyKm(t, ctx.units);
    if (weekly) {
      if (weekly.value < 0 || weekly.value > 300) return hint('Weekly volume should be 0 to 300 km.');
      args.weeklyKm = weekly.value;
    }
  }
  if (Object.keys(args).length === 0) return null;
  // With a plan, days a week, the long-run day and the weekly volume change that plan from today on.
  const { daysPerWeek, longRunDay, weeklyKm, ...rest } = args;
  if (full && ctx.hasPlan && (daysPerWeek !== undefined || longRunDay !== undefined || weeklyKm !== undefined)) {
    const calls: ToolCall[] = [];
    if (Object.keys(rest).length > 0) calls.push(call('update_profile', rest));
    calls.push(call('change_plan', { daysPerWeek, longRunDay, weeklyKm }));
    return tools(calls);
  }
  return tools([call('update_profile', args)]);
}

function detectQuestion(i: Input): Outcome {
  const { t } = i;
  const q =
    /\?\s*$/.test(t) ||
    /^(?:what|what's|whats|wat|when|how|show|which|where|is|are|do|does|did|can|could|tell me|give me|list|display|view|see|any|anything)\b/.test(
      t,
    );
  const bare = t.replace(/[^a-z' ]/g, '').trim();
  if (
    /^\/?(?:help|start|menu|commands|options)$|^\?+$|\bwhat can you do\b|\bhow does (?:this|it) work\b|\bhow do i use\b|\bwhat can i (?:say|ask|do)\b|\bwhat do you do\b/.test(
      t,
    )
  ) {
    return { kind: 'question', topic: 'help' };
  }
  if (/\bhelp\b/.test(t) && t.length < 40 && !/\bhelp me (?:train|prepare|get)\b/.test(t))
    return { kind: 'question', topic: 'help' };
  if (
    /\b(?:progress|stats|statistics|how am i doing|how i'm doing|how i am doing|am i improving|improv(?:ing|ement)|fitness|vdot|summary|my numbers|my paces?|training load)\b/.test(
      t,
    ) &&
    (q || bare.split(' ').length <= 3)
  ) {
    return { kind: 'question', topic: 'progress' };
  }
  if (
    /\b(?:settings|profile|my details|my info|preferences|my time ?zone|my units|what do you know about me|who am i)\b/.test(
      t,
    ) &&
    (q || bare.split(' ').length <= 3)
  ) {
    return { kind: 'question', topic: 'profile' };
  }
  const single = /^(?:\/?(today|tomorrow|week|plan|progress|profile|settings))$/.exec(bare);
  if (single?.[1]) {
    const map: Record<string, QuestionTopic> = { settings: 'profile' };
    const topic = (map[single[1]] ?? single[1]) as QuestionTopic;
    return topic === 'today'
      ? { kind: 'question', topic, date: i.today }
      : topic === 'tomorrow'
        ? { kind: 'question', topic, date: addDays(i.today, 1) }
        : { kind: 'question', topic };
  }
  const runWords = /\b(?:run|running|workout|session|training|do|doing|on|plan|planned|scheduled|up|have|got)\b/;
  const ms = i.dates('future');
  const week = ms.find((m) => m.period === 'this-week' || m.period === 'next-week' || m.period === 'last-week');
  if ((q || /\bmy week\b/.test(t)) && (week || /\b(?:my|the) week\b|\bweekly\b/.test(t))) {
    return week && week.period !== 'this-week'
      ? { kind: 'question', topic: 'week', date: mondayOf(week.date) }
      : { kind: 'question', topic: 'week' };
  }
  if (
    /\b(?:show|see|view|display|send|what's|whats|what is)\b.*\bplan\b|\bmy plan\b|\bthe plan\b|\btraining plan\b/.test(
      t,
    ) &&
    !/\b(?:create|make|build|new)\b/.test(t)
  ) {
    return { kind: 'question', topic: 'plan' };
  }
  const day = dayMentions(ms)[0];
  if (
    day &&
    (q || /^(?:today|tomorrow)(?:'s)?\b/.test(t) || /\b(?:today|tomorrow)'s (?:run|workout|session|plan)\b/.test(t))
  ) {
    if (!q && !runWords.test(t)) return null;
    if (day.date === i.today) return { kind: 'question', topic: 'today', date: day.date };
    if (day.date === addDays(i.today, 1)) return { kind: 'question', topic: 'tomorrow', date: day.date };
    return { kind: 'question', topic: 'day', date: day.date };
  }
  // "when is my next long run?": the week shows where each kind of session sits.
  if (
    q &&
    /\b(?:when|next)\b/.test(t) &&
    /\b(?:long run|tempo|intervals|hills|hill repeats|speed ?work|rest day)\b/.test(t)
  ) {
    return { kind: 'question', topic: 'week' };
  }
  if (q && /\b(?:run|workout|session|training)\b/.test(t) && /\b(?:what|what's|whats|which|do i|should i)\b/.test(t)) {
    return { kind: 'question', topic: 'today', date: i.today };
  }
  if (q && /\bplan\b/.test(t)) return { kind: 'question', topic: 'plan' };
  return null;
}

function detectFeedback(i: Input): Outcome {
  const { t } = i;
  const ms = dayMentions(i.dates('past')).filter((m) => m.date <= i.today);
  const fb = feedbackCall(i, ms[0]?.date ?? i.today, false);
  if (fb instanceof Hint) return /^Where does it hurt/.test(fb.hint) ? ask(i, fb.hint, 'pain') : hint(fb.hint);
  if (!fb) return null;
  // One polite word is not feedback on its own unless it reads like an answer about a run.
  const words = t
    .replace(/[^a-z0-9/ ]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (fb.name === 'record_feedback' && fb.args.pain === undefined && !findRpe(t).length) {
    if (/\b(?:thanks|thank you|cheers)\b/.test(t) && words.length <= 4) return null;
    if (
      /^(?:ok|okay|alright|all right|fine|cool|good|nice|great|perfect|sounds good)$/.test(words.join(' ')) &&
      !/^(?:good|great|fine)$/.test(words.join(' '))
    ) {
      return null;
    }
  }
  return tools([fb]);
}

const GREETING =
  "(?:hi+|hello|hey+|heya|hiya|yo|howdy|hallo|hola|ciao|salut|moin|servus|good (?:morning|afternoon|evening|day)|morning|evening|greetings|sup|what's up|whats up)";

/** A message that is only a greeting or only thanks, before anything reads "good" in "good morning" as feedback. */
function detectPureSocial(i: Input): Outcome {
  const t = i.t
    .replace(/[^\p{L}\p{N}' ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (new RegExp(`^(?:${GREETING})(?: (?:coach|there|runcoach|everyone|all|friend|buddy|mate))?$`).test(t)) {
    return { kind: 'greeting' };
  }
  if (
    /^(?:thanks|thank you|thank u|cheers|much appreciated|appreciate it|ta)(?: (?:so much|a lot|coach|very much|again|mate))*$/.test(
      t,
    ) ||
    /^(?:bye|goodbye|bye bye|see you|see ya|cya|later|good night|night|ttyl)(?: (?:coach|for now|then|mate))?$/.test(t)
  ) {
    return { kind: 'thanks' };
  }
  return null;
}

function detectSocial(i: Input): Outcome {
  const { t } = i;
  if (/\b(?:thanks|thank you|thank u|cheers|much appreciated|appreciate it|ta)\b/.test(t)) return { kind: 'thanks' };
  if (/^(?:ok|okay|k|kk|cool|got it|alright|all right|perfect|sounds good|noted|will do|great|nice)[.! ]*$/.test(t))
    return { kind: 'thanks' };
  if (
    /^(?:\/start|hi|hii+|hello|hey|heya|hiya|yo|howdy|hallo|hola|ciao|salut|moin|servus|good (?:morning|afternoon|evening|day)|morning|evening|greetings|sup|what's up|whats up)\b/.test(
      t,
    ) &&
    t.length < 60
  ) {
    return { kind: 'greeting' };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// questions answered from the engine's numbers or fixed sourced texts, changes to the current plan, pausing
// messages, putting a skipped workout back, clearance after a break (issue 14)

const QUESTION_START =
  /^(?:what|what's|whats|which|why|how|when|can|could|should|shall|is|are|am|do|does|will|would|any (?:tips|advice))\b/;

function isQuestion(t: string): boolean {
  return /\?\s*$/.test(t) || QUESTION_START.test(t);
}

function answer(topic: ToolArgs<'answer_question'>['topic'], date?: string): Understanding {
  return tools([call('answer_question', { topic, date })]);
}

/** A question that is not about a day's card: answered from the engine's numbers or a sourced text. */
function detectAsk(i: Input): Outcome {
  const { t } = i;
  if (!isQuestion(t)) return null;
  const futureDay = (): string | undefined => dayMentions(i.dates('future'))[0]?.date;
  if (
    /\b(?:sore throat|a cold|head cold|runny nose|stuffy nose|blocked nose|sniffles|congested|congestion|cough(?:ing)?|flu|sick|ill|fever|under the weather)\b/.test(
      t,
    ) &&
    /\b(?:should|can|could|is it (?:ok|okay|safe|fine|bad)|safe|run with|running with|train with|exercise with)\b/.test(
      t,
    )
  ) {
    return answer('cold');
  }
  if (
    /\b(?:eat|eating|food|fuel|fuelling|fueling|breakfast|gels?|carbs?|carbohydrates?|nutrition|snack|meal)\b/.test(t)
  ) {
    return answer('fuelling');
  }
  if (
    /\b(?:parkrun|park run|a race|race|a 5k|a 10k|tune-?up)\b/.test(t) &&
    /\b(?:can|could|should|may|is it ok|okay to|fit|do)\b/.test(t)
  ) {
    const date = futureDay();
    if (/\bparkrun|park run\b/.test(t) || date) return answer(date ? 'race_fit' : 'parkrun', date);
  }
  if (/\b(?:heart ?rate|hr zones?|bpm|heart rate zones?)\b/.test(t)) return answer('heart_rate');
  if (
    /\b(?:paces?|how fast|what speed|min(?:utes)? per (?:km|mile))\b/.test(t) &&
    !/\bpace (?:myself|the race)\b/.test(t)
  ) {
    return answer('paces');
  }
  if (
    /\bwhy\b/.test(t) &&
    /\bweek\b/.test(t) &&
    /\b(?:light|lighter|easy|easier|short|shorter|less|fewer|low|lower|little|heavy|heavier|hard|harder|more|big|bigger|long|longer|so much)\b/.test(
      t,
    )
  ) {
    const week = i.dates('future').find((m) => m.period === 'this-week' || m.period === 'next-week');
    const date = week?.period === 'this-week' ? mondayOf(i.today) : week ? mondayOf(week.date) : undefined;
    return answer('week_load', date);
  }
  const purpose =
    /\b(?:what(?:'s| is| are)? (?:the )?(?:point|purpose|goal|benefit) of|why (?:do|am|should|would) i (?:do|run|doing|running)|what (?:is|are|does|do) (?:a |an |the |my )?(?:tempo|intervals?|strides|long runs?|hills?|hill repeats|fartlek|recovery runs?|easy runs?|marathon pace)(?: runs?| sessions?)? (?:for|do|good for))\b/.exec(
      t,
    );
  if (purpose) return answer('workout_purpose', futureDay());
  if (
    /\b(?:predict(?:ion|ed)?|what time (?:can|could|will|would|should) i|how fast (?:can|could|will|would) i|finish(?:ing)? time|expected time|race time)\b/.test(
      t,
    )
  ) {
    return answer('prediction');
  }
  return null;
}

/** A message noun must be named: "stop during my morning run" is not about messages. */
const MESSAGE_WORDS =
  /\b(?:messages?|check[- ]?ins?|reminders?|summar(?:y|ies)|notifications?|texts?|pings?)\b|\bstop sending\b/;

function messageKinds(t: string): ToolArgs<'set_messages'>['kinds'] {
  const kinds: ('morning' | 'evening' | 'weekly')[] = [];
  if (/\bmorning|daily|workout messages?\b/.test(t)) kinds.push('morning');
  if (/\bevening|check[- ]?ins?\b/.test(t)) kinds.push('evening');
  if (/\bweekly|summar(?:y|ies)\b/.test(t)) kinds.push('weekly');
  return kinds.length ? kinds : undefined;
}

/** "please stop sending me morning messages", "resume the evening check-ins". */
function detectMessages(i: Input): Outcome {
  const { t } = i;
  if (!MESSAGE_WORDS.test(t)) return null;
  if (
    /\b(?:stop|pause|mute|silence|no more|don't send|do not send|dont send|turn off|switch off|disable|quit sending|hold off)\b/.test(
      t,
    )
  ) {
    return tools([call('set_messages', { paused: true, kinds: messageKinds(t) })]);
  }
  if (
    /\b(?:resume|restart|unpause|un-pause|turn (?:back )?on|switch (?:back )?on|enable|start sending|send (?:me )?(?:the |my )?\w+ (?:\w+ )?again)\b/.test(
      t,
    )
  ) {
    return tools([call('set_messages', { paused: false, kinds: messageKinds(t) })]);
  }
  return null;
}

/** "saw the physio, she says I can run easy again", "I'm healthy again", "cleared to run". */
function detectClearance(i: Input): Outcome {
  const { t } = i;
  if (isQuestion(t) && !/\bi'm\b/.test(t)) return null;
  if (
    /\b(?:cleared|all clear|healthy again|well again|fit again|better again|(?:i'm|i am|i've|i have|fully|finally) recovered|feel(?:ing)? (?:fine|good|better|ok|okay|healthy) again|(?:can|could|allowed to|able to|ok to|okay to) (?:start )?(?:run|running|train|training)(?: easy| easily| gently)? again|back to running|good to run|no longer (?:sick|ill|injured)|not (?:sick|ill|injured) anymore|(?:pain|knee|injury|cold|flu|illness|it)(?:'s| is) gone)\b/.test(
      t,
    )
  ) {
    return tools([call('return_to_running', { notes: i.raw.trim().slice(0, 300) })]);
  }
  return null;
}

/** "actually I can run on thursday, put it back", "unskip Friday". */
function detectRestore(i: Input): Outcome {
  const { t } = i;
  if (
    !/\b(?:put (?:it|that|the (?:run|workout|session)|my (?:run|workout)) back|unskip|un-skip|undo (?:the |that )?skip|bring (?:it|that|the (?:run|workout)) back|restore|can run (?:on \w+ )?after all|didn't (?:want|mean) to skip)\b/.test(
      t,
    )
  ) {
    return null;
  }
  const date = dayMentions(i.dates('future'))[0]?.date ?? i.today;
  return tools([call('restore_workout', { date })]);
}

/**
 * Changes to the current plan: "race is on april 11", "change my race date to 11 April", "goal time 1:59:00",
 * "I want to break 2 hours in the half". A different goal distance is a new plan (detectPlan).
 */
function detectPlanChange(i: Input): Outcome {
  const { t, ctx } = i;
  const planGoal = ctx.planGoal;
  if (!ctx.hasPlan || !planGoal) return null;
  if (/^(?:what|when|which|how|is|does|do)\b/.test(t)) return null;
  // A race that was run is a result, not a new date.
  if (PAST_RUN.test(t) || /\b(?:ran|did|done|finished|completed)\b/.test(t)) return null;
  const goal = findGoal(t);
  if (goal && goal.goal !== planGoal) return null;
  if (/\b(?:new plan|another plan|start over|from scratch)\b/.test(t)) return null;
  const raceWords = /\b(?:race(?: date| day)?|goal race|the race|my race)\b/.test(t) || goal !== null;
  const dates = i.dates('future').filter((m) => !m.period && m.date > i.today);
  if (raceWords && dates.length > 0 && /\b(?:is|on|to|moved|changed|now|date|day)\b/.test(t)) {
    const mention = dates[dates.length - 1] as DateMention;
    let raceDate = mention.date;
    if (mention.monthOnly) return hint('Which day of that month is the race? e.g. "race is on April 11".');
    if (raceDate <= i.today) raceDate = `${Number(raceDate.slice(0, 4)) + 1}${raceDate.slice(4)}`;
    return tools([call('change_plan', { raceDate })]);
  }
  if (dates.length === 0) {
    const goalTime = findGoalTime(t, planGoal);
    if (goalTime instanceof Hint) return hint(goalTime.hint);
    if (goalTime && /\b(?:goal|target|sub|break|under|aim|aiming|want|hope|finish)\b/.test(t)) {
      return tools([call('change_plan', { goalTime })]);
    }
  }
  return null;
}

/** A message that is only a place name ("Berlin", "New York"): where the runner is, as a time zone. */
function detectBarePlace(i: Input): Outcome {
  if (!/^\s*\p{Lu}[\p{L} .'-]{1,40}$/u.test(i.raw)) return null;
  const t = i.t.replace(/[.!]+$/, '').trim();
  const found = zoneForPlace(t);
  if (!found || found === 'ambiguous' || found.length !== t.length) return null;
  return tools([call('update_profile', { timezone: found.zone })]);
}

// ---------------------------------------------------------------------------------------------------------------

function validate(result: Understanding): Understanding {
  if (result.kind !== 'tools') return result;
  if (result.calls.length === 0) return { kind: 'unknown' };
  for (const c of result.calls) {
    const schema = toolArgSchemas[c.name];
    const parsed = schema.safeParse(c.args);
    if (!parsed.success) {
      return hint('I could not read all of that — try a shorter sentence like the examples.');
    }
  }
  return result;
}

/** Understand one message from the runner. Pure and deterministic; never throws. */
export function understand(text: string, ctx: UnderstandContext): Understanding {
  try {
    if (typeof text !== 'string') return { kind: 'unknown' };
    if (text.length > MAX_TEXT_LENGTH) {
      return hint('That is a long message — send one short sentence at a time, e.g. "ran 10k in 52:30".');
    }
    const t = normalize(text);
    // A thumbs-up or a smile is an acknowledgement, not a question to answer with a list of examples.
    if (/^[\s!.]*(?:[👍👌🙏💪🙂😊😀😃😄😁🥰😍🤩✅❤♥💯]\ufe0f?[\s!.]*)+$/u.test(t)) return { kind: 'thanks' };
    if (!/[\p{L}\p{N}?]/u.test(t)) return { kind: 'unknown' };
    const zone = validZone(ctx.timezone);
    const now = ctx.now instanceof Date && !Number.isNaN(ctx.now.getTime()) ? ctx.now : new Date(0);
    const cache = new Map<DateMode, DateMention[]>();
    const input: Input = {
      raw: text,
      t,
      ctx: { ...ctx, now, timezone: zone, units: ctx.units === 'mi' ? 'mi' : 'km' },
      zone,
      today: localToday(now, zone),
      dates: (mode) => {
        let v = cache.get(mode);
        if (!v) {
          v = findDates(t, now, zone, mode);
          cache.set(mode, v);
        }
        return v;
      },
    };
    const detectors: ((i: Input) => Outcome)[] = [
      detectPureSocial,
      detectAsk,
      detectMessages,
      detectClearance,
      detectRestore,
      detectPlanChange,
      detectHealth,
      detectTravelBusy,
      detectMove,
      detectSkip,
      detectPlan,
      detectRun,
      detectDone,
      (i) => detectSettings(i, true),
      detectQuestion,
      detectFeedback,
      detectSocial,
      detectBarePlace,
    ];
    for (const detect of detectors) {
      const out = detect(input);
      if (out) return validate(out);
    }
    return { kind: 'unknown' };
  } catch {
    return { kind: 'unknown' };
  }
}
