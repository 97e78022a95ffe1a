/**
 * FIT workout files, decoded by Garmin's own FIT SDK (a devDependency used only here, as the reference decoder that
 * watches follow): every workout type round-trips with its steps, distances and speed targets.
 */
import { Decoder, Stream } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../src/training/plan/generate.ts';
import type { Plan, Workout, WorkoutType } from '../../src/training/types.ts';
import { encodeWorkoutFit, fitSteps } from '../../src/workouts/fit.ts';

interface DecodedStep {
  messageIndex: number;
  wktStepName?: string;
  durationType: string;
  durationDistance?: number;
  durationStep?: number;
  repeatSteps?: number;
  targetType: string;
  customTargetSpeedLow?: number;
  customTargetSpeedHigh?: number;
  intensity: string;
}

function decode(bytes: Uint8Array) {
  const decoder = new Decoder(Stream.fromByteArray(Array.from(bytes)));
  expect(decoder.isFIT()).toBe(true);
  expect(decoder.checkIntegrity()).toBe(true);
  const { messages, errors } = decoder.read();
  expect(errors).toEqual([]);
  return messages as {
    fileIdMesgs: { type: string }[];
    workoutMesgs: { sport: string; numValidSteps: number; wktName: string }[];
    workoutStepMesgs: DecodedStep[];
  };
}

/** The distance a watch runs through the decoded steps (repeats expanded). */
function expandedMetres(steps: DecodedStep[]): number {
  let total = 0;
  const run = (from: number, to: number): number => {
    let m = 0;
    for (let i = from; i < to; i++) {
      const s = steps[i] as DecodedStep;
      if (s.durationType === 'repeatUntilStepsCmplt') {
        const start = s.durationStep ?? 0;
        const once = run(start, i);
        m += once * ((s.repeatSteps ?? 1) - 1);
      } else m += s.durationDistance ?? 0;
    }
    return m;
  };
  total = run(0, steps.length);
  return total;
}

function everyType(plan: Plan): Map<WorkoutType, Workout> {
  const byType = new Map<WorkoutType, Workout>();
  for (const w of plan.weeks.flatMap((wk) => wk.workouts)) if (!byType.has(w.type)) byType.set(w.type, w);
  return byType;
}

const withPaces = generatePlan({
  goal: 'marathon',
  raceDate: '2027-05-02',
  startDate: '2026-11-30',
  weeklyKm: 50,
  daysPerWeek: 5,
  longRunDay: 'sun',
  recentRace: { distance: '10k', timeSec: 45 * 60 },
});
const effortOnly = generatePlan({
  goal: 'half',
  raceDate: '2027-03-14',
  startDate: '2026-11-30',
  weeklyKm: 30,
  daysPerWeek: 4,
  longRunDay: 'sun',
});

describe('FIT workout files', () => {
  if (!withPaces.ok || !effortOnly.ok) throw new Error('plans');
  const types = everyType(withPaces.plan);

  it('the reference plan has every workout type', () => {
    for (const t of ['easy', 'long', 'tempo', 'intervals', 'race'] as const) expect(types.has(t), t).toBe(true);
    expect(types.size).toBeGreaterThanOrEqual(6);
  });

  for (const [type, workout] of everyType(withPaces.ok ? withPaces.plan : ({ weeks: [] } as unknown as Plan))) {
    it(`${type}: steps, distance within 1 % and speed targets from the paces survive the round trip`, () => {
      const m = decode(encodeWorkoutFit(workout, new Date('2026-11-30T08:00:00Z')));
      expect(m.fileIdMesgs[0]?.type).toBe('workout');
      expect(m.workoutMesgs[0]?.sport).toBe('running');
      const expected = fitSteps(workout);
      expect(m.workoutStepMesgs).toHaveLength(expected.length);
      expect(m.workoutMesgs[0]?.numValidSteps).toBe(expected.length);
      expect(Math.abs(expandedMetres(m.workoutStepMesgs) / 1000 - workout.distanceKm)).toBeLessThanOrEqual(
        workout.distanceKm * 0.01,
      );
      // Every paced step carries its band as a speed target (m/s), slow end first.
      const paced = workout.steps.filter((s) => s.pace);
      for (const step of paced) {
        const pace = step.pace as NonNullable<typeof step.pace>;
        const hit = m.workoutStepMesgs.find(
          (d) =>
            d.targetType === 'speed' &&
            Math.abs((d.customTargetSpeedLow ?? 0) - 1000 / pace.maxSecPerKm) < 0.002 &&
            Math.abs((d.customTargetSpeedHigh ?? 0) - 1000 / pace.minSecPerKm) < 0.002,
        );
        expect(hit, `${step.kind} ${step.zone}`).toBeDefined();
      }
      const kinds = new Set(workout.steps.map((s) => s.kind));
      if (kinds.has('warmup')) expect(m.workoutStepMesgs[0]?.intensity).toBe('warmup');
      if (kinds.has('cooldown')) expect(m.workoutStepMesgs.at(-1)?.intensity).toBe('cooldown');
      const reps = workout.steps.filter((s) => s.reps > 1);
      if (reps.length > 0) {
        const repeats = m.workoutStepMesgs.filter((d) => d.durationType === 'repeatUntilStepsCmplt');
        expect(repeats).toHaveLength(reps.length);
        expect(m.workoutStepMesgs.some((d) => d.intensity === 'recovery')).toBe(
          reps.some((s) => (s.recoveryKm ?? 0) > 0),
        );
      }
    });
  }

  it('an effort-only plan (no paces) gets open targets', () => {
    if (!effortOnly.ok) throw new Error('plan');
    for (const workout of everyType(effortOnly.plan).values()) {
      const m = decode(encodeWorkoutFit(workout, new Date('2026-11-30T08:00:00Z')));
      expect(m.workoutStepMesgs.every((d) => d.targetType === 'open')).toBe(true);
      expect(Math.abs(expandedMetres(m.workoutStepMesgs) / 1000 - workout.distanceKm)).toBeLessThanOrEqual(
        workout.distanceKm * 0.01,
      );
    }
  });
});
