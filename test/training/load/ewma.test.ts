import { describe, expect, it } from 'vitest';
import {
  ACUTE_DAYS,
  ACWR_LOW,
  ACWR_SPIKE,
  acuteChronicRatio,
  acuteChronicSeries,
  acwrBand,
  CHRONIC_DAYS,
  dailyTotals,
  ewmaLambda,
  ewmaSeries,
  steadyDailyLoad,
} from '../../../src/training/load/ewma.ts';

/** `n` days of `load` a day from 2026-01-01. */
function steadyDays(n: number, load: number): { date: string; load: number }[] {
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: n }, (_, k) => ({
    date: new Date(start + k * 86_400_000).toISOString().slice(0, 10),
    load,
  }));
}

describe('EWMA acute:chronic ratio (Williams et al. 2017)', () => {
  it('uses 7-day acute and 28-day chronic windows', () => {
    expect(ACUTE_DAYS).toBe(7);
    expect(CHRONIC_DAYS).toBe(28);
  });

  it('uses λ = 2 / (N + 1)', () => {
    expect(ewmaLambda(7)).toBe(0.25);
    expect(ewmaLambda(28)).toBeCloseTo(2 / 29, 12); // 0.0690, Williams et al.'s chronic λ
    expect(ewmaLambda(1)).toBe(1);
  });

  it('matches hand-computed values', () => {
    // λ = 0.25: 100 → 25; then 0 → 18.75; then 0 → 14.0625; then 40 → 0.25·40 + 0.75·14.0625 = 20.546875
    expect(ewmaSeries([100, 0, 0, 40], 7)).toEqual([25, 18.75, 14.0625, 20.546875]);
    const chronic = ewmaSeries([100, 0], 28);
    expect(chronic[0]).toBeCloseTo(200 / 29, 10);
    expect(chronic[1]).toBeCloseTo((200 / 29) * (27 / 29), 10);
  });

  it('starts from a seed and keeps a steady seed steady', () => {
    expect(ewmaSeries([0], 7, 100)).toEqual([75]);
    expect(ewmaSeries([50, 50, 50], 28, 50)).toEqual([50, 50, 50]);
    expect(ewmaSeries([], 7)).toEqual([]);
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

  it('leaves out loads outside the range, and an inverted range is empty', () => {
    const loads = [
      { date: '2025-12-31', load: 7 },
      { date: '2026-01-02', load: 5 },
      { date: '2026-01-03', load: 9 },
    ];
    expect(dailyTotals(loads, '2026-01-01', '2026-01-02')).toEqual([0, 5]);
    expect(dailyTotals(loads, '2026-01-03', '2026-01-01')).toEqual([]);
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

  it('day 28 of a zero-seeded steady load reads (1 − 0.75²⁸)/(1 − (27/29)²⁸) ≈ 1.16', () => {
    const expected = (1 - 0.75 ** 28) / (1 - (27 / 29) ** 28);
    expect(expected).toBeCloseTo(1.156, 3);
    expect(acuteChronicRatio(steadyDays(28, 300), '2026-01-28')).toBeCloseTo(expected, 10);
    expect(acuteChronicRatio(steadyDays(27, 300), '2026-01-27')).toBeNull();
  });

  it('seeded with the steady daily load, a steady runner reads exactly 1 from the first day', () => {
    expect(acuteChronicRatio(steadyDays(1, 300), '2026-01-01', 300)).toBeCloseTo(1, 12);
    const series = acuteChronicSeries(steadyDays(10, 300), '2026-01-10', 300);
    expect(series).toHaveLength(10);
    for (const d of series) expect(d.ratio).toBeCloseTo(1, 12);
  });

  it('runs from the earliest load whatever the order, to asOf, with dates on every day', () => {
    const series = acuteChronicSeries(
      [
        { date: '2026-01-03', load: 60 },
        { date: '2026-01-01', load: 100 },
      ],
      '2026-01-04',
    );
    expect(series.map((d) => d.date)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
    expect(series[0]).toEqual({ date: '2026-01-01', acute: 25, chronic: 200 / 29, ratio: 25 / (200 / 29) });
    expect(acuteChronicSeries([{ date: '2026-02-01', load: 10 }], '2026-01-31')).toEqual([]);
  });

  it('has no ratio while the chronic average is zero', () => {
    const series = acuteChronicSeries([{ date: '2026-01-01', load: 0 }], '2026-01-02');
    expect(series.map((d) => d.ratio)).toEqual([null, null]);
  });
});

describe('the steady daily load a reported weekly volume stands for', () => {
  it('is weeklyKm / 7 × the median load per km of the runs', () => {
    // Per km: 60, 50, 40 → median 50; 35 km a week → 5 km a day → 250.
    const runs = [
      { distanceKm: 10, load: 600 },
      { distanceKm: 8, load: 400 },
      { distanceKm: 5, load: 200 },
    ];
    expect(steadyDailyLoad(35, runs)).toBe(250);
  });
  it('takes the mean of the two middle values for an even count, so one race does not set it', () => {
    const runs = [
      { distanceKm: 10, load: 400 }, // 40
      { distanceKm: 10, load: 500 }, // 50
      { distanceKm: 10, load: 600 }, // 60
      { distanceKm: 10, load: 3000 }, // a race: 300
    ];
    expect(steadyDailyLoad(14, runs)).toBe(110); // 2 km a day × 55
  });
  it('is 0 without usable runs or without a volume', () => {
    expect(steadyDailyLoad(35, [])).toBe(0);
    expect(steadyDailyLoad(35, [{ distanceKm: 0, load: 100 }])).toBe(0);
    expect(steadyDailyLoad(35, [{ distanceKm: 5, load: 0 }])).toBe(0);
    expect(steadyDailyLoad(0, [{ distanceKm: 5, load: 100 }])).toBe(0);
    expect(steadyDailyLoad(Number.NaN, [{ distanceKm: 5, load: 100 }])).toBe(0);
  });
});

describe("Gabbett's bands (BJSM 2016): spike above 1.5, low below 0.8", () => {
  it('has the published limits', () => {
    expect(ACWR_SPIKE).toBe(1.5);
    expect(ACWR_LOW).toBe(0.8);
  });
  it.each([
    [0.5, 'low'],
    [0.79, 'low'],
    [0.8, 'ok'],
    [1.0, 'ok'],
    [1.3, 'ok'],
    [1.5, 'ok'],
    [1.51, 'spike'],
    [2.2, 'spike'],
  ] as const)('%d is %s', (ratio, band) => {
    expect(acwrBand(ratio)).toBe(band);
  });
});
