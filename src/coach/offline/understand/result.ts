/**
 * A recent race result told beside a plan request: "half marathon in April, I ran 10 km in 52:30 in October",
 * "Halbmarathon im April … 10 km in 52:30 im Oktober", "media maratón en abril, hice 10k en 52:30 en octubre".
 * The result is its own clause (between commas, full stops, "and", "but"); its month belongs to it, not to the race.
 */
import { type DateMention, findDates } from '../dates.ts';
import { findDistances, findDurations, formatDuration, plausibleDurationSec, type Span } from '../quantities.ts';
import { mask } from './helpers.ts';
import { goalForKm } from './phrases.ts';
import type { Goal, Input } from './types.ts';

export interface RecentResult {
  goal: Goal;
  /** H:MM:SS or MM:SS, as update_profile takes it. */
  time: string;
  /** The result's day (YYYY-MM-DD), in the past, when the clause names one. */
  date?: string;
  /** The whole clause: masked before the plan request is read. */
  clause: Span;
}

/** Between a distance and its time: "10k in 52:30", "10k pb is 52:30", "10 km: 52:30", "10k - 52:30". */
const JOIN =
  /^ ?(?:(?:race|pb|pr|personal best|best|time|best time|race time|finish time) ?)?(?:is |was |of |in |: ?|= ?|- ?|, ?)?$/;

/** The time told right after a distance ("10k in 52:30", "10k pb is 52:30"), or undefined. */
export function timeAfter<D extends Span>(t: string, distance: Span, durations: D[]): D | undefined {
  return durations.find((x) => x.index >= distance.end && JOIN.test(t.slice(distance.end, x.index)));
}

/** A result's own words: a past verb or a best. */
const PAST_WORDS =
  /\b(?:ran|raced|did|done|finished|completed|clocked|had|got|pb|pr|personal best|personal record|best|recent|last|previous|ago|was)\b/;

/** Where a clause ends: punctuation followed by a space (not "52.5" or "1:45"), or a joining word. */
const CLAUSE_END = /[,.;!?](?=\s|$)|\s(?:and|but|also|plus)\s/g;

function clauseAround(t: string, span: Span): Span {
  let index = 0;
  let end = t.length;
  for (const m of t.matchAll(CLAUSE_END)) {
    const at = m.index;
    if (at + m[0].length <= span.index) index = at + m[0].length;
    else if (at >= span.end) {
      end = at;
      break;
    }
  }
  return { index, end };
}

const inside = (s: Span, c: Span): boolean => s.index >= c.index && s.end <= c.end;

/** Whether `other` (a date) is told in the same clause as `span` (a result): "…, my 10k pb is 52:30" has none. */
export function sameClause(t: string, span: Span, other: Span): boolean {
  return inside(other, clauseAround(t, span));
}

/**
 * The result's day from a date in its clause: a day as written, or for a month alone ("in October") the middle
 * of that month, no later than today: the day itself is not known, and rule 16 (design.md: results older than
 * 8 weeks set no paces) is then off by at most half a month either way.
 */
export function resultDate(mention: DateMention, today: string): string | undefined {
  let date = mention.date;
  if (mention.monthOnly) date = `${date.slice(0, 8)}15`;
  if (date > today) date = mention.monthOnly && mention.date <= today ? today : '';
  return date || undefined;
}

/**
 * Told with no verb ("… 10 km in 52:30 im Oktober"), a clause's date is the result's when, read forward, it falls
 * after every date outside the clause (the race the plan is for): a result from after the race cannot be meant.
 */
function afterTheRace(ahead: DateMention[], clause: Span): boolean {
  const own = ahead.find((m) => inside(m, clause));
  const others = ahead.filter((m) => !inside(m, clause));
  return !!own && others.length > 0 && others.every((m) => m.date < own.date);
}

/** The recent result in a message that also asks for a plan, or null. */
export function findRecentResult(i: Input): RecentResult | null {
  const { t } = i;
  const durations = findDurations(t);
  for (const d of findDistances(t, i.ctx.units)) {
    if (d.via === 'bare') continue;
    const goal = goalForKm(d.km);
    if (!goal) continue;
    const time = timeAfter(t, d, durations);
    if (!time) continue;
    const span = { index: d.index, end: time.end };
    const clause = clauseAround(t, span);
    // The clause must leave something else to read: the plan request.
    if (clause.index === 0 && clause.end === t.length) continue;
    const words = t.slice(clause.index, clause.end);
    // Dates read with the distance and time blanked: "october 10 km" is October, not the 10th.
    const blank = mask(t, [d, time]);
    const past = findDates(blank, i.ctx.now, i.zone, 'past').find(
      (m) => inside(m, clause) && !m.period && m.date <= i.today,
    );
    if (!PAST_WORDS.test(words) && !(past && afterTheRace(findDates(blank, i.ctx.now, i.zone, 'future'), clause)))
      continue;
    const sec = plausibleDurationSec(time, d.km);
    if (sec <= 0) continue;
    const date = past ? resultDate(past, i.today) : undefined;
    return { goal, time: formatDuration(sec), ...(date ? { date } : {}), clause };
  }
  return null;
}
