import { describe, expect, it } from 'vitest';
import { pacesFromVdot } from '../../../src/training/paces.ts';
import {
  buildWorkout,
  SESSION_TYPE,
  type Session,
  type SessionContext,
  sharpenerMaxKm,
} from '../../../src/training/plan/sessions.ts';
import { stepsKm } from '../../../src/training/plan/steps.ts';
import type { Workout } from '../../../src/training/types.ts';

const paces = pacesFromVdot(50);
const racePace = { minSecPerKm: 269, maxSecPerKm: 273 };
const ctx = (weekKm: number, goal: SessionContext['goal'] = 'marathon'): SessionContext => ({
  paces,
  racePace,
  weekKm,
  goal,
});
/** kind zone reps×km(+recovery) per step. */
const shape = (w: Workout) =>
  w.steps.map(
    (s) => `${s.kind} ${s.zone} ${s.reps}×${s.distanceKm}${s.recoveryKm !== undefined ? `+${s.recoveryKm}` : ''}`,
  );
const D = '2026-06-02';

describe("quality sessions within Daniels' limits (Daniels' Running Formula, 3rd ed.)", () => {
  it('tempo: T at ≤ 10 % of the week, 2.5 km warm-up and cool-down', () => {
    const w = buildWorkout(D, 'tempo', 10, ctx(50));
    expect(w.type).toBe('tempo');
    expect(shape(w)).toEqual(['warmup easy 1×2.5', 'work threshold 1×5', 'cooldown easy 1×2.5']);
    expect(w.steps[1]?.pace).toEqual(paces.threshold);
    expect(w.steps[0]?.pace).toEqual(paces.easy);
    expect(w).toMatchObject({ distanceKm: 10, title: 'Tempo run', status: 'planned', date: D });
  });

  it('more than 6 km of T becomes cruise intervals of a mile with 200 m jogs', () => {
    // 10 % of 100 km = 10 km of T; room 14 − 4 = 10 km: 5 × 1.6 + 4 × 0.2 = 8.8 km.
    const w = buildWorkout(D, 'tempo', 14, ctx(100));
    expect(shape(w)).toEqual(['warmup easy 1×2.6', 'work threshold 5×1.6+0.2', 'cooldown easy 1×2.6']);
    expect(w.title).toBe('Cruise intervals 5 × 1600 m');
    expect(w.distanceKm).toBe(14);
  });

  it('intervals: 1200 m reps for the marathon at ≤ 8 % of the week, half-length jogs', () => {
    // 8 % of 50 km = 4 km: three 1200s.
    const w = buildWorkout(D, 'intervals', 10, ctx(50));
    expect(shape(w)).toEqual(['warmup easy 1×2.6', 'work interval 3×1.2+0.6', 'cooldown easy 1×2.6']);
    expect(w.title).toBe('Intervals 3 × 1200 m');
    expect(w.steps[1]?.pace).toEqual(paces.interval);
  });

  it('intervals fall back to 400s when the week is small', () => {
    // 5K, 20 km a week: 1.6 km of I allows no 800s (three needed), four 400s.
    const w = buildWorkout(D, 'intervals', 6, ctx(20, '5k'));
    expect(shape(w)).toEqual(['warmup easy 1×1.9', 'work interval 4×0.4+0.2', 'cooldown easy 1×1.9']);
    expect(w.title).toBe('Intervals 4 × 400 m');
  });

  it('repetitions: 400s at ≤ 5 % of the week with equal jogs', () => {
    const w = buildWorkout(D, 'repetition', 10, ctx(60));
    expect(w.type).toBe('intervals');
    expect(shape(w)).toEqual(['warmup easy 1×2.4', 'work repetition 7×0.4+0.4', 'cooldown easy 1×2.4']);
    expect(w.title).toBe('Repetitions 7 × 400 m');
  });

  it('hills: 200 m repeats without a pace, at most 10; a day with too much room comes out shorter (rule 6: ≤ 3 km frames)', () => {
    const w = buildWorkout(D, 'hills', 10, ctx(60));
    expect(shape(w)).toEqual(['warmup easy 1×3', 'work hill 10×0.2+0.2', 'cooldown easy 1×3']);
    expect(w.steps[1]?.pace).toBeNull();
    expect(w.distanceKm).toBe(9.8);
    expect(w.title).toBe('Hill repeats 10 × 200 m');
  });

  it('marathon pace: ≤ 20 % of the week', () => {
    const w = buildWorkout(D, 'marathon_pace', 16, ctx(60));
    expect(shape(w)).toEqual(['warmup easy 1×2', 'work marathon 1×12', 'cooldown easy 1×2']);
    expect(w.title).toBe('Marathon-pace run');
  });

  it('a long run with a marathon-pace finish: the last 30 %, within 20 % of the week and 12 km', () => {
    const w = buildWorkout(D, 'long_mp', 30, ctx(70));
    expect(shape(w)).toEqual(['run easy 1×21', 'run marathon 1×9']);
    expect(w.title).toBe('Long run, marathon-pace finish');
    expect(buildWorkout(D, 'long_mp', 30, ctx(100)).steps[1]?.distanceKm).toBe(9);
    expect(buildWorkout(D, 'long_mp', 40, ctx(100)).steps[1]?.distanceKm).toBe(12);
    // Under 3 km of M: a plain long run.
    expect(shape(buildWorkout(D, 'long_mp', 30, ctx(12)))).toEqual(['run easy 1×30']);
  });

  it.each(['tempo', 'intervals', 'repetition', 'hills', 'marathon_pace', 'sharpener'] as const)(
    'a %s under 4 km is an easy run',
    (session) => {
      const w = buildWorkout(D, session, 3.5, ctx(50));
      expect(w.type).toBe('easy');
      expect(shape(w)).toEqual(['run easy 1×3.5']);
    },
  );

  it('a tempo in a tiny week (< 1 km of T) is an easy run', () => {
    expect(buildWorkout(D, 'tempo', 6, ctx(9)).type).toBe('easy');
    expect(buildWorkout(D, 'tempo', 6, ctx(10)).type).toBe('tempo');
  });
});

describe('easy days', () => {
  it('easy, shakeout and medium-long runs are one easy step', () => {
    for (const s of ['easy', 'shakeout', 'medium_long'] as const) {
      const w = buildWorkout(D, s, 8, ctx(50));
      expect(w).toMatchObject({ type: 'easy', distanceKm: 8, title: 'Easy run' });
      expect(w.steps[0]?.pace).toEqual(paces.easy);
    }
    expect(buildWorkout(D, 'recovery', 5, ctx(50))).toMatchObject({ type: 'recovery', title: 'Recovery run' });
    expect(buildWorkout(D, 'long', 20, ctx(50))).toMatchObject({ type: 'long', title: 'Long run', distanceKm: 20 });
  });
  it('strides: 6 × 100 m at repetition pace with walk-backs (Daniels), fewer on very short days', () => {
    const w = buildWorkout(D, 'strides', 8, ctx(50));
    expect(shape(w)).toEqual(['run easy 1×7.4', 'work stride 6×0.1+0']);
    expect(w.steps[1]?.pace).toEqual(paces.repetition);
    expect(w).toMatchObject({ type: 'easy', distanceKm: 8, title: 'Easy run + strides' });
    expect(buildWorkout(D, 'strides', 1, ctx(50)).steps[1]?.reps).toBe(4);
    expect(buildWorkout(D, 'strides', 0.6, ctx(50)).steps[1]?.reps).toBe(3);
    expect(shape(buildWorkout(D, 'strides', 0.3, ctx(50)))).toEqual(['run easy 1×0.3']);
  });
  it('rounds the distance to hundredths', () => {
    expect(buildWorkout(D, 'easy', 6.666, ctx(50)).distanceKm).toBe(6.67);
  });
});

describe('race week', () => {
  it.each([
    ['5k', 5.2],
    ['10k', 5.2],
    ['half', 6.4],
    ['marathon', 6],
  ] as const)('the longest %s sharpener day is %d km', (goal, km) => {
    expect(sharpenerMaxKm(goal)).toBe(km);
  });
  it('5K: six 200s at race pace', () => {
    const w = buildWorkout(D, 'sharpener', 6, ctx(20, '5k'));
    expect(w.type).toBe('intervals');
    expect(shape(w)).toEqual(['warmup easy 1×1.9', 'work race 6×0.2+0.2', 'cooldown easy 1×1.9']);
    expect(w.steps[1]?.pace).toEqual(racePace);
  });
  it('half: three 1 km at race pace, as a tempo', () => {
    const w = buildWorkout(D, 'sharpener', 6.4, ctx(30, 'half'));
    expect(w.type).toBe('tempo');
    expect(shape(w)).toEqual(['warmup easy 1×1.5', 'work race 3×1+0.2', 'cooldown easy 1×1.5']);
  });
  it('marathon: 3 km at marathon pace', () => {
    const w = buildWorkout(D, 'sharpener', 8, ctx(30));
    expect(w.type).toBe('marathon_pace');
    expect(shape(w)).toEqual(['warmup easy 1×2.5', 'work marathon 1×3', 'cooldown easy 1×2.5']);
  });
  it('the race keeps its exact distance and carries race pace', () => {
    const w = buildWorkout('2026-10-25', 'race', 42.195, ctx(30));
    expect(w).toMatchObject({ type: 'race', distanceKm: 42.195, title: 'Race day: marathon' });
    expect(w.steps).toHaveLength(1);
    expect(w.steps[0]).toMatchObject({ zone: 'race', pace: racePace, distanceKm: 42.2 });
  });
});

describe('every session', () => {
  const sessions = Object.keys(SESSION_TYPE) as Session[];
  it('maps to its workout type', () => {
    expect(SESSION_TYPE).toMatchObject({
      strides: 'easy',
      long_mp: 'long',
      repetition: 'intervals',
      sharpener: 'tempo',
    });
  });
  it.each(sessions.filter((s) => s !== 'race'))('%s: steps add up to the distance, frames within 1–3 km', (s) => {
    for (const km of [4, 6.5, 9, 12, 16]) {
      const w = buildWorkout(D, s, km, ctx(55));
      expect(stepsKm(w.steps)).toBe(w.distanceKm);
      expect(w.distanceKm).toBeLessThanOrEqual(km);
      for (const st of w.steps.filter((x) => x.kind === 'warmup' || x.kind === 'cooldown')) {
        expect(st.distanceKm).toBeGreaterThanOrEqual(1);
        expect(st.distanceKm).toBeLessThanOrEqual(3);
      }
    }
  });
  it('without paces every step goes by effort (but race pace from the goal)', () => {
    const w = buildWorkout(D, 'intervals', 10, { ...ctx(50), paces: null });
    expect(w.steps.every((s) => s.pace === null)).toBe(true);
    expect(w.description).toMatch(/hard, about your 3K–5K race effort/);
  });
});
