/** Changes to the current plan. */
import type { DateMention } from '../dates.ts';
import { call, hint, tools } from './helpers.ts';
import { findGoal, findGoalTime } from './phrases.ts';
import { PAST_RUN } from './plan.ts';
import { Hint, type Input, type Outcome } from './types.ts';

/**
 * "Halbmarathon am 12. April", "полумарафон 12 апреля", "media maratón el 12 de abril": the race and a date with at
 * most a little word between (the connector another language uses, which the vocabulary leaves as it is: "am" is
 * also English, so it is never mapped).
 */
function onlyRaceAndDate(t: string, dates: DateMention[]): boolean {
  let rest = t;
  for (const d of [...dates].sort((a, b) => b.index - a.index)) rest = `${rest.slice(0, d.index)} ${rest.slice(d.end)}`;
  rest = rest.replace(/\b(?:half[ -]?marathon|marathon|race|my|the|goal|10 ?k|5 ?k)\b|[^\p{L}\s]/gu, ' ');
  return rest.split(/\s+/).filter(Boolean).length <= 2;
}

/**
 * Changes to the current plan: "race is on april 11", "change my race date to 11 April", "goal time 1:59:00",
 * "I want to break 2 hours in the half". A different goal distance is a new plan (detectPlan).
 */
export function detectPlanChange(i: Input): Outcome {
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
  if (
    raceWords &&
    dates.length > 0 &&
    (/\b(?:is|on|to|moved|changed|now|date|day)\b/.test(t) || onlyRaceAndDate(t, dates))
  ) {
    const mention = dates[dates.length - 1] as DateMention;
    let raceDate = mention.date;
    if (mention.monthOnly) return hint('und-hint-race-day-of-month');
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
