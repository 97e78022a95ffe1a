/**
 * The weekly pattern: which weekdays carry the long run, the quality sessions and the easy runs. Hard days
 * (long and quality) sit at least two days apart around the whole week, Sunday to Monday included, so any
 * run of weeks keeps rule 2 (no hard days back to back).
 */
export type SlotRole = 'long' | 'q1' | 'q2' | 'easy' | 'recovery';

export interface PatternSlot {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  role: SlotRole;
}

/** Offsets from the long-run day. Two sessions: two and four days after it (Pfitzinger's Tue/Thu with a Sunday long run). */
const TWO_QUALITY = [2, 4];
/** Easy days in order of preference with two sessions: the day before the long run, mid-week, then around. */
const TWO_QUALITY_EASY = [6, 3, 5, 1];
/** One session: four days after the long run (Thursday for Sunday), three with only two run days. */
const ONE_QUALITY_EASY = [2, 6, 1, 5, 3];

/** Priority-ordered slots: long run, quality sessions, then easy days (the first `n` make an n-day week). */
export function weeklyPattern(daysPerWeek: number, longRunWeekday: number): PatternSlot[] {
  const at = (offset: number) => (longRunWeekday + offset) % 7;
  const slots: PatternSlot[] = [{ weekday: longRunWeekday, role: 'long' }];
  if (daysPerWeek >= 5) {
    slots.push(
      { weekday: at(TWO_QUALITY[0] as number), role: 'q1' },
      { weekday: at(TWO_QUALITY[1] as number), role: 'q2' },
    );
    for (const off of TWO_QUALITY_EASY) slots.push({ weekday: at(off), role: off === 1 ? 'recovery' : 'easy' });
  } else {
    const q = daysPerWeek === 2 ? 3 : 4;
    slots.push({ weekday: at(q), role: 'q1' });
    for (const off of ONE_QUALITY_EASY) {
      if (off !== q) slots.push({ weekday: at(off), role: off === 1 ? 'recovery' : 'easy' });
    }
  }
  return slots.slice(0, Math.max(2, Math.min(7, daysPerWeek)));
}
