import { describe, expect, it } from 'vitest';
import type { Workout } from '../../../src/training/types.ts';
import {
  FRIEL_ZONES,
  heartProfileProblem,
  hrMethod,
  hrRangeForZone,
  hrZoneTable,
  karvonen,
  workoutHrRange,
} from '../../../src/training/zones/heart-rate.ts';

const none = { maxHr: null, restingHr: null, lthrHr: null };

describe('Karvonen heart-rate reserve (Karvonen, Kentala & Mustala 1957)', () => {
  it('matches the textbook worked example: max 190, resting 60, 70 % → 151 bpm', () => {
    expect(karvonen(190, 60, 0.7)).toBeCloseTo(151, 6);
  });
  it('ACSM example: max 180, resting 70, 60–80 % → 136–158 bpm', () => {
    expect(karvonen(180, 70, 0.6)).toBeCloseTo(136, 6);
    expect(karvonen(180, 70, 0.8)).toBeCloseTo(158, 6);
  });
  it("gives Daniels' intensities on the reserve: easy 59–74 %, threshold 83–88 %", () => {
    const p = { ...none, maxHr: 190, restingHr: 50 };
    expect(hrMethod(p)).toBe('karvonen');
    // 50 + 0.59 × 140 = 132.6, 50 + 0.74 × 140 = 153.6
    expect(hrRangeForZone(p, 'easy')).toEqual({ min: 133, max: 154 });
    // 50 + 0.83 × 140 = 166.2, 50 + 0.88 × 140 = 173.2
    expect(hrRangeForZone(p, 'threshold')).toEqual({ min: 166, max: 173 });
    expect(hrRangeForZone(p, 'repetition')).toBeNull();
  });
});

describe("Friel's LTHR zones for running", () => {
  it('has the published percentages: Z2 85–89 %, Z3 90–94 %, Z4 95–99 %, Z5a 100–102 %, Z5b 103–106 %', () => {
    expect(FRIEL_ZONES.z2).toEqual([0.85, 0.89]);
    expect(FRIEL_ZONES.z3).toEqual([0.9, 0.94]);
    expect(FRIEL_ZONES.z4).toEqual([0.95, 0.99]);
    expect(FRIEL_ZONES.z5a).toEqual([1.0, 1.02]);
    expect(FRIEL_ZONES.z5b).toEqual([1.03, 1.06]);
  });
  it("reads Friel's chart for an LTHR of 170: Z2 145–151, Z3 153–160, Z5b 175–180", () => {
    const p = { ...none, lthrHr: 170 };
    expect(hrMethod(p)).toBe('friel');
    expect(hrRangeForZone(p, 'easy')?.max).toBe(151);
    expect(hrRangeForZone(p, 'marathon')).toEqual({ min: 153, max: 160 });
    expect(hrRangeForZone(p, 'interval')).toEqual({ min: 175, max: 180 });
  });
  it('is preferred over max and resting heart rate', () => {
    expect(hrMethod({ maxHr: 190, restingHr: 50, lthrHr: 170 })).toBe('friel');
  });
});

describe('maximum heart rate alone (Daniels: easy 65–79 % of max)', () => {
  it('gives 130–158 bpm for a max of 200', () => {
    const p = { ...none, maxHr: 200 };
    expect(hrMethod(p)).toBe('max');
    expect(hrRangeForZone(p, 'easy')).toEqual({ min: 130, max: 158 });
  });
});

describe('heart profile checks and workouts', () => {
  it('refuses a resting rate too close to the maximum and a threshold at or over it', () => {
    expect(heartProfileProblem({ maxHr: 120, restingHr: 100, lthrHr: null })).toMatchObject({
      code: 'reserve_too_small',
      restingHr: 100,
      maxHr: 120,
    });
    expect(heartProfileProblem({ maxHr: 180, restingHr: null, lthrHr: 185 })).toMatchObject({
      code: 'lthr_not_below_max',
      lthrHr: 185,
      maxHr: 180,
    });
    expect(heartProfileProblem({ maxHr: 190, restingHr: 50, lthrHr: 170 })).toBeNull();
  });
  it('nothing known: no zones', () => {
    expect(hrMethod(none)).toBeNull();
    expect(hrZoneTable(none)).toBeNull();
  });
  it('a workout gets the range of its type; repetitions and hills get none', () => {
    const p = { ...none, maxHr: 190, restingHr: 50 };
    const w = (type: Workout['type'], zone: Workout['steps'][number]['zone'] = 'easy') =>
      ({ type, steps: [{ kind: 'work', reps: 1, distanceKm: 1, zone, pace: null, effort: '' }] }) as Pick<
        Workout,
        'type' | 'steps'
      >;
    expect(workoutHrRange(p, w('long'))).toEqual(hrRangeForZone(p, 'easy'));
    expect(workoutHrRange(p, w('tempo', 'threshold'))).toEqual(hrRangeForZone(p, 'threshold'));
    expect(workoutHrRange(p, w('intervals', 'interval'))).toEqual(hrRangeForZone(p, 'interval'));
    expect(workoutHrRange(p, w('intervals', 'repetition'))).toBeNull();
    expect(workoutHrRange(p, w('hills', 'hill'))).toBeNull();
    expect(workoutHrRange(p, w('race', 'race'))).toBeNull();
  });
});
