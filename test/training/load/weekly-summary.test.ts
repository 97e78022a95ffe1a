import { describe, expect, it } from 'vitest';
import { weeklySummaries } from '../../../src/training/load/weekly-summary.ts';
import { generatePlan } from '../../../src/training/plan/generate.ts';
import type { Plan } from '../../../src/training/types.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';

describe('weekly summaries', () => {
  it('reports planned vs done km, compliance and load trend', () => {
    const outcome = generatePlan({
      goal: '10k',
      raceDate: '2026-09-27',
      startDate: '2026-06-01',
      weeklyKm: 30,
      daysPerWeek: 4,
      longRunDay: 'sun',
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    const plan = outcome.plan;
    const w1 = plan.weeks[0]?.workouts ?? [];
    const runs = [
      ...w1.map((w) => ({ date: w.date, distanceKm: w.distanceKm, durationSec: 1800, rpe: 5 })),
      { date: plan.weeks[1]?.workouts[0]?.date as string, distanceKm: 5, durationSec: 1800, rpe: 5 },
    ];
    const s = weeklySummaries(plan, runs, '2026-06-14');
    expect(s).toHaveLength(2);
    expect(s[0]).toMatchObject({
      index: 1,
      startDate: '2026-06-01',
      endDate: '2026-06-07',
      compliance: 1,
      runs: w1.length,
      loadTrend: null,
    });
    expect(s[0]?.plannedKm).toBe(plan.weeks[0]?.totalKm);
    expect(s[0]?.load).toBe(150 * w1.length);
    expect(s[1]?.doneKm).toBe(5);
    expect(s[1]?.compliance).toBeCloseTo(5 / (plan.weeks[1]?.totalKm as number), 2);
    expect(s[1]?.loadTrend).toBe('down');
  });
});

describe('the load of unrated runs and the trend band', () => {
  // Reference plan, VDOT 45.3: easy 5:48–6:20 /km. Week 1: Tue 06-23 easy 6.5, Wed 10, Thu 6.5, Sat 7.5, Sun long 15.
  const plan = planFor(MARATHON_18);
  const summaries = (runs: Parameters<typeof weeklySummaries>[1], today = '2026-07-05') =>
    weeklySummaries(plan, runs, today);

  it('an unrated run counts with the RPE its pace shows against the plan paces (Foster load)', () => {
    // 10 km at 6:20 /km (the slow end of easy): RPE 2, 63.33 min → 126.67.
    const s = summaries([{ date: '2026-06-24', distanceKm: 10, durationSec: 3800 }]);
    expect(s[0]?.load).toBe(126.67);
  });

  it('a run without a duration has no load; a rated run uses its rating', () => {
    const s = summaries([
      { date: '2026-06-23', distanceKm: 6.5 },
      { date: '2026-06-24', distanceKm: 10, durationSec: 3600, rpe: 4 },
    ]);
    expect(s[0]).toMatchObject({ load: 240, runs: 2, doneKm: 16.5 });
  });

  it.each([
    [240, 264, 'steady'], // +10 %: within the band
    [240, 265, 'up'],
    [240, 216, 'steady'], // −10 %
    [240, 215, 'down'],
    [0, 0, 'steady'],
    [0, 60, 'up'],
  ])('week 1 load %d then %d is %s', (a, b, trend) => {
    // A rated run of 60 minutes carries load = RPE × 60, so a load is set by its rating.
    const run = (date: string, load: number) => ({
      date,
      distanceKm: 5,
      durationSec: load > 0 ? 3600 : 0,
      rpe: load / 60,
    });
    const s = summaries([run('2026-06-24', a), run('2026-07-01', b)]);
    expect(s[1]?.loadTrend).toBe(trend);
  });

  it('stops at today and gives no compliance for a week with nothing planned', () => {
    expect(summaries([], '2026-06-28')).toHaveLength(1);
    expect(summaries([], '2026-06-21')).toHaveLength(0);
    const empty: Plan = { ...plan, weeks: [{ ...(plan.weeks[0] as Plan['weeks'][number]), workouts: [], totalKm: 0 }] };
    expect(weeklySummaries(empty, [])[0]).toMatchObject({ plannedKm: 0, compliance: null, load: 0 });
  });
});
