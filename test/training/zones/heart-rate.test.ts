import { describe, expect, it } from 'vitest';
import type { Workout } from '../../../src/training/types.ts';
import {
  FRIEL_BANDS,
  FRIEL_ZONES,
  formatHrRange,
  HR_LIMITS,
  HR_METHOD_NAME,
  heartOf,
  heartProfileProblem,
  hrMethod,
  hrRangeForZone,
  hrZoneTable,
  KARVONEN_BANDS,
  karvonen,
  MAX_HR_BANDS,
  MIN_RESERVE_BPM,
  NO_HEART_PROFILE,
  workoutHrRange,
  workoutHrZone,
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

describe("the bands against Daniels' Running Formula (3rd ed.)", () => {
  it('Karvonen bands are the %VO2max of each pace (E 59–74, M 75–84, T 83–88, I 95–100)', () => {
    expect(KARVONEN_BANDS).toEqual({
      recovery: [0.59, 0.66],
      easy: [0.59, 0.74],
      marathon: [0.75, 0.84],
      threshold: [0.83, 0.88],
      interval: [0.95, 1.0],
    });
  });
  it('%-of-max bands are his heart-rate guide (E 65–79, M 80–90, T 88–92, I 98–100)', () => {
    expect(MAX_HR_BANDS).toEqual({
      recovery: [0.65, 0.72],
      easy: [0.65, 0.79],
      marathon: [0.8, 0.9],
      threshold: [0.88, 0.92],
      interval: [0.98, 1.0],
    });
  });
  it("Friel's bands sit on his zones: easy Z1–Z2, marathon Z3, threshold Z4–Z5a, intervals Z5b", () => {
    expect(FRIEL_BANDS.easy?.[1]).toBe(FRIEL_ZONES.z2[1]);
    expect(FRIEL_BANDS.marathon).toEqual(FRIEL_ZONES.z3);
    expect(FRIEL_BANDS.threshold).toEqual([FRIEL_ZONES.z4[0], FRIEL_ZONES.z5a[1]]);
    expect(FRIEL_BANDS.interval).toEqual(FRIEL_ZONES.z5b);
  });
});

describe('every zone for each method', () => {
  it.each([
    // max 200 alone: 0.65·200 … 1.0·200
    [
      { maxHr: 200, restingHr: null, lthrHr: null },
      'max',
      [
        ['recovery', 130, 144],
        ['easy and long', 130, 158],
        ['marathon pace', 160, 180],
        ['threshold', 176, 184],
        ['intervals', 196, 200],
      ],
    ],
    // max 185, resting 45 (reserve 140): 45 + 0.59·140 = 127.6 … 45 + 1.0·140 = 185
    [
      { maxHr: 185, restingHr: 45, lthrHr: null },
      'karvonen',
      [
        ['recovery', 128, 137],
        ['easy and long', 128, 149],
        ['marathon pace', 150, 163],
        ['threshold', 161, 168],
        ['intervals', 178, 185],
      ],
    ],
    // LTHR 160: 0.8·160 = 128 … 1.06·160 = 169.6
    [
      { maxHr: null, restingHr: null, lthrHr: 160 },
      'friel',
      [
        ['recovery', 128, 134],
        ['easy and long', 128, 142],
        ['marathon pace', 144, 150],
        ['threshold', 152, 163],
        ['intervals', 165, 170],
      ],
    ],
  ] as const)('%o by %s', (profile, method, rows) => {
    const table = hrZoneTable(profile);
    expect(table?.method).toBe(method);
    expect(table?.zones.map((z) => [z.zone, z.range.min, z.range.max])).toEqual(rows);
  });

  it('repetitions, hills, strides and race pace have no heart-rate range', () => {
    const p = { ...none, maxHr: 190 };
    for (const zone of ['repetition', 'hill', 'stride', 'race'] as const) expect(hrRangeForZone(p, zone)).toBeNull();
    expect(hrRangeForZone(none, 'easy')).toBeNull();
  });
});

describe('which method a profile allows', () => {
  it(`needs a reserve of ${MIN_RESERVE_BPM} beats for Karvonen, else falls back to the maximum`, () => {
    expect(MIN_RESERVE_BPM).toBe(40);
    expect(hrMethod({ maxHr: 180, restingHr: 140, lthrHr: null })).toBe('karvonen');
    expect(hrMethod({ maxHr: 180, restingHr: 141, lthrHr: null })).toBe('max');
    expect(heartProfileProblem({ maxHr: 180, restingHr: 140, lthrHr: null })).toBeNull();
    expect(heartProfileProblem({ maxHr: 180, restingHr: 141, lthrHr: null })?.code).toBe('reserve_too_small');
  });
  it('a resting rate alone gives nothing', () => {
    expect(hrMethod({ ...none, restingHr: 50 })).toBeNull();
    expect(heartProfileProblem({ ...none, restingHr: 50 })).toBeNull();
  });
  it('an LTHR one beat under the maximum is fine', () => {
    expect(heartProfileProblem({ maxHr: 180, restingHr: null, lthrHr: 179 })).toBeNull();
    expect(heartProfileProblem({ maxHr: 180, restingHr: null, lthrHr: 180 })?.code).toBe('lthr_not_below_max');
  });
  it('names every method', () => {
    expect(Object.keys(HR_METHOD_NAME).sort()).toEqual(['friel', 'karvonen', 'max']);
  });
  it('refuses typos by plausible limits', () => {
    expect(HR_LIMITS.maxHr).toEqual({ min: 120, max: 230 });
    expect(HR_LIMITS.restingHr).toEqual({ min: 30, max: 100 });
    expect(HR_LIMITS.lthrHr).toEqual({ min: 100, max: 215 });
  });
});

describe('workouts, formatting and stored runners', () => {
  const w = (type: Workout['type'], zone: Workout['steps'][number]['zone']) =>
    ({ type, steps: [{ kind: 'work', reps: 1, distanceKm: 1, zone, pace: null, effort: '' }] }) as Pick<
      Workout,
      'type' | 'steps'
    >;
  it.each([
    ['easy', 'easy', 'easy'],
    ['recovery', 'easy', 'recovery'],
    ['long', 'marathon', 'easy'],
    ['tempo', 'threshold', 'threshold'],
    ['intervals', 'interval', 'interval'],
    ['intervals', 'repetition', null],
    ['marathon_pace', 'marathon', 'marathon'],
    ['hills', 'hill', null],
    ['race', 'race', null],
  ] as const)('a %s workout with %s work is run in the %s zone', (type, zone, hrZone) => {
    expect(workoutHrZone(w(type, zone))).toBe(hrZone);
  });
  it('an intervals workout without a work step still reads as intervals', () => {
    expect(workoutHrZone({ type: 'intervals', steps: [] })).toBe('interval');
  });
  it('formats a range with an en dash', () => {
    expect(formatHrRange({ min: 133, max: 154 })).toBe('133–154 bpm');
  });
  it('reads a stored runner, or nobody', () => {
    const stored = { maxHr: 190, restingHr: 50, lthrHr: null, name: 'Ana', timezone: 'Europe/Lisbon' };
    expect(heartOf(stored)).toEqual({
      maxHr: 190,
      restingHr: 50,
      lthrHr: null,
    });
    expect(heartOf(null)).toBe(NO_HEART_PROFILE);
    expect(heartOf(undefined)).toEqual(none);
  });
});
