/** A plan request: race, date, days a week, volume. */

import { type MessageRef, ref } from '../../../messages/refs.ts';
import { type DateMention, type DateMode, dayText, findDates, firstSundayOf } from '../dates.ts';
import { findDistances, findDurations, type Span } from '../quantities.ts';
import { ask, call, hint, mask, round, tools } from './helpers.ts';
import { findDaysPerWeek, findGoal, findGoalTime, findLongRunDay, findWeeklyKm } from './phrases.ts';
import { findRecentResult, type RecentResult } from './result.ts';
import { type Goal, Hint, type Input, type Outcome } from './types.ts';

export const PLAN_WORDS =
  /\b(plan|train|training|prepare|preparing|prep|race|racing|goal|want|wanna|would like|i'd like|going to run|gonna run|signed up|sign up|sign me up|registered|entered|running a|run a|run my first|sub[ -]?\d|target|aim|aiming|build|make me|create|new plan|get ready|ready for|coach me|help me)\b/;
export const PAST_RUN = /\b(ran|raced|finished|completed|clocked|pb|pr|personal best|personal record)\b/;

/** In a plan request, "5 days" or "4 runs" alone means days a week ("marathon in April, 5 days, 50 km a week"). */
export function findPlanDays(t: string): { value: number; span: Span } | null {
  const m =
    /(?<!\b(?:in|for|next|last|within|every) )\b(\d{1,2}) ?(?:days|runs|run days|running days)\b(?! (?:ago|later|from|before|after|off|left|to go|out))/.exec(
      t,
    );
  return m ? { value: Number(m[1]), span: { index: m.index, end: m.index + m[0].length } } : null;
}

/** Fluent's variant keys are names, not "10k": the goal as und-ask-race-date selects it. */
const GOAL_SELECTOR: Record<Goal, string> = { '5k': 'five', '10k': 'ten', half: 'half', marathon: 'marathon' };

function raceDayNote(raceDate: string): string {
  return `Race day assumed ${dayText(raceDate)} (the first Sunday of that month); tell me the exact date to change it.`;
}

export function detectPlan(i: Input): Outcome {
  // A recent result told beside the request is read apart, with its own month ("… 10 km in 52:30 im Oktober").
  const result = findRecentResult(i);
  if (result) {
    const rest = mask(i.t, [result.clause]);
    // Dates read without the clause: "april, 10 km" would be April 10.
    const cache = new Map<DateMode, DateMention[]>();
    const dates = (mode: DateMode): DateMention[] => {
      const found = cache.get(mode) ?? findDates(rest, i.ctx.now, i.zone, mode);
      cache.set(mode, found);
      return found;
    };
    const out = readPlan({ ...i, dates }, rest, result);
    if (out) return out;
  }
  return readPlan(i, i.t, null);
}

/** The plan request in `t` (the message, or the message with a recent result's clause blanked out). */
function readPlan(i: Input, t: string, result: RecentResult | null): Outcome {
  const { ctx } = i;
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
    return ask(i, ref('und-ask-race-date', { goal: GOAL_SELECTOR[goal.goal] }), 'race_date');
  }
  const notes: MessageRef[] = [];
  let raceDate = mention.date;
  if (mention.monthOnly) {
    const y = Number(raceDate.slice(0, 4));
    const mo = Number(raceDate.slice(5, 7));
    raceDate = firstSundayOf(y, mo);
    if (raceDate <= i.today && !mention.yearGiven) raceDate = firstSundayOf(y + 1, mo);
    // With its year in every language ("Sun 4 Apr 2027", "вс, 4 апр. 2027 г."): the guess may fall next year.
    notes.push({ ...ref('und-note-race-day', { day: { day: raceDate, year: true } }), en: raceDayNote(raceDate) });
  }
  if (raceDate <= i.today) {
    if (mention.yearGiven || mention.period) return hint('und-hint-race-passed');
    const next = `${Number(raceDate.slice(0, 4)) + 1}${raceDate.slice(4)}`;
    raceDate = next;
  }
  const goalTime = findGoalTime(mask(masked, [mention]), goal.goal);
  if (goalTime instanceof Hint) return hint(goalTime.hint);
  if (dpw && (dpw.value < 2 || dpw.value > 7)) return hint('und-hint-days-per-week');
  let weeklyKm = weekly?.value;
  if (weeklyKm === undefined) {
    const rest = mask(masked, [goal.span, mention]);
    const other = findDistances(rest, ctx.units).find((d) => d.via === 'unit');
    if (other) weeklyKm = round(other.km, 1);
  }
  if (weeklyKm !== undefined && (weeklyKm < 0 || weeklyKm > 300)) return hint('und-hint-weekly-km');
  // The result first: the new plan's paces come from it (create_plan reads the runner's recent race).
  const told = result
    ? [
        call('update_profile', {
          recentRace: { distance: result.goal, time: result.time, ...(result.date ? { date: result.date } : {}) },
        }),
      ]
    : [];
  return tools(
    [
      ...told,
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
