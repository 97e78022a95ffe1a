import { describe, expect, it } from 'vitest';
import { weeklyPattern } from '../../../src/training/plan/pattern.ts';

const SUN = 6;
const SAT = 5;
const roles = (days: number, long: number) => weeklyPattern(days, long).map((s) => `${s.weekday}:${s.role}`);

describe('the weekly pattern', () => {
  it("5 days with a Sunday long run: Pfitzinger's Tue and Thu sessions, easy Sat and Wed", () => {
    expect(roles(5, SUN)).toEqual(['6:long', '1:q1', '3:q2', '5:easy', '2:easy']);
  });
  it('6 and 7 days add Friday easy, then Monday recovery', () => {
    expect(roles(6, SUN)).toEqual(['6:long', '1:q1', '3:q2', '5:easy', '2:easy', '4:easy']);
    expect(roles(7, SUN)).toEqual(['6:long', '1:q1', '3:q2', '5:easy', '2:easy', '4:easy', '0:recovery']);
  });
  it('4 days: one session four days after the long run (Thursday), easy Tue and Sat', () => {
    expect(roles(4, SUN)).toEqual(['6:long', '3:q1', '1:easy', '5:easy']);
  });
  it('3 days: long, Thursday session, Tuesday easy', () => {
    expect(roles(3, SUN)).toEqual(['6:long', '3:q1', '1:easy']);
  });
  it('2 days: the session three days after the long run', () => {
    expect(roles(2, SUN)).toEqual(['6:long', '2:q1']);
    expect(roles(2, SAT)).toEqual(['5:long', '1:q1']);
  });
  it('shifts with the long-run day (Saturday: sessions Mon and Wed)', () => {
    expect(roles(5, SAT)).toEqual(['5:long', '0:q1', '2:q2', '4:easy', '1:easy']);
  });
  it('clamps the number of days to 2–7', () => {
    expect(weeklyPattern(1, SUN)).toHaveLength(2);
    expect(weeklyPattern(0, SUN)).toHaveLength(2);
    expect(weeklyPattern(9, SUN)).toHaveLength(7);
  });

  // Rule 2: hard days (long and quality) at least two days apart around the week, Sunday to Monday included.
  const cases = [2, 3, 4, 5, 6, 7].flatMap((days) => [0, 1, 2, 3, 4, 5, 6].map((long) => [days, long] as const));
  it.each(cases)('%d days, long run on weekday %d: distinct days, hard days apart', (days, long) => {
    const slots = weeklyPattern(days, long);
    expect(slots).toHaveLength(days);
    expect(new Set(slots.map((s) => s.weekday)).size).toBe(days);
    expect(slots[0]).toEqual({ weekday: long, role: 'long' });
    const hard = slots.filter((s) => s.role === 'long' || s.role === 'q1' || s.role === 'q2').map((s) => s.weekday);
    for (const a of hard) {
      for (const b of hard) {
        if (a === b) continue;
        const gap = Math.min((a - b + 7) % 7, (b - a + 7) % 7);
        expect(gap).toBeGreaterThanOrEqual(2);
      }
    }
    // The recovery run is the day after the long run.
    for (const s of slots.filter((x) => x.role === 'recovery')) expect(s.weekday).toBe((long + 1) % 7);
  });
});
