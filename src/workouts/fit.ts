/**
 * A planned workout as a FIT workout file (file type `workout`: one `file_id`, one `workout`, its `workout_step`s),
 * the format Garmin, COROS, Wahoo and intervals.icu import. Encoded with `@markw65/fit-file-writer` (MIT), which
 * knows the FIT profile's message and enum names.
 *
 * Values follow the FIT profile (FIT SDK, Profile.xlsx, `workout_step`): `duration_value` holds the
 * `duration_distance` sub-field in centimetres (scale 100, units m) when `duration_type` is `distance`;
 * `custom_target_value_low/high` hold `custom_target_speed_low/high` in mm/s (scale 1000, units m/s) when
 * `target_type` is `speed` and `target_value` is 0; a `repeat_until_steps_cmplt` step repeats from the step whose
 * `message_index` is its `duration_value` (`duration_step`), `target_value` (`repeat_steps`) times in all.
 */
import { lazyRequire } from '../util/lazy-require.ts';

// The FIT writer (~19 MiB at start, its message tables) loads on the first workout file asked for.
const fitFileWriter = lazyRequire<typeof import('@markw65/fit-file-writer')>('@markw65/fit-file-writer');

import { effortOf, workoutTitle } from '../coach/replies/workout.ts';
import { t } from '../messages/i18n.ts';
import type { Language } from '../messages/languages.ts';
import type { PaceRange, Workout, WorkoutStep } from '../training/types.ts';

type Intensity = 'warmup' | 'active' | 'recovery' | 'cooldown';

/** One decoded-shaped step: what the file says, before the FIT encoding. */
export interface FitStep {
  name: string;
  intensity: Intensity;
  /** A distance step, or a repeat of earlier steps. */
  kind: 'distance' | 'repeat';
  distanceM?: number;
  /** Speed band in m/s (slow end first); null for an open (effort-only) target. */
  speed?: { low: number; high: number } | null;
  notes?: string;
  /** For a repeat: the index of the first step repeated, and how many times the block runs in all. */
  fromStep?: number;
  times?: number;
}

/**
 * Step names shown on the watch, in the runner's language (locales/<lang>/exports.ftl; kept within 15 characters:
 * watch screens truncate around there).
 */
const STEP_NAME_KEYS: Record<WorkoutStep['kind'] | 'recovery' | 'race', string> = {
  warmup: 'exp-fit-warmup',
  run: 'exp-fit-run',
  work: 'exp-fit-rep',
  cooldown: 'exp-fit-cooldown',
  recovery: 'exp-fit-recovery',
  race: 'exp-fit-race',
};

export function fitStepName(kind: keyof typeof STEP_NAME_KEYS, lang: Language = 'en'): string {
  return t(lang, STEP_NAME_KEYS[kind]);
}

const INTENSITY: Record<WorkoutStep['kind'], Intensity> = {
  warmup: 'warmup',
  run: 'active',
  work: 'active',
  cooldown: 'cooldown',
};

/** A pace band (s/km, faster end first) as a speed band in m/s. */
export function speedBand(pace: PaceRange): { low: number; high: number } {
  return { low: 1000 / pace.maxSecPerKm, high: 1000 / pace.minSecPerKm };
}

/** The workout's steps as the watch runs them, named in `lang`: repeats folded into FIT repeat steps. */
export function fitSteps(workout: Workout, lang: Language = 'en'): FitStep[] {
  const out: FitStep[] = [];
  const plain = (step: WorkoutStep, name: string, intensity: Intensity, km: number): FitStep => ({
    name,
    intensity,
    kind: 'distance',
    distanceM: km * 1000,
    speed: step.pace ? speedBand(step.pace) : null,
    notes: effortOf(lang, step),
  });
  if (workout.steps.length === 0) {
    // A workout without structure (the race, or a plan from before steps): one open step of its distance.
    const name = fitStepName(workout.type === 'race' ? 'race' : 'run', lang);
    out.push({ name, intensity: 'active', kind: 'distance', distanceM: workout.distanceKm * 1000, speed: null });
    return out;
  }
  for (const step of workout.steps) {
    const name = fitStepName(step.kind, lang);
    const intensity = INTENSITY[step.kind];
    if (step.reps <= 1) {
      out.push(plain(step, name, intensity, step.distanceKm));
      continue;
    }
    const recoveryKm = step.recoveryKm ?? 0;
    const first = out.length;
    out.push(plain(step, name, intensity, step.distanceKm));
    if (recoveryKm > 0) {
      // reps × work with (reps − 1) recoveries between them: (work, recovery) × (reps − 1), then a last work.
      out.push({
        name: fitStepName('recovery', lang),
        intensity: 'recovery',
        kind: 'distance',
        distanceM: recoveryKm * 1000,
        speed: null,
        notes: t(lang, 'exp-fit-easy-jog'),
      });
      out.push({ name, intensity, kind: 'repeat', fromStep: first, times: step.reps - 1 });
      out.push(plain(step, name, intensity, step.distanceKm));
    } else {
      out.push({ name, intensity, kind: 'repeat', fromStep: first, times: step.reps });
    }
  }
  return out;
}

/**
 * FIT strings are UTF-8 (FIT protocol, "string" base type), but the writer puts one byte per UTF-16 unit
 * (`charCodeAt & 0xff`, sized by `.length`): hand it the UTF-8 bytes as a binary string, or "Разминка" reaches
 * the watch as " 07<8=:0". Texts are cut to `max` characters first (watch screens truncate around 15), by code
 * point, so a letter is never cut in half.
 */
export function fitString(s: string, max: number): string {
  const chars = Array.from(s);
  let clipped = s;
  if (chars.length > max) {
    // A cut text ends on a whole word when one is near ("…in full sentences" → "…in full"), not on half of one.
    const cut = chars.slice(0, max).join('');
    const space = cut.lastIndexOf(' ');
    clipped = space > cut.length / 2 ? cut.slice(0, space).replace(/[\s,;:–-]+$/u, '') : cut;
  }
  return Buffer.from(clipped, 'utf8').toString('latin1');
}

/**
 * The FIT workout file of a planned workout, its names and notes in `lang`. `createdAt` is written as the file's
 * creation time.
 */
export function encodeWorkoutFit(workout: Workout, createdAt: Date, lang: Language = 'en'): Uint8Array {
  const steps = fitSteps(workout, lang);
  const w = new (fitFileWriter().FitWriter)();
  const created = w.time(createdAt);
  w.writeMessage(
    'file_id',
    { type: 'workout', manufacturer: 'development', product: 0, serial_number: 1, time_created: created },
    null,
    true,
  );
  w.writeMessage(
    'workout',
    {
      sport: 'running',
      num_valid_steps: steps.length,
      wkt_name: fitString(`${workout.date} ${workoutTitle(workout, lang)}`, 40),
    },
    null,
    true,
  );
  steps.forEach((s, i) => {
    const last = i === steps.length - 1;
    if (s.kind === 'repeat') {
      w.writeMessage(
        'workout_step',
        {
          message_index: { value: i },
          duration_type: 'repeat_until_steps_cmplt',
          duration_value: s.fromStep ?? 0,
          target_type: 'open',
          target_value: s.times ?? 1,
          intensity: s.intensity,
        },
        null,
        last,
      );
      return;
    }
    w.writeMessage(
      'workout_step',
      {
        message_index: { value: i },
        wkt_step_name: fitString(s.name, 15),
        duration_type: 'distance',
        duration_value: Math.round((s.distanceM ?? 0) * 100),
        target_type: s.speed ? 'speed' : 'open',
        target_value: 0,
        custom_target_value_low: s.speed ? Math.round(s.speed.low * 1000) : 0,
        custom_target_value_high: s.speed ? Math.round(s.speed.high * 1000) : 0,
        intensity: s.intensity,
        notes: fitString(s.notes ?? '', 50),
      },
      null,
      last,
    );
  });
  const view = w.finish();
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice();
}

/** `2026-12-01-tempo.fit` */
export function fitFileName(workout: Workout): string {
  return `${workout.date}-${workout.type.replace(/_/g, '-')}.fit`;
}
