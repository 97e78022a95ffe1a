/**
 * Heart-rate zones from what the runner knows about their heart: a lactate-threshold heart rate (Friel), or a
 * maximum and resting heart rate (Karvonen's heart-rate reserve), or a maximum alone (Daniels' % of maximum).
 * Display only: the plan is built from paces and effort; these ranges stand beside them.
 */
import type { Workout, WorkoutType, Zone } from '../types.ts';

/** What the runner told us; each field is null when unknown. */
export interface HeartProfile {
  maxHr: number | null;
  restingHr: number | null;
  lthrHr: number | null;
}

/** Beats per minute, both ends inclusive. */
export interface HrRange {
  min: number;
  max: number;
}

export type HrMethod = 'friel' | 'karvonen' | 'max';

/** Plausible ranges, to refuse typos (a max of 1880) with a clear line. */
export const HR_LIMITS = {
  // The highest maxima measured in runners sit near 220; the lowest in older adults near 130.
  maxHr: { min: 120, max: 230 },
  // Elite endurance athletes rest near 30 bpm; above 100 is tachycardia at rest (AHA).
  restingHr: { min: 30, max: 100 },
  // LTHR sits at about 85–95 % of maximum (Friel), so within the maximum's range shifted down.
  lthrHr: { min: 100, max: 215 },
} as const;

/** A reserve under this many beats is not a real max/resting pair (a typo or the two swapped). */
export const MIN_RESERVE_BPM = 40;

/** Why a profile cannot make zones, as a code with its numbers (worded by the messages layer). */
export type HeartProblem =
  | { code: 'reserve_too_small'; restingHr: number; maxHr: number }
  | { code: 'lthr_not_below_max'; lthrHr: number; maxHr: number };

/** Why a profile cannot make zones, or null when it can (or when nothing is known). */
export function heartProfileProblem(p: HeartProfile): HeartProblem | null {
  if (p.maxHr !== null && p.restingHr !== null && p.maxHr - p.restingHr < MIN_RESERVE_BPM) {
    return { code: 'reserve_too_small', restingHr: p.restingHr, maxHr: p.maxHr };
  }
  if (p.maxHr !== null && p.lthrHr !== null && p.lthrHr >= p.maxHr) {
    return { code: 'lthr_not_below_max', lthrHr: p.lthrHr, maxHr: p.maxHr };
  }
  return null;
}

/** Which method the profile allows: Friel's LTHR zones are the most individual, then Karvonen, then % of max. */
export function hrMethod(p: HeartProfile): HrMethod | null {
  if (p.lthrHr !== null) return 'friel';
  if (p.maxHr !== null && p.restingHr !== null && p.maxHr - p.restingHr >= MIN_RESERVE_BPM) return 'karvonen';
  if (p.maxHr !== null) return 'max';
  return null;
}

/**
 * Karvonen, Kentala & Mustala 1957 (Ann Med Exp Biol Fenn 35:307): target = resting + intensity × (max − resting).
 * Worked example (ACSM's Guidelines): max 190, resting 60, 70 % → 60 + 0.7 × 130 = 151 bpm.
 */
export function karvonen(maxHr: number, restingHr: number, fraction: number): number {
  return restingHr + fraction * (maxHr - restingHr);
}

type Band = readonly [number, number];

/**
 * Intensity of each training zone as a fraction of heart-rate reserve. Daniels' Running Formula (3rd ed.) gives
 * each pace as a share of VO2max (E 59–74 %, M 75–84 %, T 83–88 %, I 95–100 %), and %HRR tracks %VO2 reserve
 * one to one (Swain & Leutholtz 1997, Med Sci Sports Exerc 29(3)), so the same fractions apply to the reserve.
 * Recovery is the low half of E. Repetitions, hills and strides are too short for heart rate to settle (Daniels):
 * they have no heart-rate range.
 */
export const KARVONEN_BANDS: Partial<Record<Zone | 'recovery', Band>> = {
  recovery: [0.59, 0.66],
  easy: [0.59, 0.74],
  marathon: [0.75, 0.84],
  threshold: [0.83, 0.88],
  interval: [0.95, 1.0],
};

/**
 * Daniels' Running Formula (3rd ed.) heart-rate guide as % of maximum: E 65–79 %, M 80–90 %, T 88–92 %,
 * I 98–100 %; recovery the low end of E.
 */
export const MAX_HR_BANDS: Partial<Record<Zone | 'recovery', Band>> = {
  recovery: [0.65, 0.72],
  easy: [0.65, 0.79],
  marathon: [0.8, 0.9],
  threshold: [0.88, 0.92],
  interval: [0.98, 1.0],
};

/**
 * Joe Friel's running zones as % of lactate-threshold heart rate ("Quick guide to setting zones", 2009; The
 * Triathlete's Training Bible): Z1 under 85 %, Z2 85–89 %, Z3 90–94 %, Z4 95–99 %, Z5a 100–102 %, Z5b 103–106 %,
 * Z5c over 106 %. Recovery runs in Z1 (its lower bound taken as 80 %, Friel's Z1 has none), easy and long runs
 * in Z1–Z2, marathon pace in Z3, threshold in Z4–Z5a, intervals in Z5b.
 */
export const FRIEL_ZONES = {
  z1: [0, 0.84],
  z2: [0.85, 0.89],
  z3: [0.9, 0.94],
  z4: [0.95, 0.99],
  z5a: [1.0, 1.02],
  z5b: [1.03, 1.06],
} as const;

export const FRIEL_BANDS: Partial<Record<Zone | 'recovery', Band>> = {
  recovery: [0.8, 0.84],
  easy: [0.8, 0.89],
  marathon: [0.9, 0.94],
  threshold: [0.95, 1.02],
  interval: [1.03, 1.06],
};

/** The heart-rate range of a zone for this runner, or null (nothing known, or a zone without one). */
export function hrRangeForZone(p: HeartProfile, zone: Zone | 'recovery'): HrRange | null {
  const method = hrMethod(p);
  if (method === null) return null;
  if (method === 'friel') {
    const band = FRIEL_BANDS[zone];
    const lthr = p.lthrHr as number;
    return band ? { min: Math.round(band[0] * lthr), max: Math.round(band[1] * lthr) } : null;
  }
  if (method === 'karvonen') {
    const band = KARVONEN_BANDS[zone];
    const max = p.maxHr as number;
    const rest = p.restingHr as number;
    return band
      ? { min: Math.round(karvonen(max, rest, band[0])), max: Math.round(karvonen(max, rest, band[1])) }
      : null;
  }
  const band = MAX_HR_BANDS[zone];
  const max = p.maxHr as number;
  return band ? { min: Math.round(band[0] * max), max: Math.round(band[1] * max) } : null;
}

/** The zone whose heart rate a workout's main block is run at; null for a race or a zone without one. */
export function workoutHrZone(w: Pick<Workout, 'type' | 'steps'>): Zone | 'recovery' | null {
  const byType: Record<WorkoutType, Zone | 'recovery' | null> = {
    easy: 'easy',
    recovery: 'recovery',
    long: 'easy',
    tempo: 'threshold',
    intervals: 'interval',
    marathon_pace: 'marathon',
    hills: null,
    race: null,
  };
  const work = w.steps.find((s) => s.kind === 'work');
  // Interval sessions may be repetitions (Daniels' R): no heart-rate target then.
  if (w.type === 'intervals' && work && work.zone !== 'interval') return null;
  return byType[w.type];
}

export function workoutHrRange(p: HeartProfile, w: Pick<Workout, 'type' | 'steps'>): HrRange | null {
  const zone = workoutHrZone(w);
  return zone ? hrRangeForZone(p, zone) : null;
}

export function formatHrRange(r: HrRange): string {
  return `${r.min}–${r.max} bpm`;
}

/** Every zone the runner has, for "what are my heart-rate zones?". */
export function hrZoneTable(p: HeartProfile): { method: HrMethod; zones: { zone: string; range: HrRange }[] } | null {
  const method = hrMethod(p);
  if (method === null) return null;
  const names: [Zone | 'recovery', string][] = [
    ['recovery', 'recovery'],
    ['easy', 'easy and long'],
    ['marathon', 'marathon pace'],
    ['threshold', 'threshold'],
    ['interval', 'intervals'],
  ];
  const zones = names.flatMap(([zone, name]) => {
    const range = hrRangeForZone(p, zone);
    return range ? [{ zone: name, range }] : [];
  });
  return { method, zones };
}

export const HR_METHOD_NAME: Record<HrMethod, string> = {
  friel: "Friel's zones from your threshold heart rate",
  karvonen: 'heart-rate reserve (Karvonen) from your maximum and resting heart rate',
  max: 'a share of your maximum heart rate (Daniels)',
};

export const NO_HEART_PROFILE: HeartProfile = { maxHr: null, restingHr: null, lthrHr: null };

/** The heart profile of a stored runner (or of nobody). */
export function heartOf(u: HeartProfile | null | undefined): HeartProfile {
  return u ? { maxHr: u.maxHr, restingHr: u.restingHr, lthrHr: u.lthrHr } : NO_HEART_PROFILE;
}
