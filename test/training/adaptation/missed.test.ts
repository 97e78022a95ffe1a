import { describe, expect, it } from 'vitest';
import { applyMissed, applyPartial } from '../../../src/training/adaptation/missed.ts';
import { workoutAt } from '../../../src/training/adaptation/plan-edit.ts';
import type { Plan, Workout } from '../../../src/training/types.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';

// Five days (week 6): Mon rest, Tue 07-28 tempo 8, Wed easy 10, Thu 07-30 intervals 8, Fri rest, Sat easy 7.5, Sun long.
const five = planFor(MARATHON_18);
// Four days, 35 km (week 6): Tue 07-28 easy 10.5, Thu 07-30 tempo 10.5, Sat easy 9.5, Sun long 16.5.
const four = planFor({ ...MARATHON_18, weeklyKm: 35, daysPerWeek: 4 });
const on = (p: Plan, date: string) => workoutAt(p, date)?.workout as Workout;

describe('a missed key workout (Daniels: missed quality is not made up by doubling up)', () => {
  it('moves to a free day of its week that keeps hard days apart and the run days within the runner’s', () => {
    const a = applyMissed(four, '2026-07-30', '2026-07-31');
    expect(on(a.plan, '2026-07-30').status).toBe('missed');
    expect(on(a.plan, '2026-07-31')).toMatchObject({ type: 'tempo', distanceKm: 10.5, status: 'planned' });
    expect(a.changes.map((c) => [c.date, c.reasons])).toEqual([
      ['2026-07-30', [{ code: 'missed' }]],
      ['2026-07-31', [{ code: 'moved_from', date: '2026-07-30' }]],
    ]);
    expect(a.advice).toEqual({
      code: 'missed_moved',
      workout: { type: 'tempo', title: 'Tempo run' },
      date: '2026-07-31',
      replaces: null,
    });
  });

  it('a rest day is free when the missed day frees a run day (five days: Thursday’s intervals to Friday)', () => {
    const a = applyMissed(five, '2026-07-30', '2026-07-31');
    expect(a.advice).toMatchObject({ code: 'missed_moved', date: '2026-07-31' });
  });

  it('is dropped, not crammed, when every day left touches a hard day', () => {
    // Tuesday's tempo, reported on Wednesday: Wed and Fri touch Thursday's intervals, Sat touches Sunday's long run.
    const a = applyMissed(five, '2026-07-28', '2026-07-29');
    expect(a.changes).toHaveLength(1);
    expect(a.advice).toEqual({ code: 'missed_dropped', workout: { type: 'tempo', title: 'Tempo run' } });
    expect(a.plan.weeks[5]?.totalKm).toBe((five.weeks[5]?.totalKm ?? 0) - 8);
  });
});

describe('easy runs, skips and refusals', () => {
  it('a missed easy run is let go', () => {
    const a = applyMissed(five, '2026-07-29', '2026-07-30');
    expect(a.advice).toEqual({ code: 'missed_easy' });
    expect(a.changes).toHaveLength(1);
  });
  it('a skip keeps the runner’s reason', () => {
    const a = applyMissed(five, '2026-07-29', '2026-07-29', 'skipped', 'work trip');
    expect(on(a.plan, '2026-07-29').status).toBe('skipped');
    expect(a.changes[0]?.reasons).toEqual([{ code: 'skipped', note: 'work trip' }]);
    expect(applyMissed(five, '2026-07-29', '2026-07-29', 'skipped').changes[0]?.reasons).toEqual([{ code: 'skipped' }]);
  });
  it('refuses a rest day, a day already reported, and the race', () => {
    expect(applyMissed(five, '2026-07-27', '2026-07-27')).toEqual({
      plan: five,
      changes: [],
      refused: { code: 'no_workout', date: '2026-07-27' },
    });
    const once = applyMissed(five, '2026-07-29', '2026-07-30').plan;
    expect(applyMissed(once, '2026-07-29', '2026-07-30').refused).toEqual({ code: 'no_workout', date: '2026-07-29' });
    expect(applyMissed(five, '2026-10-25', '2026-10-25').refused).toEqual({ code: 'race_not_skipped' });
  });
  it('keeps hard sessions out of the last 3 days before the race', () => {
    // Race week: Tue 10-20 MP, Wed and Thu easy, Fri rest, Sat easy, Sun race.
    // Reported on Wednesday it takes Wednesday's easy slot, 4 days out.
    expect(applyMissed(five, '2026-10-20', '2026-10-21').advice).toMatchObject({
      code: 'missed_moved',
      date: '2026-10-21',
      replaces: { type: 'easy', title: 'Easy run' },
    });
    // Reported on Friday only Friday and Saturday are left, 2 and 1 days out: dropped.
    expect(applyMissed(five, '2026-10-20', '2026-10-23').advice).toMatchObject({ code: 'missed_dropped' });
  });
});

describe('a partial run', () => {
  it('is recorded with the km done and planned; nothing else changes', () => {
    const a = applyPartial(five, '2026-07-29', 6);
    expect(a.changes).toEqual([
      {
        date: '2026-07-29',
        before: { type: 'easy', distanceKm: 10, title: 'Easy run', status: 'planned' },
        after: { type: 'easy', distanceKm: 10, title: 'Easy run', status: 'partial' },
        reasons: [{ code: 'partial', value: 6, ref: 10 }],
      },
    ]);
    expect(a.advice).toEqual({ code: 'partial' });
    expect(a.plan.weeks[5]?.totalKm).toBe(five.weeks[5]?.totalKm);
  });
  it('refuses a rest day and the race', () => {
    expect(applyPartial(five, '2026-07-27', 3).refused).toEqual({ code: 'no_workout', date: '2026-07-27' });
    expect(applyPartial(five, '2026-10-25', 30).refused).toEqual({ code: 'no_workout', date: '2026-10-25' });
  });
});
