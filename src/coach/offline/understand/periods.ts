/** Periods for illness, travel and busy weeks, and the run days left in them. */
import { type MessageRef, ref } from '../../../messages/refs.ts';
import {
  addDays,
  type DateMention,
  diffDays,
  findWeekdays,
  mondayOf,
  WEEKDAY_CODES,
  type Weekday,
  weekdayCode,
  weekdayName,
} from '../dates.ts';
import { listText, uniqueWeekdays } from './helpers.ts';
import { Hint, type Input } from './types.ts';

// periods for illness, travel, busy weeks

export function spanDays(i: Input, from: string, defaultDays: number | null): number | null | Hint {
  const { t } = i;
  let m =
    /\b(?:for|about|around|over)?\s*(?:the )?(?:next |another )?(\d{1,3}) ?(days?|weeks?|d)\b(?! (?:a|per) week| ago)/.exec(
      t,
    );
  if (m && !/\b\d{1,3} ?days? (?:a|per|\/) ?w/.test(t.slice(m.index))) {
    const n = Number(m[1]) * (m[2]?.startsWith('w') ? 7 : 1);
    if (n < 1 || n > 28) return new Hint(ref('und-hint-span-days'));
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
export function periodStart(i: Input): { from: string; period?: DateMention['period'] } {
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

export function pickDays(count: number, candidates: Weekday[], longRunDay: Weekday): Weekday[] {
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

/** "Picked Wednesday and Sunday for the 2 days you can run": English as it always read, others in their words. */
function pickedNote(picked: Weekday[], n: number): MessageRef {
  const en = `Picked ${listText(picked.map(weekdayName)) || 'no days'} for the ${n} day${n === 1 ? '' : 's'} you can run; name the days to change them.`;
  const message = picked.length
    ? ref('und-note-picked-days', { weekdays: { weekdays: picked }, n })
    : ref('und-note-picked-none');
  return { ...message, en };
}

export function availability(i: Input, from: string, days: number): { days?: Weekday[]; note?: MessageRef } {
  const { t } = i;
  // "free every day except Tuesday": the exception decides, whatever word comes before it.
  const key =
    /\bexcept\b/.exec(t) ??
    /\b(?:only|just|can (?:still )?run|can do|can train|available|free|able to run|run on|running on|time on)\b/.exec(
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
    note: pickedNote(picked, n),
  };
}
