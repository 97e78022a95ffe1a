/**
 * A workout's words, built from its codes (type, steps, zones, distances, paces) in the runner's language, the way
 * src/training/plan/describe.ts builds the English ones: the engine's English `title` and `description` are not shown.
 */
import type { Format, Units } from './format.ts';
import { k, type Translate } from './messages.ts';
import type { PlanGoalDistance, Workout, WorkoutStatus, WorkoutStep, WorkoutType } from './types.ts';

export const TYPE_KEY: Record<WorkoutType, string> = {
  easy: k('type-easy'),
  recovery: k('type-recovery'),
  long: k('type-long'),
  tempo: k('type-tempo'),
  intervals: k('type-intervals'),
  marathon_pace: k('type-marathon-pace'),
  hills: k('type-hills'),
  race: k('type-race'),
};

/** Chip labels short enough for a seventh of a phone's width. */
export const CHIP_KEY: Record<WorkoutType, string> = {
  easy: k('chip-easy'),
  recovery: k('chip-recovery'),
  long: k('chip-long'),
  tempo: k('chip-tempo'),
  intervals: k('chip-intervals'),
  marathon_pace: k('chip-marathon-pace'),
  hills: k('chip-hills'),
  race: k('chip-race'),
};

export const STATUS_KEY: Record<WorkoutStatus, string> = {
  planned: k('status-planned'),
  done: k('status-done'),
  partial: k('status-partial'),
  skipped: k('status-skipped'),
  missed: k('status-missed'),
};

export const GOAL_KEY: Record<PlanGoalDistance, string> = {
  '5k': k('goal-5k'),
  '10k': k('goal-10k'),
  half: k('goal-half'),
  marathon: k('goal-marathon'),
};

const PURPOSE_KEY: Record<WorkoutType, string> = {
  easy: k('purpose-easy'),
  recovery: k('purpose-recovery'),
  long: k('purpose-long'),
  tempo: k('purpose-tempo'),
  intervals: k('purpose-intervals'),
  marathon_pace: k('purpose-marathon-pace'),
  hills: k('purpose-hills'),
  race: k('purpose-race'),
};

const STEP_KEY: Record<WorkoutStep['kind'], string> = {
  warmup: k('step-warmup'),
  run: k('step-run'),
  work: k('step-work'),
  cooldown: k('step-cooldown'),
};

const ZONE_KEY: Record<WorkoutStep['zone'], string> = {
  easy: k('zone-easy'),
  marathon: k('zone-marathon'),
  threshold: k('zone-threshold'),
  interval: k('zone-interval'),
  repetition: k('zone-repetition'),
  hill: k('zone-hill'),
  stride: k('zone-stride'),
  race: k('zone-race'),
};

/** How each intensity should feel (Daniels' descriptions, as the engine's EFFORT in src/training/plan/steps.ts). */
const EFFORT_KEY: Record<WorkoutStep['zone'], string> = {
  easy: k('effort-easy'),
  marathon: k('effort-marathon'),
  threshold: k('effort-threshold'),
  interval: k('effort-interval'),
  repetition: k('effort-repetition'),
  hill: k('effort-hill'),
  stride: k('effort-stride'),
  race: k('effort-race'),
};

/** Race distances the engine names (describe.ts RACE_NAMES). */
const RACES: [number, PlanGoalDistance][] = [
  [5, '5k'],
  [10, '10k'],
  [21.0975, 'half'],
  [42.195, 'marathon'],
];

function mainStep(steps: readonly WorkoutStep[]): WorkoutStep | undefined {
  return steps.find((s) => s.kind === 'work') ?? steps.find((s) => s.zone !== 'easy');
}

export function workoutTitle(workout: Pick<Workout, 'type' | 'steps' | 'distanceKm'>, t: Translate, f: Format): string {
  const main = mainStep(workout.steps);
  const reps = main ? { reps: main.reps, length: f.metres(main.distanceKm) } : null;
  switch (workout.type) {
    case 'easy':
      return t(main?.zone === 'stride' ? k('title-easy-strides') : k('title-easy'));
    case 'recovery':
      return t('title-recovery');
    case 'long':
      return t(main?.zone === 'marathon' ? k('title-long-mp') : k('title-long'));
    case 'tempo':
      return reps && reps.reps > 1 ? t('title-cruise', reps) : t('title-tempo');
    case 'intervals':
      return reps
        ? t(main?.zone === 'repetition' ? k('title-reps') : k('title-intervals'), reps)
        : t('title-intervals-plain');
    case 'marathon_pace':
      return t('title-marathon-pace');
    case 'hills':
      return reps ? t('title-hills', reps) : t('title-hills-plain');
    case 'race': {
      const race = RACES.find(([d]) => Math.abs(d - workout.distanceKm) < 0.01)?.[1];
      return race ? t('title-race', { race: t(GOAL_KEY[race]) }) : t('title-race-plain');
    }
  }
}

export function purposeText(type: WorkoutType, t: Translate): string {
  return t(PURPOSE_KEY[type]);
}

/** One structured step: "Work: 6 × 800 m interval" with its pace, how it should feel and the recovery. */
export function stepText(
  step: WorkoutStep,
  units: Units,
  t: Translate,
  f: Format,
): { title: string; pace: string | null; detail: string } {
  const args = {
    kind: t(STEP_KEY[step.kind]),
    zone: t(ZONE_KEY[step.zone]),
    distance: step.reps > 1 ? f.metres(step.distanceKm) : f.distance(step.distanceKm, units),
    reps: step.reps,
  };
  const title = t(step.reps > 1 ? k('step-repeats') : k('step-single'), args);
  const recovery =
    step.reps > 1 && step.recoveryKm
      ? t(step.zone === 'hill' ? k('step-recovery-hill') : k('step-recovery'), { distance: f.metres(step.recoveryKm) })
      : '';
  return {
    title,
    pace: f.pace(step.pace, units),
    detail: [t(EFFORT_KEY[step.zone]), recovery].filter(Boolean).join(' · '),
  };
}
