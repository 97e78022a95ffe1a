import { describe, expect, it } from 'vitest';
import { workoutAt } from '../../../src/training/adaptation/plan-edit.ts';
import {
  applyRaceResult,
  easyDaysAfterRace,
  KM_PER_EASY_DAY,
  RESULT_MAX_AGE_DAYS,
} from '../../../src/training/adaptation/race-result.ts';
import { pacesFromVdot } from '../../../src/training/paces.ts';
import type { Workout } from '../../../src/training/types.ts';
import { roundVdot, vdotFromPerformance } from '../../../src/training/vdot.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';

// VDOT 45.3 (10K in 45:00). Week 5 ends Sat 07-25 easy, Sun 07-26 long 18.5; week 6: Tue 07-28 tempo 8, Thu intervals.
const plan = planFor(MARATHON_18);
const on = (p: typeof plan, date: string) => workoutAt(p, date)?.workout as Workout;

describe('rule 16: easy days after a race (Daniels: one per 3 km raced)', () => {
  it('one easy day per 3 km', () => {
    expect(KM_PER_EASY_DAY).toBe(3);
  });
  it.each([
    [3, 1],
    [5, 2],
    [6, 2],
    [10, 4],
    [21.0975, 8],
    [42.195, 15],
  ])('%d km raced: %d easy days', (km, days) => {
    expect(easyDaysAfterRace(km)).toBe(days);
  });
});

describe('a faster tune-up race', () => {
  const a = applyRaceResult(plan, { distance: '10k', timeSec: 42 * 60, date: '2026-07-25' }, '2026-07-26');
  const vdot = roundVdot(vdotFromPerformance(10, 2520));

  it('sets VDOT, paces and the predicted time', () => {
    expect(vdot).toBe(49.1);
    expect(a.plan.vdot).toBe(49.1);
    expect(a.plan.paces).toEqual(pacesFromVdot(49.1));
    expect(a.plan.goal.predictedTime).toBe('3:13:36');
    expect(a.advice).toEqual({
      code: 'race_paces',
      distance: '10k',
      timeSec: 2520,
      vdot: 49.1,
      before: 45.3,
      goal: 'marathon',
      predictedSec: expect.closeTo(11615.87, 2),
    });
    expect(a.confirm).toBeUndefined();
  });

  it('keeps the next 4 days free of hard sessions, the long run as an easy run of 60 %', () => {
    const why = { code: 'tuneup_recovery', rule: 16, signal: 'race_result', value: 4, ref: 10 };
    expect(on(a.plan, '2026-07-26')).toMatchObject({ type: 'easy', distanceKm: 11.1 });
    expect(on(a.plan, '2026-07-28')).toMatchObject({ type: 'easy', distanceKm: 8 });
    // Thursday is the fifth day: its session stays, at the new paces.
    expect(on(a.plan, '2026-07-30').type).toBe('intervals');
    expect(on(a.plan, '2026-07-30').steps.find((s) => s.kind === 'work')?.pace).toEqual(pacesFromVdot(49.1).interval);
    const tuneUp = a.changes.filter((c) => c.reasons.some((r) => r.code === 'tuneup_recovery'));
    expect(tuneUp.map((c) => c.date)).toEqual(['2026-07-26', '2026-07-28']);
    for (const c of tuneUp) expect(c.reasons[0]).toEqual(why);
  });

  it('logs the new paces on every workout ahead, with the VDOT before', () => {
    const repaced = a.changes.filter((c) => c.reasons.some((r) => r.code === 'new_paces'));
    expect(repaced.length).toBeGreaterThan(50);
    expect(repaced[0]?.reasons).toContainEqual({
      code: 'new_paces',
      rule: 16,
      signal: 'race_result',
      value: 49.1,
      ref: 45.3,
    });
    // Yesterday's run is the past: untouched.
    expect(on(a.plan, '2026-07-25')).toEqual(on(plan, '2026-07-25'));
    expect(plan.vdot).toBe(45.3);
  });
});

describe('a slower result', () => {
  it('asks first, and changes nothing when no tune-up days need easing', () => {
    // A 5K in 30:00 on Tue 06-23: the next two days are easy already.
    const a = applyRaceResult(plan, { distance: '5k', timeSec: 1800, date: '2026-06-23' }, '2026-06-23');
    expect(a.plan).toBe(plan);
    expect(a.changes).toEqual([]);
    expect(a.confirm).toEqual({ code: 'slower_result', vdotBefore: 45.3, vdotAfter: 30.8 });
    expect(a.advice).toEqual({ code: 'race_slower', distance: '5k', timeSec: 1800, vdot: 30.8, before: 45.3 });
  });

  it('confirmed, slower paces make the long runs longer in time: rule 6 caps them at 210 minutes', () => {
    const a = applyRaceResult(
      plan,
      { distance: '10k', timeSec: 70 * 60, date: '2026-07-25', confirmed: true },
      '2026-07-26',
    );
    expect(a.plan.vdot).toBe(26.8);
    // Easy 8:43–9:28 /km, middle 545.5 s: 210 × 60 / 545.5 = 23.1 km, to the half km below: 23.
    expect(a.plan.paces?.easy).toEqual({ minSecPerKm: 523, maxSecPerKm: 568 });
    const capped = a.changes.filter((c) => c.reasons.some((r) => r.code === 'long_time_cap'));
    expect(capped.map((c) => [c.date, c.before?.distanceKm, c.after?.distanceKm])).toEqual([
      ['2026-08-30', 24, 23],
      ['2026-09-13', 26.5, 23],
      ['2026-09-20', 29, 23],
      ['2026-09-27', 30.5, 23],
      ['2026-10-04', 25.5, 23],
    ]);
    expect(capped[0]?.reasons).toContainEqual({ code: 'long_time_cap', rule: 6, value: 23, ref: 210 });
  });
});

describe('results that set nothing', () => {
  it.each([
    [
      { distance: '5k' as const, timeSec: 9 * 60 },
      { code: 'race_time_implausible', distance: '5k', timeSec: 540 },
    ],
    [
      { distance: '5k' as const, timeSec: 3 * 3600 },
      { code: 'race_time_implausible', distance: '5k', timeSec: 10800 },
    ],
    [
      { distance: '10k' as const, timeSec: 2700, date: '2026-07-27' },
      { code: 'race_future', date: '2026-07-27' },
    ],
    [
      { distance: '10k' as const, timeSec: 2700, date: '2026-05-30' },
      { code: 'race_stale', date: '2026-05-30' },
    ],
  ])('%o is refused', (result, refused) => {
    const a = applyRaceResult(plan, result, '2026-07-26');
    expect(a).toEqual({ plan, changes: [], refused });
  });
  it(`a result ${RESULT_MAX_AGE_DAYS} days old still counts`, () => {
    expect(RESULT_MAX_AGE_DAYS).toBe(56);
    expect(
      applyRaceResult(plan, { distance: '10k', timeSec: 2600, date: '2026-05-31' }, '2026-07-26').refused,
    ).toBeUndefined();
  });
  it('without a date the race is today', () => {
    const a = applyRaceResult(plan, { distance: '10k', timeSec: 2600 }, '2026-07-25');
    expect(a.plan.vdot).toBe(roundVdot(vdotFromPerformance(10, 2600)));
    // The tune-up day after it, Sunday's long run, is easy.
    expect(on(a.plan, '2026-07-26').type).toBe('easy');
  });
});
