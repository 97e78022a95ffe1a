import { describe, expect, it } from 'vitest';
import { CATCH_UP_MS, computeNextSends, dueSlot, nextDueAt, nextSlot } from '../../src/jobs/schedule.ts';

const at = (iso: string) => new Date(iso).getTime();
const iso = (ms: number) => new Date(ms).toISOString();
const runner = (timezone: string, morningTime = '06:30', eveningTime = '20:00') => ({
  timezone,
  morningTime,
  eveningTime,
});

describe('next send instants', () => {
  it('puts 06:30 on each runner’s own wall clock (Tokyo, Berlin, Los Angeles)', () => {
    const now = at('2026-12-01T00:00:00Z');
    expect(iso(nextSlot(runner('Asia/Tokyo'), 'morning', now).at)).toBe('2026-12-01T21:30:00.000Z');
    expect(iso(nextSlot(runner('Europe/Berlin'), 'morning', now).at)).toBe('2026-12-01T05:30:00.000Z');
    expect(iso(nextSlot(runner('America/Los_Angeles'), 'morning', now).at)).toBe('2026-12-01T14:30:00.000Z');
    expect(nextSlot(runner('Asia/Tokyo'), 'morning', now).date).toBe('2026-12-02');
  });

  it('follows DST in spring and autumn (Berlin, Los Angeles)', () => {
    const berlin = runner('Europe/Berlin');
    // Berlin springs forward on Sunday 28 March 2027: 06:30 is 05:30Z the day before, 04:30Z from that day.
    expect(iso(nextSlot(berlin, 'morning', at('2027-03-27T00:00:00Z')).at)).toBe('2027-03-27T05:30:00.000Z');
    expect(iso(nextSlot(berlin, 'morning', at('2027-03-28T00:00:00Z')).at)).toBe('2027-03-28T04:30:00.000Z');
    // ...and falls back on Sunday 25 October 2026.
    expect(iso(nextSlot(berlin, 'morning', at('2026-10-24T00:00:00Z')).at)).toBe('2026-10-24T04:30:00.000Z');
    expect(iso(nextSlot(berlin, 'morning', at('2026-10-25T00:00:00Z')).at)).toBe('2026-10-25T05:30:00.000Z');
    const la = runner('America/Los_Angeles');
    expect(iso(nextSlot(la, 'morning', at('2027-03-13T00:00:00Z')).at)).toBe('2027-03-13T14:30:00.000Z');
    expect(iso(nextSlot(la, 'morning', at('2027-03-14T00:00:00Z')).at)).toBe('2027-03-14T13:30:00.000Z');
    expect(iso(nextSlot(la, 'morning', at('2026-11-01T00:00:00Z')).at)).toBe('2026-11-01T14:30:00.000Z');
  });

  it('a time that does not exist on the spring day moves forward; the repeated autumn hour is taken once', () => {
    const early = runner('Europe/Berlin', '02:30');
    const spring = nextSlot(early, 'morning', at('2027-03-27T12:00:00Z'));
    expect(spring.date).toBe('2027-03-28');
    expect(iso(spring.at)).toBe('2027-03-28T01:30:00.000Z'); // 03:30 CEST
    const autumn = nextSlot(early, 'morning', at('2026-10-24T12:00:00Z'));
    // 02:30 happens twice that night (CEST, then CET); the runner gets one of them, once.
    expect(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']).toContain(iso(autumn.at));
    const after = nextSlot(early, 'morning', autumn.at);
    expect(after.date).toBe('2026-10-26');
  });

  it('catches up within 3 hours of the morning time, not later', () => {
    const berlin = runner('Europe/Berlin');
    // 07:10 local: the 06:30 message is still due.
    expect(dueSlot(berlin, 'morning', at('2026-12-01T06:10:00Z'))).toEqual({
      date: '2026-12-01',
      at: at('2026-12-01T05:30:00Z'),
    });
    expect(dueSlot(berlin, 'morning', at('2026-12-01T08:30:00Z'))?.date).toBe('2026-12-01'); // 09:30 exactly
    expect(dueSlot(berlin, 'morning', at('2026-12-01T08:31:00Z'))).toBeNull(); // 09:31
    expect(iso(nextDueAt(berlin, 'morning', at('2026-12-01T08:31:00Z')))).toBe('2026-12-02T05:30:00.000Z');
    expect(iso(nextDueAt(berlin, 'morning', at('2026-12-01T06:10:00Z')))).toBe('2026-12-01T05:30:00.000Z');
    expect(CATCH_UP_MS.morning).toBe(3 * 3_600_000);
  });

  it('weekly is Sunday evening local time', () => {
    const tokyo = runner('Asia/Tokyo', '06:30', '19:00');
    // Tuesday 1 Dec 2026 → Sunday 6 Dec, 19:00 JST = 10:00Z.
    const next = computeNextSends(tokyo, at('2026-12-01T00:00:00Z'));
    expect(iso(next.nextWeeklyAt)).toBe('2026-12-06T10:00:00.000Z');
    expect(iso(next.nextEveningAt)).toBe('2026-12-01T10:00:00.000Z');
    const la = runner('America/Los_Angeles');
    // Sunday 6 Dec 20:00 PST = Monday 04:00Z.
    expect(iso(nextSlot(la, 'weekly', at('2026-12-06T12:00:00Z')).at)).toBe('2026-12-07T04:00:00.000Z');
  });
});
