/** Moving a workout to another day. */
import { type MessageRef, ref } from '../../../messages/refs.ts';
import { addDays, type DateMention, isoWeekday, mondayOf, WEEKDAY_CODES } from '../dates.ts';
import { call, dayMentions, hint, tools } from './helpers.ts';
import { findGoal, findLongRunDay } from './phrases.ts';
import type { Input, Outcome } from './types.ts';

export const MOVE =
  /\b(move|moving|shift|swap|switch|reschedule|push|postpone|bump|delay|change|instead)\b|\bdo (?:it|the run|my run|the workout) on\b/;
export const SETTINGS_WORDS =
  /\b(?:miles|km|kilometers|kilometres|metric|imperial|timezone|time zone|units?|name|morning|evening|wake|check[- ]?in|long ?runs? day)\b/;

export function detectMove(i: Input): Outcome {
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
      return hint('und-hint-change-race');
    }
  }
  const ms = dayMentions(i.dates('future')).filter((m) => m.date >= addDays(i.today, -7));
  if (ms.length === 0) {
    if (/\b(?:run|workout|session|long run|tempo|intervals)\b/.test(t) && verb[1] !== 'change') {
      return hint('und-hint-move-to');
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
  const notes: MessageRef[] = [];
  let from = source?.date;
  let to = target?.date;
  if (!from) {
    // A session named by its kind is not today's run: the long run sits on the runner's long-run day; other
    // kinds need the day they are on now.
    if (/\blong ?run\b/.test(t)) {
      const lrd = i.ctx.longRunDay ?? 'sun';
      from = addDays(i.today, (WEEKDAY_CODES.indexOf(lrd) + 1 - isoWeekday(i.today) + 7) % 7);
    } else if (/\b(?:tempo|intervals?|hills?|hill repeats|repetitions|reps|speed ?work|track)\b/.test(t)) {
      return hint('und-hint-move-from');
    } else {
      from = i.today;
      notes.push(ref('und-note-moving-today'));
    }
  }
  if (!to) {
    if (/\b(postpone|push|delay|bump)\b/.test(t)) {
      to = addDays(from, 1);
      notes.push(ref('und-note-moved-one-day'));
    } else {
      return hint('und-hint-move-to');
    }
  }
  // A weekday target before its source means the one after it ("move Friday's run to Monday"), unless it is a
  // later day of the same week ("move Sunday's long run to Saturday" pulls it one day earlier).
  if (to < from && target?.weekday && !(to > i.today && mondayOf(to) === mondayOf(from))) to = addDays(to, 7);
  if (to === from) return hint('und-hint-same-day');
  return tools([call('reschedule_workout', { date: from, newDate: to })], notes);
}
