import { describe, expect, it } from 'vitest';
import { applyIllness, RETURN_FACTOR } from '../../../src/training/adaptation/illness.ts';
import type { Adaptation } from '../../../src/training/adaptation/types.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';

// Week 6: Tue 07-28 tempo 8, Wed easy 10, Thu intervals 8, Sat easy 7.5, Sun long 19.5;
// week 7: Tue 08-04 tempo 8.5, Wed easy 10, Thu intervals 8.5.
const plan = planFor(MARATHON_18);
const days = (a: Adaptation, code: string) =>
  a.changes
    .filter((c) => c.reasons.some((r) => r.code === code))
    .map((c) => `${c.date} ${c.after?.type} ${c.after?.distanceKm} ${c.after?.status}`);

describe('a short illness (under 8 days without running)', () => {
  const a = applyIllness(plan, { fromDate: '2026-07-28', days: 3 }, '2026-07-28');

  it('rests the days named', () => {
    expect(days(a, 'rest_illness')).toEqual([
      '2026-07-28 tempo 8 skipped',
      '2026-07-29 easy 10 skipped',
      '2026-07-30 intervals 8 skipped',
    ]);
    expect(a.changes[0]?.reasons).toEqual([{ code: 'rest_illness', signal: 'illness', value: 3 }]);
  });

  it('eases back at 70 % for a week, the first three days easy only (the long run too)', () => {
    expect(RETURN_FACTOR).toBe(0.7);
    expect(days(a, 'easing_back')).toEqual([
      '2026-08-01 easy 5.3 planned', // 7.5 × 0.7 = 5.25
      '2026-08-02 easy 13.7 planned', // the long run, 19.5 × 0.7 = 13.65, easy
      '2026-08-04 tempo 5.9 planned', // day 4 on: sessions stay, shorter (8.5 × 0.7 = 5.95)
      '2026-08-05 easy 7 planned',
      '2026-08-06 intervals 5.9 planned',
    ]);
  });

  it('advises rest through the last day, without stopping running advice', () => {
    expect(a.advice).toEqual({ code: 'illness_rest', through: '2026-07-30', longBreak: false, factor: 70 });
    expect(a.stopRunningAdvice).toBeUndefined();
    expect(days(a, 'return_volume')).toEqual([]);
  });
});

describe('an injury of 10 days: rule 15', () => {
  const a = applyIllness(plan, { fromDate: '2026-07-28', days: 10, kind: 'injury' }, '2026-07-28');
  it('rests, says so as an injury, and stops running advice', () => {
    expect(days(a, 'rest_injury')).toHaveLength(8);
    expect(a.advice).toEqual({ code: 'injury_rest', through: '2026-08-06', longBreak: true, factor: 70 });
    expect(a.stopRunningAdvice).toBe(true);
  });
  it('returns by rule 15: easy only, at most 50 % of the 51.5 km week before, slower paces for 10 days off', () => {
    expect(days(a, 'return_easy_only').length).toBeGreaterThan(0);
    expect(a.changes.some((c) => c.reasons.some((r) => r.code === 'return_volume' && r.value === 25.8))).toBe(true);
    expect(a.changes.some((c) => c.reasons.some((r) => r.code === 'return_paces' && r.value === 44.9))).toBe(true);
  });
});

describe('edge cases', () => {
  it('counts rest days either side: 7 days ill between a Sunday long run and a Tuesday run is 8 days off', () => {
    // 08-03 (Mon) to 08-09 (Sun): last run Sun 08-02, first run after it Tue 08-11: 8 days without running.
    expect(applyIllness(plan, { fromDate: '2026-08-03', days: 7 }, '2026-08-03').advice).toMatchObject({
      longBreak: true,
    });
    // 6 days (to Sat 08-08): Sunday 08-09's long run is the next run, 6 days without running.
    expect(applyIllness(plan, { fromDate: '2026-08-03', days: 6 }, '2026-08-03').advice).toMatchObject({
      longBreak: false,
    });
  });
  it('a fraction of a day counts as one day; zero as one', () => {
    expect(applyIllness(plan, { fromDate: '2026-07-28', days: 0.5 }, '2026-07-28').advice).toMatchObject({
      through: '2026-07-28',
    });
    expect(applyIllness(plan, { fromDate: '2026-07-28', days: 0 }, '2026-07-28').advice).toMatchObject({
      through: '2026-07-28',
    });
  });
  it('days already past stay as they were', () => {
    const a = applyIllness(plan, { fromDate: '2026-07-28', days: 3 }, '2026-07-30');
    expect(days(a, 'rest_illness')).toEqual(['2026-07-30 intervals 8 skipped']);
  });
});
