/** Travel and busy weeks: the plan adapts to the days left. */
import { type MessageRef, ref } from '../../../messages/refs.ts';
import { addDays, diffDays, isoWeekday, mondayOf } from '../dates.ts';
import { call, dayMentions, hint, tools } from './helpers.ts';
import { availability, periodStart, spanDays } from './periods.ts';
import { Hint, type Input, type Outcome } from './types.ts';

export const TRAVEL =
  /\b(travel|travell?ing|travels|trip|vacation|holidays?|abroad|conference|on the road|(?:be|i'm|am|i'll be|will be|going|i'm going) away|away (?:for|from|next|this|until|till|on)|(?:i'll|i will|will) be in)\b/;
export const BUSY =
  /\b(busy|hectic|crazy (?:week|days|time|schedule)|swamped|slammed|overloaded|packed (?:week|schedule)|lots of work|(?:no|little|not much) time|deadlines?|exam week|exams|moving house)\b/;

export function detectTravelBusy(i: Input): Outcome {
  const { t } = i;
  const travel = TRAVEL.test(t);
  const busy = !travel && BUSY.test(t);
  if (!travel && !busy) return null;
  if (/^(?:how|what|when|should|is|are|do|does)\b/.test(t) && !/\b(i'm|i am|i'll)\b/.test(t)) return null;
  // "the trip was great", "back from holiday": travel that is over changes nothing ahead.
  if (
    travel &&
    /\b(?:trip|vacation|holidays?|travel|conference)\s+(?:was|were)\b|\b(?:back from|got back|returned)\b/.test(t)
  )
    return null;
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
  const notes: MessageRef[] = [];
  if (days === null && busy && !start.period && isoWeekday(i.today) >= 6 && start.from === i.today) {
    start.from = addDays(mondayOf(i.today), 7);
    days = 7;
  }
  if (days === null) {
    days = busy ? diffDays(start.from, addDays(mondayOf(start.from), 6)) + 1 : 7;
    if (travel) notes.push(ref('und-note-travel-days', { days: 7 }));
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
