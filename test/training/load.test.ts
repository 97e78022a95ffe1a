import { describe, expect, it } from 'vitest';
import {
  acuteChronicRatio,
  acuteChronicSeries,
  dailyTotals,
  ewmaLambda,
  ewmaSeries,
  generatePlan,
  pmcSeries,
  pmcStep,
  runLoad,
  sessionLoad,
  weeklySummaries,
} from '../../src/training/index.ts';

describe('session load (Foster 2001)', () => {
  it('is RPE × minutes', () => {
    expect(sessionLoad(6, 45)).toBe(270);
    expect(runLoad({ durationSec: 3600, rpe: 5 })).toBe(300);
    expect(runLoad({ durationSec: 1800 })).toBe(90); // unrated, nothing known: "moderate", RPE 3
  });
});

describe('EWMA acute:chronic ratio (Williams et al. 2017)', () => {
  it('uses λ = 2 / (N + 1)', () => {
    expect(ewmaLambda(7)).toBe(0.25);
    expect(ewmaLambda(28)).toBeCloseTo(2 / 29, 12);
  });

  it('matches hand-computed values', () => {
    // λ = 0.25: 100 → 25; then 0 → 18.75; then 0 → 14.0625; then 40 → 0.25·40 + 0.75·14.0625 = 20.546875
    expect(ewmaSeries([100, 0, 0, 40], 7)).toEqual([25, 18.75, 14.0625, 20.546875]);
    const chronic = ewmaSeries([100, 0], 28);
    expect(chronic[0]).toBeCloseTo(200 / 29, 10);
    expect(chronic[1]).toBeCloseTo((200 / 29) * (27 / 29), 10);
  });

  it('sums loads per day and fills gaps with zero', () => {
    expect(
      dailyTotals(
        [
          { date: '2026-01-01', load: 100 },
          { date: '2026-01-01', load: 50 },
          { date: '2026-01-03', load: 10 },
        ],
        '2026-01-01',
        '2026-01-04',
      ),
    ).toEqual([150, 0, 10, 0]);
  });

  it('is 1 for a perfectly steady load and rises above 1.5 after a spike', () => {
    const steady = Array.from({ length: 60 }, (_, k) => ({
      date: `2026-0${1 + Math.floor(k / 28)}-${String((k % 28) + 1).padStart(2, '0')}`,
      load: 300,
    }));
    const series = acuteChronicSeries(steady, '2026-03-04');
    // Zero-seeded EWMAs converge: acute reaches 300 faster than chronic, so the ratio falls towards 1 from above.
    expect(series.at(-1)?.ratio).toBeGreaterThan(1);
    expect(series.at(-1)?.ratio).toBeLessThan(1.15);
    const spike = steady.map((x, k) => ({ ...x, load: k >= 53 ? 1200 : 300 }));
    expect(acuteChronicRatio(spike, '2026-03-04')).toBeGreaterThan(1.5);
  });

  it('needs 28 days of history', () => {
    expect(acuteChronicRatio([{ date: '2026-01-01', load: 100 }], '2026-01-10')).toBeNull();
    expect(acuteChronicRatio([], '2026-01-10')).toBeNull();
  });
});

describe('fitness and fatigue (Banister PMC as GoldenCheetah)', () => {
  it('decays by e^(−1/N) with N = 42 (CTL) and 7 (ATL)', () => {
    expect(pmcStep(0, 100, 42)).toBeCloseTo(100 * (1 - Math.exp(-1 / 42)), 10); // 2.3528
    expect(pmcStep(0, 100, 7)).toBeCloseTo(13.3122, 4);
    expect(pmcStep(50, 0, 42)).toBeCloseTo(50 * Math.exp(-1 / 42), 10);
    const s = pmcSeries([{ date: '2026-01-01', load: 100 }], '2026-01-01', '2026-01-02');
    expect(s[0]?.ctl).toBeCloseTo(2.3528, 4);
    expect(s[0]?.atl).toBeCloseTo(13.3122, 4);
    expect(s[0]?.tsb).toBeCloseTo(2.3528 - 13.3122, 3);
    expect(s[1]?.atl).toBeCloseTo(13.3122 * Math.exp(-1 / 7), 4);
    expect(s[1]?.load).toBe(0);
  });
});

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
