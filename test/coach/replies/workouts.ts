/** Workouts shaped as the engine stores them, for the reply builders' tests (no database needed). */
import type { StoredWorkout } from '../../../src/db/store/index.ts';

const P = (minSecPerKm: number, maxSecPerKm: number) => ({ minSecPerKm, maxSecPerKm });

export const INTERVALS: StoredWorkout = {
  date: '2026-12-02',
  type: 'intervals',
  distanceKm: 10,
  title: '6 × 800 m intervals',
  description: 'Warm up 2 km. 6 × 800 m at interval pace. Builds VO2max.',
  status: 'planned',
  steps: [
    { kind: 'warmup', reps: 1, distanceKm: 2, zone: 'easy', pace: P(330, 360), effort: 'easy, conversational' },
    {
      kind: 'work',
      reps: 6,
      distanceKm: 0.8,
      zone: 'interval',
      pace: P(245, 245),
      effort: 'hard, controlled',
      recoveryKm: 0.4,
    },
    { kind: 'cooldown', reps: 1, distanceKm: 2, zone: 'easy', pace: null, effort: 'easy' },
  ],
};

export const EASY_DONE: StoredWorkout = {
  date: '2026-12-01',
  type: 'easy',
  distanceKm: 8,
  title: 'Easy run <8k>',
  description: 'Easy running builds the aerobic base.',
  status: 'done',
  steps: [
    { kind: 'work', reps: 1, distanceKm: 7.5, zone: 'easy', pace: P(330, 360), effort: 'easy, conversational' },
    { kind: 'work', reps: 6, distanceKm: 0.1, zone: 'stride', pace: null, effort: 'quick and relaxed, walk back' },
  ],
};

export const LONG: StoredWorkout = {
  date: '2026-12-06',
  type: 'long',
  distanceKm: 18,
  title: 'Long run',
  description: 'Long run 18 km easy.',
  status: 'planned',
  steps: [],
};

export const RACE: StoredWorkout = {
  date: '2026-12-06',
  type: 'race',
  distanceKm: 21.1,
  title: 'Race day',
  description: 'Race!',
  status: 'planned',
  steps: [],
};

/** Cruise intervals of one mile each, skipped. */
export const TEMPO_SKIPPED: StoredWorkout = {
  date: '2026-12-03',
  type: 'tempo',
  distanceKm: 12,
  title: 'Cruise intervals 3 × 1.6 km',
  description: 'Three cruise intervals. Raises the threshold.',
  status: 'skipped',
  steps: [
    {
      kind: 'work',
      reps: 3,
      distanceKm: 1.609344,
      zone: 'threshold',
      pace: null,
      effort: 'comfortably hard',
      recoveryKm: 0.2,
    },
  ],
};

export const HILLS_MISSED: StoredWorkout = {
  date: '2026-12-04',
  type: 'hills',
  distanceKm: 9,
  title: 'Hills 8 × 200 m',
  description: 'Hill repeats. Strength.',
  status: 'missed',
  steps: [{ kind: 'work', reps: 8, distanceKm: 0.2, zone: 'hill', pace: null, effort: 'strong uphill, jog down' }],
};
