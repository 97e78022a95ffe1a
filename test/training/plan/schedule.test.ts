import { describe, expect, it } from 'vitest';
import { currentLongRunKm, estimatePeakLongKm } from '../../../src/training/plan/schedule.ts';

describe("rule 5's starting line", () => {
  it('is the runner’s own longest run, else 30 % of weekly km', () => {
    expect(currentLongRunKm(45)).toBeCloseTo(13.5, 10);
    expect(currentLongRunKm(20)).toBe(6);
    expect(currentLongRunKm(45, 21)).toBe(21);
    expect(currentLongRunKm(45, 0)).toBe(0);
  });
});

describe('how far the long run can build', () => {
  it('grows 10 % + 0.2 km a week on three weeks in four before the taper', () => {
    // 10K in 6 weeks from 5 km: 6 − 2 taper weeks = 4; floor(0.75 × 3) = 2 steps: 5 → 5.7 → 6.47.
    expect(estimatePeakLongKm('10k', 5, 6)).toBeCloseTo(6.47, 10);
    // Half in 13 weeks from 4.5 km: 13 − 2 = 11; floor(0.75 × 10) = 7 steps:
    // 4.5·1.1⁷ + 0.2·(1.1⁷ − 1)/0.1.
    expect(estimatePeakLongKm('half', 4.5, 13)).toBeCloseTo(4.5 * 1.1 ** 7 + 2 * (1.1 ** 7 - 1), 9);
  });
  it('stops at the goal’s usual peak (32 km marathon, 20 half, 16 10K, 13 5K)', () => {
    expect(estimatePeakLongKm('marathon', 13.5, 18)).toBe(32);
    expect(estimatePeakLongKm('half', 13.5, 20)).toBe(20);
    expect(estimatePeakLongKm('10k', 13.5, 20)).toBe(16);
    expect(estimatePeakLongKm('5k', 13.5, 20)).toBe(13);
  });
  it('does not grow in a plan no longer than its taper', () => {
    expect(estimatePeakLongKm('marathon', 10, 3)).toBe(10);
    expect(estimatePeakLongKm('5k', 6, 1)).toBe(6);
  });
  it('never falls as weeks are added', () => {
    let prev = 0;
    for (let w = 1; w <= 52; w++) {
      const x = estimatePeakLongKm('marathon', 8, w);
      expect(x).toBeGreaterThanOrEqual(prev);
      prev = x;
    }
    expect(prev).toBe(32);
  });
});
