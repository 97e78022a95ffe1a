/** The plan generator's constants against the sources cited beside them and the caps of design.md's rules. */
import { describe, expect, it } from 'vitest';
import {
  CURRENT_LONG_SHARE,
  CUTBACK_EVERY,
  CUTBACK_FRACTION,
  DANIELS_LIMITS,
  LONG_MAX_KM,
  LONG_MAX_MIN,
  LONG_SHARE,
  LONG_SHARE_CAP,
  LONG_SHARE_TARGET,
  MAX_WEEKS,
  MIN_WEEKS,
  NOVICE,
  PEAK_LONG_KM,
  PEAK_LONG_RANGE,
  PEAK_VOLUME,
  READY_LONG_KM,
  SPIKE,
  STANDARD_WEEKS,
  TAPER_CAPS,
  TAPER_DAY_FRACTIONS,
  TAPER_DAYS,
  TAPER_FRACTIONS,
  TAPER_LONG_FRACTIONS,
  TAPER_WEEKS,
  WEEK_GROWTH,
} from '../../../src/training/plan/constants.ts';
import { GOAL_DISTANCES } from '../../../src/training/types.ts';

describe('plan lengths (rule 10)', () => {
  it("shortest plans: Higdon's 4-week 5K … Pfitzinger's 12-week marathon; longest 52 weeks", () => {
    expect(MIN_WEEKS).toEqual({ '5k': 4, '10k': 6, half: 8, marathon: 12 });
    expect(MAX_WEEKS).toBe(52);
  });
  it("standard blocks: Pfitzinger's 18-week marathon, Higdon's 12-week half, 10-week 10K, 8-week 5K", () => {
    expect(STANDARD_WEEKS).toEqual({ '5k': 8, '10k': 10, half: 12, marathon: 18 });
    for (const g of GOAL_DISTANCES) expect(STANDARD_WEEKS[g]).toBeGreaterThanOrEqual(MIN_WEEKS[g]);
  });
});

describe('the taper (rule 8; Pfitzinger: 3 weeks for the marathon, 2 for shorter races)', () => {
  it.each(GOAL_DISTANCES)('%s: weeks, days and fractions agree', (g) => {
    expect(TAPER_DAYS[g]).toBe(TAPER_WEEKS[g] * 7);
    expect(TAPER_FRACTIONS[g]).toHaveLength(TAPER_WEEKS[g]);
    expect(TAPER_LONG_FRACTIONS[g]).toHaveLength(TAPER_WEEKS[g] - 1);
  });
  it('steps down week by week', () => {
    for (const g of GOAL_DISTANCES) {
      const f = TAPER_FRACTIONS[g];
      for (let i = 1; i < f.length; i++) expect(f[i]).toBeLessThan(f[i - 1] as number);
      const d = TAPER_DAY_FRACTIONS[g];
      expect(d[0]).toBeLessThan(d[1]);
      expect(d[1]).toBeLessThanOrEqual(d[2]);
    }
  });
  it('aims under the caps: last 7 days ≤ 60 % (5K, 10K), ≤ 50 % (half, marathon); days 8–14 ≤ 80 % half, ≤ 75 % marathon; days 15–21 ≤ 90 % marathon', () => {
    expect(TAPER_CAPS.marathon).toEqual([0.5, 0.75, 0.9]);
    expect(TAPER_CAPS.half.slice(0, 2)).toEqual([0.5, 0.8]);
    expect(TAPER_CAPS['5k'][0]).toBe(0.6);
    expect(TAPER_CAPS['10k'][0]).toBe(0.6);
    for (const g of GOAL_DISTANCES) {
      TAPER_DAY_FRACTIONS[g].forEach((f, i) => {
        expect(f).toBeLessThanOrEqual(TAPER_CAPS[g][i] as number);
      });
    }
    // The marathon taper near Pfitzinger's 80/60/40 %.
    expect(TAPER_FRACTIONS.marathon).toEqual([0.82, 0.66, 0.4]);
  });
});

describe('long runs (rules 5, 6, 9)', () => {
  it("peak long runs: Pfitzinger's 20 miles (32 km) for the marathon; 20, 16 and 13 km (Higdon)", () => {
    expect(PEAK_LONG_KM).toEqual({ '5k': 13, '10k': 16, half: 20, marathon: 32 });
    expect(Math.abs(32 - 20 * 1.609344)).toBeLessThan(0.2);
  });
  it("rule 9's ranges hold each goal's peak", () => {
    for (const g of GOAL_DISTANCES) {
      const [lo, hi] = PEAK_LONG_RANGE[g];
      expect(PEAK_LONG_KM[g]).toBeGreaterThanOrEqual(lo);
      expect(PEAK_LONG_KM[g]).toBeLessThanOrEqual(hi);
      expect(READY_LONG_KM[g]).toBeLessThanOrEqual(PEAK_LONG_KM[g]);
    }
    expect(PEAK_LONG_RANGE.marathon).toEqual([28, 35]);
    expect(READY_LONG_KM.marathon).toBe(26); // Hansons' 16-mile long run
  });
  it("shares: 50 % of the week for the marathon, 45 % otherwise (rule 6), aimed just under; targets under rule 6's medians", () => {
    expect(LONG_SHARE_CAP).toEqual({ '5k': 0.45, '10k': 0.45, half: 0.45, marathon: 0.5 });
    for (const g of GOAL_DISTANCES) {
      expect(LONG_SHARE[g]).toBeLessThan(LONG_SHARE_CAP[g]);
      expect(LONG_SHARE_TARGET[g]).toBeLessThan(g === 'marathon' ? 0.4 : 0.35);
    }
  });
  it("time caps: Daniels' 150 minutes, 210 for the marathon; 35 km at most", () => {
    expect(LONG_MAX_MIN).toEqual({ '5k': 150, '10k': 150, half: 150, marathon: 210 });
    expect(LONG_MAX_KM).toBe(35);
  });
  it('rule 5 (Frandsen et al. 2025): 110 % of the longest run of 30 days, + 0.2 km; 30 % of weekly km before the plan', () => {
    expect(SPIKE).toEqual({ factor: 1.1, plusKm: 0.2, windowDays: 30 });
    expect(CURRENT_LONG_SHARE).toBe(0.3);
  });
});

describe('volume (rules 4, 7, 14)', () => {
  it('rule 4: a week at most 110 % of the largest of the three before, + 2 km', () => {
    expect(WEEK_GROWTH).toEqual({ factor: 1.1, plusKm: 2, lookback: 3 });
  });
  it('rule 7: a lighter week of 80 % at least every fourth week', () => {
    expect(CUTBACK_FRACTION).toBe(0.8);
    expect(CUTBACK_EVERY).toBe(4);
  });
  it("Daniels' quality limits: T ≤ 10 %, I ≤ 8 % and 10 km, R ≤ 5 % and 8 km, M ≤ 20 % and 29 km", () => {
    expect(DANIELS_LIMITS.threshold.share).toBe(0.1);
    expect(DANIELS_LIMITS.interval).toEqual({ share: 0.08, maxKm: 10 });
    expect(DANIELS_LIMITS.repetition).toEqual({ share: 0.05, maxKm: 8 });
    expect(DANIELS_LIMITS.marathon).toEqual({ share: 0.2, maxKm: 29 });
  });
  it('peaks grow more for longer races, marathon up to 40 % and 30 km', () => {
    expect(PEAK_VOLUME.marathon).toEqual({ factor: 1.4, maxGainKm: 30, floorKm: 62 });
    const order = GOAL_DISTANCES.map((g) => PEAK_VOLUME[g].factor);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
  it('rule 14: novices (under 20 km, no race) run easy for 4 weeks', () => {
    expect(NOVICE).toEqual({ weeklyKm: 20, easyDays: 28 });
  });
});
