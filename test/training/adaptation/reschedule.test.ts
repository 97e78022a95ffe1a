import { describe, expect, it } from 'vitest';
import { workoutAt } from '../../../src/training/adaptation/plan-edit.ts';
import { applyReschedule } from '../../../src/training/adaptation/reschedule.ts';
import type { Plan, Workout } from '../../../src/training/types.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';

// Week 6: Mon 07-27 rest, Tue tempo 8, Wed easy 10, Thu intervals 8, Fri rest, Sat easy 7.5, Sun 08-02 long.
const plan = planFor(MARATHON_18);
const on = (p: Plan, date: string) => workoutAt(p, date)?.workout as Workout;
const TUE = '2026-07-28';
const WED = '2026-07-29';
const THU = '2026-07-30';
const FRI = '2026-07-31';

describe('moving a workout within its week', () => {
  it('to a free day', () => {
    const a = applyReschedule(plan, WED, FRI, '2026-07-27');
    expect(on(a.plan, WED)).toBeUndefined();
    expect(on(a.plan, FRI)).toMatchObject({ type: 'easy', distanceKm: 10, date: FRI });
    expect(a.changes.map((c) => [c.date, c.reasons])).toEqual([
      [WED, [{ code: 'moved_to', date: FRI }]],
      [FRI, [{ code: 'moved_from', date: WED }]],
    ]);
    expect(a.advice).toEqual({ code: 'moved', workout: { type: 'easy', title: 'Easy run' }, date: FRI });
    expect(a.plan.weeks[5]?.totalKm).toBe(plan.weeks[5]?.totalKm);
  });

  it('a hard session to a free day away from other hard days', () => {
    const a = applyReschedule(plan, THU, FRI, '2026-07-27');
    expect(on(a.plan, FRI).type).toBe('intervals');
    expect(a.refused).toBeUndefined();
  });

  it('swaps with the planned workout on the new day', () => {
    // Saturday's easy run to Wednesday: the two swap.
    const a = applyReschedule(plan, '2026-08-01', WED, '2026-07-27');
    expect(on(a.plan, WED)).toMatchObject({ type: 'easy', distanceKm: 7.5 });
    expect(on(a.plan, '2026-08-01')).toMatchObject({ type: 'easy', distanceKm: 10 });
    expect(a.changes[0]?.reasons).toEqual([{ code: 'swapped', date: WED }]);
  });
});

describe('refusals, each with its reason', () => {
  const today = '2026-07-27';
  it.each([
    ['a rest day', '2026-07-27', FRI, today, { code: 'no_workout', date: '2026-07-27' }],
    ['the same day', WED, WED, today, { code: 'same_day' }],
    ['a day in the past', WED, FRI, '2026-07-30', { code: 'past_day' }],
    ['to the past', THU, '2026-07-27', '2026-07-28', { code: 'past_day' }],
    ['the race', '2026-10-25', '2026-10-23', '2026-10-19', { code: 'race_fixed' }],
    ['to race day or after', '2026-10-24', '2026-10-25', '2026-10-19', { code: 'after_race' }],
  ])('%s', (_name, date, newDate, t, refused) => {
    expect(applyReschedule(plan, date, newDate, t)).toEqual({ plan, changes: [], refused });
  });

  it('another week', () => {
    expect(applyReschedule(plan, WED, '2026-08-04', today).refused).toEqual({
      code: 'other_week',
      workout: { type: 'easy', title: 'Easy run' },
      weekStart: '2026-07-27',
    });
  });

  it('hard days back to back, naming the clash', () => {
    expect(applyReschedule(plan, TUE, '2026-07-27', today).refused).toEqual({
      code: 'hard_back_to_back',
      workout: { type: 'tempo', title: 'Tempo run' },
      date: '2026-07-27',
      clash: { type: 'long', title: 'Long run' },
      clashDate: '2026-07-26',
    });
    // A swap is checked as it would be: the tempo on Wednesday sits next to Thursday's intervals.
    expect(applyReschedule(plan, TUE, WED, today).refused).toMatchObject({
      code: 'hard_back_to_back',
      date: WED,
      clashDate: THU,
    });
  });

  it('a day already run is taken', () => {
    const p = structuredClone(plan);
    (on(p, WED) as Workout).status = 'done';
    expect(applyReschedule(p, FRI, WED, today).refused).toEqual({ code: 'no_workout', date: FRI });
    expect(applyReschedule(p, '2026-08-01', WED, today).refused).toEqual({ code: 'day_taken', date: WED });
  });
});
