import { describe, expect, it } from 'vitest';
import { planWeekRange, planWeekTotals, weekTotals } from '../../../src/training/load/week-totals.ts';
import type { Workout } from '../../../src/training/types.ts';

type W = Pick<Workout, 'date' | 'type' | 'distanceKm' | 'status'>;
const w = (date: string, type: Workout['type'], distanceKm: number, status: Workout['status'] = 'planned'): W => ({
  date,
  type,
  distanceKm,
  status,
});

describe("a week's numbers, one definition for every face", () => {
  const week: W[] = [
    w('2026-06-02', 'tempo', 8, 'done'),
    w('2026-06-03', 'easy', 6.5, 'skipped'),
    w('2026-06-04', 'easy', 5, 'done'), // done with the button: no run logged
    w('2026-06-05', 'intervals', 9, 'missed'),
    w('2026-06-06', 'easy', 7, 'partial'),
    w('2026-06-07', 'long', 16),
  ];
  const runs = [
    { date: '2026-06-02', distanceKm: 8.3 },
    { date: '2026-06-06', distanceKm: 4.2 },
    { date: '2026-06-01', distanceKm: 3 }, // an extra run on Monday
    { date: '2026-06-08', distanceKm: 10 }, // next week
  ];

  it('counts planned, skipped and done km and sessions', () => {
    expect(weekTotals(week, runs, '2026-06-01', '2026-06-07')).toEqual({
      from: '2026-06-01',
      to: '2026-06-07',
      plannedKm: 36, // 8 + 5 + 7 + 16: skipped and missed sessions left out
      skippedKm: 15.5, // 6.5 + 9
      doneKm: 20.5, // 8.3 + 4.2 + 3 logged, + 5 marked done without a run
      sessions: 6,
      sessionsDone: 3, // done, done, partial
      sessionsSkipped: 2,
      runs: 3,
    });
  });

  it('leaves the race out of planned km and sessions', () => {
    const t = weekTotals([w('2026-06-05', 'easy', 4), w('2026-06-07', 'race', 42.195)], [], '2026-06-01', '2026-06-07');
    expect(t).toMatchObject({ plannedKm: 4, sessions: 1, doneKm: 0, runs: 0 });
  });

  it('a session marked done on a day with a logged run counts the run, not both', () => {
    const t = weekTotals(
      [w('2026-06-02', 'easy', 10, 'done')],
      [{ date: '2026-06-02', distanceKm: 9.4 }],
      '2026-06-01',
      '2026-06-07',
    );
    expect(t.doneKm).toBe(9.4);
  });

  it('rounds to hundredths', () => {
    const t = weekTotals(
      [w('2026-06-02', 'easy', 0.1), w('2026-06-03', 'easy', 0.2)],
      [
        { date: '2026-06-02', distanceKm: 1.111 },
        { date: '2026-06-03', distanceKm: 2.222 },
      ],
      '2026-06-01',
      '2026-06-07',
    );
    expect(t.plannedKm).toBe(0.3);
    expect(t.doneKm).toBe(3.33);
  });

  it('an empty week is all zeros', () => {
    expect(weekTotals([], [], '2026-06-01', '2026-06-07')).toMatchObject({
      plannedKm: 0,
      skippedKm: 0,
      doneKm: 0,
      sessions: 0,
      sessionsDone: 0,
      sessionsSkipped: 0,
      runs: 0,
    });
  });
});

describe('plan weeks as the calendar shows them', () => {
  // A plan that starts on a Wednesday and races on a Saturday.
  const plan = {
    weeks: [
      { index: 1, startDate: '2026-06-03', workouts: [w('2026-06-04', 'easy', 5)] },
      { index: 2, startDate: '2026-06-08', workouts: [w('2026-06-09', 'tempo', 8), w('2026-06-14', 'long', 14)] },
      { index: 3, startDate: '2026-06-15', workouts: [w('2026-06-16', 'easy', 4), w('2026-06-20', 'race', 10)] },
    ],
  };

  it('the first week runs from its Monday, the last to its Sunday', () => {
    expect(planWeekRange(plan, 0)).toEqual({ from: '2026-06-01', to: '2026-06-07' });
    expect(planWeekRange(plan, 1)).toEqual({ from: '2026-06-08', to: '2026-06-14' });
    expect(planWeekRange(plan, 2)).toEqual({ from: '2026-06-15', to: '2026-06-21' });
  });

  it('a one-week plan runs seven days from its start', () => {
    expect(planWeekRange({ weeks: [plan.weeks[2] as (typeof plan.weeks)[number]] }, 0)).toEqual({
      from: '2026-06-15',
      to: '2026-06-21',
    });
  });

  it('refuses a week that is not there', () => {
    expect(() => planWeekRange(plan, 3)).toThrow(RangeError);
  });

  it("counts Monday's run in the first week and numbers the weeks as the plan does", () => {
    const totals = planWeekTotals(plan, [
      { date: '2026-06-01', distanceKm: 6 },
      { date: '2026-06-20', distanceKm: 10.1 },
      { date: '2026-06-21', distanceKm: 3 },
    ]);
    expect(totals.map((t) => [t.index, t.from, t.to, t.plannedKm, t.doneKm, t.runs])).toEqual([
      [1, '2026-06-01', '2026-06-07', 5, 6, 1],
      [2, '2026-06-08', '2026-06-14', 22, 0, 0],
      [3, '2026-06-15', '2026-06-21', 4, 13.1, 2],
    ]);
  });
});
