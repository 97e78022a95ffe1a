import { describe, expect, it } from 'vitest';
import {
  ATL_DAYS,
  CTL_DAYS,
  PMC_SETTLE_DAYS,
  pmcSeries,
  pmcShownFrom,
  pmcStep,
} from '../../../src/training/load/pmc.ts';

describe('fitness and fatigue (Banister PMC as GoldenCheetah)', () => {
  it('uses the Coggan/Banister time constants: 42 days for CTL, 7 for ATL', () => {
    expect(CTL_DAYS).toBe(42);
    expect(ATL_DAYS).toBe(7);
  });

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

  it('a steady load is a fixed point: CTL = ATL = load, form 0', () => {
    expect(pmcStep(80, 80, 42)).toBeCloseTo(80, 12);
    expect(pmcStep(80, 80, 7)).toBeCloseTo(80, 12);
  });

  it('after one time constant of steady load, CTL reaches 1 − 1/e ≈ 63.2 % of it', () => {
    const loads = Array.from({ length: 42 }, (_, k) => ({
      date: `2026-0${k < 31 ? 1 : 2}-${String(k < 31 ? k + 1 : k - 30).padStart(2, '0')}`,
      load: 100,
    }));
    const s = pmcSeries(loads, '2026-01-01', '2026-02-11');
    expect(s).toHaveLength(42);
    expect(s.at(-1)?.date).toBe('2026-02-11');
    expect(s.at(-1)?.ctl).toBeCloseTo(100 * (1 - Math.exp(-1)), 6); // 63.2121
    // ATL after 42 days: 1 − e^(−6) of the load.
    expect(s.at(-1)?.atl).toBeCloseTo(100 * (1 - Math.exp(-6)), 6); // 99.752
    expect(s.at(-1)?.tsb).toBeLessThan(0);
  });

  it('starts from the given values and sums several runs on a day', () => {
    const s = pmcSeries(
      [
        { date: '2026-03-02', load: 40 },
        { date: '2026-03-02', load: 60 },
      ],
      '2026-03-01',
      '2026-03-02',
      { ctl: 50, atl: 70 },
    );
    expect(s.map((d) => d.load)).toEqual([0, 100]);
    expect(s[0]?.ctl).toBeCloseTo(50 * Math.exp(-1 / 42), 10);
    expect(s[0]?.atl).toBeCloseTo(70 * Math.exp(-1 / 7), 10);
    expect(s[0]?.tsb).toBeCloseTo((s[0]?.ctl ?? 0) - (s[0]?.atl ?? 0), 12);
  });

  it('is empty for a range that ends before it starts', () => {
    expect(pmcSeries([{ date: '2026-01-01', load: 100 }], '2026-01-05', '2026-01-01')).toEqual([]);
  });
});

describe('when fitness and fatigue are shown', () => {
  it('waits three ATL time constants (21 days): e^−3 ≈ 5 % of the start-up transient is left', () => {
    expect(PMC_SETTLE_DAYS).toBe(21);
    expect(Math.exp(-PMC_SETTLE_DAYS / ATL_DAYS)).toBeCloseTo(0.0498, 4);
  });
  it.each([
    ['2026-01-01', '2026-01-22'],
    ['2026-02-20', '2026-03-13'],
    ['2024-02-20', '2024-03-12'], // a leap year
    ['2026-12-20', '2027-01-10'],
  ])('first run %s: shown from %s', (first, shown) => {
    expect(pmcShownFrom(first)).toBe(shown);
  });
});
