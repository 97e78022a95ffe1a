import { describe, expect, it } from 'vitest';
import { pacesFromVdot } from '../../../src/training/paces.ts';
import { EFFORT, paceFor, round1, round2, step, stepKm, stepsKm } from '../../../src/training/plan/steps.ts';
import type { Zone } from '../../../src/training/types.ts';

const paces = pacesFromVdot(50);
const race = { minSecPerKm: 268, maxSecPerKm: 272 };

describe('the pace of each zone', () => {
  it.each([
    ['easy', paces.easy],
    ['marathon', paces.marathon],
    ['threshold', paces.threshold],
    ['interval', paces.interval],
    ['repetition', paces.repetition],
    ['stride', paces.repetition], // strides at about repetition pace (Daniels)
    ['hill', null], // hills go by effort
    ['race', race],
  ] as const)('%s', (zone, pace) => {
    expect(paceFor(zone, paces, race)).toEqual(pace);
  });
  it('without paces only race pace is known', () => {
    expect(paceFor('easy', null, race)).toBeNull();
    expect(paceFor('race', null, race)).toEqual(race);
    expect(paceFor('race', paces, null)).toBeNull();
  });
});

describe('step lengths', () => {
  it('reps × work + (reps − 1) × recovery', () => {
    // 5 × 1 km with 400 m jogs: 5 + 4 × 0.4 = 6.6 km.
    expect(stepKm(step('work', 'interval', 1, null, 5, 0.4))).toBeCloseTo(6.6, 10);
    expect(stepKm(step('run', 'easy', 7.25, null))).toBe(7.25);
    // One rep has no recovery, whatever is given.
    expect(stepKm({ ...step('work', 'threshold', 3, null), recoveryKm: 0.5 })).toBe(3);
  });
  it('adds a workout up to hundredths', () => {
    const steps = [
      step('warmup', 'easy', 2, null),
      step('work', 'repetition', 0.2, null, 8, 0.2),
      step('cooldown', 'easy', 1.9, null),
    ];
    // 2 + (1.6 + 1.4) + 1.9
    expect(stepsKm(steps)).toBe(6.9);
    expect(stepsKm([])).toBe(0);
  });
});

describe('building a step', () => {
  it('rounds distances to hundredths and describes the effort', () => {
    expect(step('work', 'threshold', 3.333, paces.threshold)).toEqual({
      kind: 'work',
      reps: 1,
      distanceKm: 3.33,
      zone: 'threshold',
      pace: paces.threshold,
      effort: 'comfortably hard: a few words at a time',
    });
  });
  it('keeps a recovery only for repeated work', () => {
    expect(step('work', 'interval', 0.8, null, 6, 0.4).recoveryKm).toBe(0.4);
    expect(step('work', 'interval', 0.8, null, 1, 0.4)).not.toHaveProperty('recoveryKm');
    expect(step('work', 'stride', 0.1, null, 6, 0).recoveryKm).toBe(0);
  });
  it('has words for every zone', () => {
    const zones: Zone[] = ['easy', 'marathon', 'threshold', 'interval', 'repetition', 'hill', 'stride', 'race'];
    for (const z of zones) expect(EFFORT[z].length).toBeGreaterThan(5);
  });
});

describe('rounding', () => {
  it.each([
    [1.25, 1.3, 1.25],
    [1.249, 1.2, 1.25],
    [3.96, 4, 3.96],
    [0.044, 0, 0.04],
    [10, 10, 10],
  ])('%d → %d (tenths), %d (hundredths)', (x, r1, r2) => {
    expect(round1(x)).toBe(r1);
    expect(round2(x)).toBe(r2);
  });
});
