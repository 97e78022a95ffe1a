import { describe, expect, it } from 'vitest';
import { clonePlan, workoutAt } from '../../../src/training/adaptation/plan-edit.ts';
import { hardNeighbour, runDaysInWeek, weekDatesFrom } from '../../../src/training/adaptation/spacing.ts';
import type { Workout } from '../../../src/training/types.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';

// Week 6 of the reference plan: Mon rest, Tue 07-28 tempo, Wed easy, Thu 07-30 intervals, Fri rest, Sat easy,
// Sun 08-02 long; week 5 ends with Sun 07-26 long.
const plan = planFor(MARATHON_18);
const on = (date: string) => workoutAt(plan, date)?.workout as Workout;

describe('rule 2: run days and hard neighbours', () => {
  it('counts the run days of a week, leaving out skipped runs and those ignored', () => {
    expect(runDaysInWeek(plan, 5)).toBe(5);
    expect(runDaysInWeek(plan, 5, [on('2026-07-29')])).toBe(4);
    const p = clonePlan(plan);
    const w = p.weeks[5]?.workouts[0] as Workout;
    w.status = 'missed';
    expect(runDaysInWeek(p, 5)).toBe(4);
  });

  it.each([
    ['2026-07-29', '2026-07-28', 'tempo'], // Wednesday: Tuesday's tempo, checked first
    ['2026-07-31', '2026-07-30', 'intervals'], // Friday: Thursday's intervals
    ['2026-08-01', '2026-08-02', 'long'], // Saturday: Sunday's long run
    ['2026-07-27', '2026-07-26', 'long'], // Monday: the long run of the week before
  ])('next to %s: the %s %s', (date, clashDate, type) => {
    expect(hardNeighbour(plan, date)).toMatchObject({ date: clashDate, type });
  });

  it('ignores the workouts it is told to, and knows no neighbour beyond the plan', () => {
    expect(hardNeighbour(plan, '2026-07-29', [on('2026-07-28')])).toMatchObject({ date: '2026-07-30' });
    expect(hardNeighbour(plan, '2026-07-29', [on('2026-07-28'), on('2026-07-30')])).toBeNull();
    expect(hardNeighbour(plan, '2026-06-21')).toBeNull();
  });

  it('an easy neighbour or a skipped hard one does not clash', () => {
    const p = clonePlan(plan);
    (workoutAt(p, '2026-07-28')?.workout as Workout).status = 'skipped';
    (workoutAt(p, '2026-07-30')?.workout as Workout).status = 'skipped';
    expect(hardNeighbour(p, '2026-07-29')).toBeNull();
  });

  it('lists the days of the week from a date on', () => {
    expect(weekDatesFrom(plan, '2026-07-29', '2026-07-30')).toEqual([
      '2026-07-30',
      '2026-07-31',
      '2026-08-01',
      '2026-08-02',
    ]);
    expect(weekDatesFrom(plan, '2026-07-29', '2026-01-01')).toHaveLength(7);
    expect(weekDatesFrom(plan, '2026-10-24', '2026-10-24')).toEqual(['2026-10-24', '2026-10-25']);
    expect(weekDatesFrom(plan, '2027-01-01', '2026-01-01')).toEqual([]);
  });
});
