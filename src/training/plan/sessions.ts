/**
 * Builds one workout (type, structured steps, title, description) from a session kind and a distance.
 * Main-set volumes follow Daniels' Running Formula (3rd ed.) limits relative to the week's volume; warm-up and
 * cool-down fill the rest of the distance. A session that does not fit its distance falls back to an easy run.
 */
import type { GoalDistance, PaceRange, Paces, Workout, WorkoutStep, WorkoutType, Zone } from '../types.ts';
import { DANIELS_LIMITS, MIN_QUALITY_KM } from './constants.ts';
import { describeWorkout } from './describe.ts';
import { paceFor, round1, round2, step, stepsKm } from './steps.ts';

export type Session =
  | 'easy'
  | 'recovery'
  | 'strides'
  | 'shakeout'
  | 'medium_long'
  | 'long'
  | 'long_mp'
  | 'tempo'
  | 'intervals'
  | 'repetition'
  | 'hills'
  | 'marathon_pace'
  | 'sharpener'
  | 'race';

export interface SessionContext {
  paces: Paces | null;
  racePace: PaceRange | null;
  /** Planned km of the week (Daniels' limits are shares of it). */
  weekKm: number;
  goal: GoalDistance;
  /** Cap on marathon-pace work per session (plans that keep quality minimal). */
  maxMarathonKm?: number;
}

/** Warm-up and cool-down 1–3 km each (rule 6; Daniels asks for 10–20 minutes each). */
const MIN_WARM_KM = 1;
const MAX_WARM_KM = 3;
/** Strides: 6 × 100 m with walk-back recoveries (Daniels' strides). */
const STRIDES = { reps: 6, km: 0.1 } as const;
/** Cruise intervals: 1.6 km (one mile) at T with a minute's jog (≈ 200 m) between (Daniels). */
const CRUISE = { repKm: 1.6, recoveryKm: 0.2, continuousMaxKm: 6 } as const;
/** Hill repeats: about 200 m (60–75 s) uphill, jog down (Pfitzinger & Douglas; Daniels phase I). */
const HILL = { repKm: 0.2, minReps: 4, maxReps: 10, share: 0.05 } as const;
/**
 * Smallest threshold dose that still makes a session: 1 km at T (about 5 minutes). Daniels' 10 % share allows it
 * from 10 km a week, so low-volume plans still touch threshold instead of falling back to easy runs.
 */
const MIN_THRESHOLD_KM = 1;
/** Interval reps: at least three 400s at I (1.2 km of work, within Daniels' 8 % from 15 km a week). */
const MIN_INTERVAL_REPS = 3;
/** Warm-up and cool-down of a race-week sharpener: 1.5 km each (Daniels: 10–20 minutes easy). */
const SHARPENER_WARM_KM = 1.5;
/**
 * Race-week sharpeners, a few short pieces well short of fatigue (Pfitzinger's race-week tune-ups, Daniels'
 * final-week T and R work): 4–6 × 200 m at race pace for a 5K, 3–4 × 400 m at race pace for a 10K, 2–3 × 1 km at
 * half-marathon race pace (Pfitzinger's race-week goal-pace miles; threshold would pass Daniels' 10 % of a taper week), 3 km at marathon pace for the marathon.
 */
const SHARPENER = {
  '5k': { repKm: 0.2, recoveryKm: 0.2, minReps: 4, maxReps: 6, zone: 'race', type: 'intervals' },
  '10k': { repKm: 0.4, recoveryKm: 0.2, minReps: 3, maxReps: 4, zone: 'race', type: 'intervals' },
  half: { repKm: 1, recoveryKm: 0.2, minReps: 2, maxReps: 3, zone: 'race', type: 'tempo' },
  marathon: { repKm: 3, recoveryKm: 0, minReps: 1, maxReps: 1, zone: 'marathon', type: 'marathon_pace' },
} as const satisfies Record<
  GoalDistance,
  { repKm: number; recoveryKm: number; minReps: number; maxReps: number; zone: Zone; type: WorkoutType }
>;

/** The longest a sharpener day gets: its biggest main set plus warm-up and cool-down. */
export function sharpenerMaxKm(goal: GoalDistance): number {
  const s = SHARPENER[goal];
  return round2(s.maxReps * s.repKm + (s.maxReps - 1) * s.recoveryKm + 2 * SHARPENER_WARM_KM);
}

export const SESSION_TYPE: Record<Session, WorkoutType> = {
  easy: 'easy',
  recovery: 'recovery',
  strides: 'easy',
  shakeout: 'easy',
  medium_long: 'easy',
  long: 'long',
  long_mp: 'long',
  tempo: 'tempo',
  intervals: 'intervals',
  repetition: 'intervals',
  hills: 'hills',
  marathon_pace: 'marathon_pace',
  sharpener: 'tempo',
  race: 'race',
};

/**
 * The workout of `session` on `date`, `km` long; a quality session whose warm-up and cool-down would pass 3 km each
 * comes out shorter (its distance is what its steps add up to).
 */
export function buildWorkout(date: string, session: Session, km: number, ctx: SessionContext): Workout {
  const built = buildSteps(session, session === 'race' ? km : round2(km), ctx);
  const distanceKm = session === 'race' ? km : stepsKm(built.steps);
  const { title, description } = describeWorkout(built.type, built.steps, distanceKm);
  return { date, type: built.type, distanceKm, title, description, status: 'planned', steps: built.steps };
}

function easySteps(km: number, ctx: SessionContext): { type: WorkoutType; steps: WorkoutStep[] } {
  return { type: 'easy', steps: [step('run', 'easy', km, paceFor('easy', ctx.paces, ctx.racePace))] };
}

/** Warm-up, main steps, cool-down that add up to `km`; null when the main set leaves too little around it. */
function framed(km: number, main: WorkoutStep[], ctx: SessionContext): WorkoutStep[] | null {
  const mainKm = stepsKm(main);
  const rest = Math.min(round2(km - mainKm), 2 * MAX_WARM_KM);
  if (rest < 2 * MIN_WARM_KM - 1e-9) return null;
  const warm = round1(rest / 2);
  const cool = round2(rest - warm);
  const easy = paceFor('easy', ctx.paces, ctx.racePace);
  return [step('warmup', 'easy', warm, easy), ...main, step('cooldown', 'easy', cool, easy)];
}

/**
 * Repetitions of `repKm`: Daniels' limit counts the work only (`workKm`); reps and recoveries together must fit in
 * the distance left after warm-up and cool-down (`roomKm`).
 */
function fitReps(
  workKm: number,
  roomKm: number,
  repKm: number,
  recoveryKm: number,
  minReps: number,
  maxReps: number,
): number {
  const byWork = Math.floor(workKm / repKm + 1e-9);
  const byRoom = Math.floor((roomKm + recoveryKm) / (repKm + recoveryKm) + 1e-9);
  const reps = Math.min(maxReps, byWork, byRoom);
  return reps < minReps ? 0 : reps;
}

/** Warm-up and cool-down each: 2 km on longer days, less on short ones (Daniels: 10–20 min easy). */
function warmKm(km: number): number {
  return km >= 10 ? 2 : km >= 7 ? 1.5 : MIN_WARM_KM;
}

function buildSteps(session: Session, km: number, ctx: SessionContext): { type: WorkoutType; steps: WorkoutStep[] } {
  const p = (z: Parameters<typeof paceFor>[0]) => paceFor(z, ctx.paces, ctx.racePace);
  const room = km - 2 * warmKm(km);
  switch (session) {
    case 'easy':
    case 'shakeout':
    case 'medium_long':
      return easySteps(km, ctx);
    case 'recovery':
      return { type: 'recovery', steps: [step('run', 'easy', km, p('easy'))] };
    case 'strides': {
      if (km < 0.4) return easySteps(km, ctx);
      // Very short days take three or four strides instead of six.
      const reps = km < 0.8 ? 3 : km < 1.2 ? 4 : STRIDES.reps;
      const strideKm = reps * STRIDES.km;
      return {
        type: 'easy',
        steps: [
          step('run', 'easy', km - strideKm, p('easy')),
          step('work', 'stride', STRIDES.km, p('stride'), reps, 0),
        ],
      };
    }
    case 'long':
      return { type: 'long', steps: [step('run', 'easy', km, p('easy'))] };
    case 'long_mp': {
      // Marathon-pace finish: the last ~30 % at M, within Daniels' M limit (Pfitzinger's MP long runs).
      const mp = round1(
        Math.min(
          km * 0.3,
          DANIELS_LIMITS.marathon.share * ctx.weekKm,
          12,
          ctx.maxMarathonKm ?? Number.POSITIVE_INFINITY,
        ),
      );
      if (mp < 3) return { type: 'long', steps: [step('run', 'easy', km, p('easy'))] };
      return {
        type: 'long',
        steps: [step('run', 'easy', km - mp, p('easy')), step('run', 'marathon', mp, p('marathon'))],
      };
    }
    case 'tempo': {
      const lim = DANIELS_LIMITS.threshold;
      const budget = Math.min(lim.share * ctx.weekKm, lim.maxKm, room);
      if (km < MIN_QUALITY_KM || budget < MIN_THRESHOLD_KM) return easySteps(km, ctx);
      if (budget <= CRUISE.continuousMaxKm) {
        const main = [step('work', 'threshold', Math.floor(budget * 2) / 2, p('threshold'))];
        return { type: 'tempo', steps: framed(km, main, ctx) ?? easySteps(km, ctx).steps };
      }
      const reps = fitReps(budget, room, CRUISE.repKm, CRUISE.recoveryKm, 3, 8);
      const main = [step('work', 'threshold', CRUISE.repKm, p('threshold'), reps, CRUISE.recoveryKm)];
      return { type: 'tempo', steps: framed(km, main, ctx) ?? easySteps(km, ctx).steps };
    }
    case 'intervals': {
      const lim = DANIELS_LIMITS.interval;
      const budget = Math.min(lim.share * ctx.weekKm, lim.maxKm);
      if (km < MIN_QUALITY_KM) return easySteps(km, ctx);
      // Rep length by event (Daniels: 3–5 min at I): 1200 m for half/marathon, 1000 m for 10K, 800 m for 5K.
      const preferred = ctx.goal === 'marathon' || ctx.goal === 'half' ? 1.2 : ctx.goal === '10k' ? 1.0 : 0.8;
      for (const repKm of [preferred, 0.8, 0.4]) {
        if (repKm > preferred) continue;
        const rec = repKm / 2;
        const reps = fitReps(budget, room, repKm, rec, MIN_INTERVAL_REPS, repKm >= 0.8 ? 8 : 12);
        if (reps === 0) continue;
        const main = [step('work', 'interval', repKm, p('interval'), reps, rec)];
        const steps = framed(km, main, ctx);
        if (steps) return { type: 'intervals', steps };
      }
      return easySteps(km, ctx);
    }
    case 'repetition': {
      const lim = DANIELS_LIMITS.repetition;
      const budget = Math.min(lim.share * ctx.weekKm, lim.maxKm);
      if (km < MIN_QUALITY_KM) return easySteps(km, ctx);
      for (const repKm of [0.4, 0.2]) {
        // R recoveries are full: jog the same distance (Daniels).
        // Daniels: repetitions at most 5 % of the week (no floor: a small week gets fewer or none).
        const reps = fitReps(budget, room, repKm, repKm, 4, 12);
        if (reps === 0) continue;
        const steps = framed(km, [step('work', 'repetition', repKm, p('repetition'), reps, repKm)], ctx);
        if (steps) return { type: 'intervals', steps };
      }
      return easySteps(km, ctx);
    }
    case 'hills': {
      if (km < MIN_QUALITY_KM) return easySteps(km, ctx);
      const target = Math.round((HILL.share * ctx.weekKm) / HILL.repKm);
      const reps = Math.max(
        0,
        Math.min(HILL.maxReps, Math.max(HILL.minReps, target), fitReps(99, room, HILL.repKm, HILL.repKm, 1, 99)),
      );
      if (reps < HILL.minReps) return easySteps(km, ctx);
      const steps = framed(km, [step('work', 'hill', HILL.repKm, null, reps, HILL.repKm)], ctx);
      return steps ? { type: 'hills', steps } : easySteps(km, ctx);
    }
    case 'marathon_pace': {
      const lim = DANIELS_LIMITS.marathon;
      const cap = Math.min(lim.share * ctx.weekKm, lim.maxKm, room, ctx.maxMarathonKm ?? Number.POSITIVE_INFINITY);
      const mp = Math.floor(cap * 2) / 2;
      if (km < MIN_QUALITY_KM || mp < 3) return easySteps(km, ctx);
      const steps = framed(km, [step('work', 'marathon', mp, p('marathon'))], ctx);
      return steps ? { type: 'marathon_pace', steps } : easySteps(km, ctx);
    }
    case 'sharpener': {
      if (km < MIN_QUALITY_KM) return easySteps(km, ctx);
      const sh = SHARPENER[ctx.goal];
      const space = km - 2 * MIN_WARM_KM;
      // Threshold sharpeners stay within Daniels' 10 % of the (tapered) week.
      const byLimit =
        (sh.zone as Zone) === 'threshold'
          ? Math.floor((DANIELS_LIMITS.threshold.share * ctx.weekKm) / sh.repKm + 1e-9)
          : Number.POSITIVE_INFINITY;
      const reps = Math.min(
        sh.maxReps,
        byLimit,
        Math.floor((space + sh.recoveryKm) / (sh.repKm + sh.recoveryKm) + 1e-9),
      );
      if (reps < sh.minReps) return easySteps(km, ctx);
      const main = [step('work', sh.zone, sh.repKm, p(sh.zone), reps, reps > 1 ? sh.recoveryKm : undefined)];
      const steps = framed(km, main, ctx);
      return steps ? { type: sh.type, steps } : easySteps(km, ctx);
    }
    case 'race':
      return { type: 'race', steps: [step('run', 'race', km, p('race'))] };
  }
}
