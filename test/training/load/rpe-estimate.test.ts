import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RPE,
  estimateRpe,
  RPE_BY_TYPE,
  RPE_MAX,
  RPE_MIN,
  rpeFromPace,
  runRpe,
} from '../../../src/training/load/rpe-estimate.ts';
import { pacesFromVdot } from '../../../src/training/paces.ts';
import type { Paces } from '../../../src/training/types.ts';

// VDOT 50 (Daniels): easy 5:22–5:52, marathon 4:28–4:34 (mid 271 s), threshold 4:12–4:18 (mid 255 s),
// interval 3:50–3:55 (mid 232.5 s), repetition 3:33–3:41 (mid 217 s).
const V50: Paces = pacesFromVdot(50);

describe('the paces the anchors sit on', () => {
  it('are the VDOT 50 paces', () => {
    expect(V50).toEqual({
      easy: { minSecPerKm: 322, maxSecPerKm: 352 },
      marathon: { minSecPerKm: 268, maxSecPerKm: 274 },
      threshold: { minSecPerKm: 252, maxSecPerKm: 258 },
      interval: { minSecPerKm: 230, maxSecPerKm: 235 },
      repetition: { minSecPerKm: 213, maxSecPerKm: 221 },
    });
  });
});

describe("RPE from pace on Foster's CR-10 scale", () => {
  it.each([
    [600, 1], // far slower than easy: a walk
    [442, 1], // 90 s/km past the slow end of easy
    [397, 1.5], // halfway between the walk anchor and the slow end of easy
    [352, 2], // slow end of easy: "easy"
    [337, 2.5],
    [322, 3], // fast end of easy: "moderate"
    [271, 4], // marathon pace: "somewhat hard"
    [263, 5], // halfway to threshold: "hard"
    [255, 6], // threshold ("comfortably hard")
    [232.5, 8], // interval pace: "very hard"
    [217, 9], // repetition pace
    [198, 10], // 15 s/km faster than the fast end of repetition: all-out
    [150, 10],
  ])('%d s/km reads %d', (pace, rpe) => {
    expect(rpeFromPace(pace, V50)).toBeCloseTo(rpe, 10);
  });

  it(`stays within ${RPE_MIN}–${RPE_MAX} and never falls as the pace quickens`, () => {
    expect(RPE_MIN).toBe(1);
    expect(RPE_MAX).toBe(10);
    let prev = 0;
    for (let pace = 700; pace >= 120; pace -= 1) {
      const r = rpeFromPace(pace, V50);
      expect(r).toBeGreaterThanOrEqual(prev);
      expect(r).toBeGreaterThanOrEqual(1);
      expect(r).toBeLessThanOrEqual(10);
      prev = r;
    }
  });

  it('keeps the curve monotone for stored paces out of order', () => {
    // Marathon pace slower than the slow end of easy: the anchors are pushed 1 s apart, not crossed.
    const odd: Paces = { ...V50, marathon: { minSecPerKm: 400, maxSecPerKm: 410 } };
    let prev = 0;
    for (let pace = 700; pace >= 120; pace -= 0.5) {
      const r = rpeFromPace(pace, odd);
      expect(Number.isFinite(r)).toBe(true);
      expect(r).toBeGreaterThanOrEqual(prev);
      prev = r;
    }
  });

  it('reads a NaN pace as the slowest anchor', () => {
    expect(rpeFromPace(Number.NaN, V50)).toBe(1);
  });
});

describe('the RPE an unrated run counts with', () => {
  it('is estimated from the pace, to one decimal, when the paces are known', () => {
    // 10 km in 56:10 = 337 s/km.
    expect(estimateRpe({ distanceKm: 10, durationSec: 3370 }, { paces: V50, workoutType: 'tempo' })).toBe(2.5);
    // 8 km in 34:00 = 255 s/km, threshold.
    expect(estimateRpe({ distanceKm: 8, durationSec: 2040 }, { paces: V50, workoutType: null })).toBe(6);
    // 1 km in 5:00 (300 s/km): 3 + (322 − 300)/(322 − 271) = 3.43 → 3.4.
    expect(estimateRpe({ distanceKm: 1, durationSec: 300 }, { paces: V50, workoutType: null })).toBe(3.4);
  });

  it.each([
    ['recovery', 2],
    ['easy', 3],
    ['long', 3],
    ['marathon_pace', 4],
    ['tempo', 6],
    ['hills', 7],
    ['intervals', 8],
    ['race', 9],
  ] as const)('without paces, a planned %s reads %d', (type, rpe) => {
    expect(RPE_BY_TYPE[type]).toBe(rpe);
    expect(estimateRpe({ distanceKm: 10, durationSec: 3000 }, { paces: null, workoutType: type })).toBe(rpe);
  });

  it('without paces or a workout, or without a distance or duration to read a pace from, falls back', () => {
    expect(DEFAULT_RPE).toBe(3);
    expect(estimateRpe({ distanceKm: 10, durationSec: 3000 }, { paces: null, workoutType: null })).toBe(3);
    expect(estimateRpe({ distanceKm: 0, durationSec: 3000 }, { paces: V50, workoutType: null })).toBe(3);
    expect(estimateRpe({ distanceKm: 5, durationSec: 0 }, { paces: V50, workoutType: 'intervals' })).toBe(8);
  });

  it("is the runner's own rating when there is one, 0 included", () => {
    const c = { paces: V50, workoutType: 'tempo' as const };
    expect(runRpe({ distanceKm: 10, durationSec: 3370, rpe: 7 }, c)).toBe(7);
    expect(runRpe({ distanceKm: 10, durationSec: 3370, rpe: 0 }, c)).toBe(0);
    expect(runRpe({ distanceKm: 10, durationSec: 3370, rpe: null }, c)).toBe(2.5);
    expect(runRpe({ distanceKm: 10, durationSec: 3370 }, c)).toBe(2.5);
  });
});
