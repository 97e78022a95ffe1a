/**
 * Training paces from VDOT (Daniels' Running Formula, 3rd ed.): each zone is a fraction of VDOT turned
 * back into a speed with the oxygen-cost equation; marathon pace is the predicted marathon's average.
 */
import { GOAL_KM, KM_PER_MILE } from './distances.ts';
import { predictRaceTimeSec } from './race-prediction.ts';
import type { PaceRange, Paces } from './types.ts';
import { velocityForOxygenCost } from './vdot.ts';

/** Fractions of VDOT per zone (design.md rule 11, after Daniels 3rd ed.). */
export const ZONE_FRACTIONS = {
  /**
   * Easy/long: 59–66 % of VDOT, Daniels' E band (VDOT 50 gives about 5:22–5:52 /km, his calculator 5:21–5:53;
   * design.md rule 11). The old 59–74 % let easy days run 30 s/km too fast.
   */
  easy: [0.59, 0.66],
  /** Threshold: 88 % of VDOT (about an hour's race effort). */
  threshold: 0.88,
  /** Interval: 97.5–100 % of VDOT (3–5 min reps at VO2max). */
  interval: [0.975, 1.0],
  /** Repetition: about 105–110 % of VDOT (mile-race speed and faster). */
  repetition: [1.05, 1.1],
} as const;

/** Seconds either side of a single target pace (marathon, threshold) so a band can be shown. */
const BAND_SEC = 3;
const SEC_PER_MILE_PER_SEC_PER_KM = KM_PER_MILE;

/** Seconds per km at `fraction` of VDOT. */
export function paceAtFraction(vdot: number, fraction: number): number {
  return 60_000 / velocityForOxygenCost(vdot * fraction);
}

function band(fasterFraction: number, slowerFraction: number, vdot: number): PaceRange {
  return {
    minSecPerKm: Math.round(paceAtFraction(vdot, fasterFraction)),
    maxSecPerKm: Math.round(paceAtFraction(vdot, slowerFraction)),
  };
}

function around(secPerKm: number): PaceRange {
  const s = Math.round(secPerKm);
  return { minSecPerKm: s - BAND_SEC, maxSecPerKm: s + BAND_SEC };
}

export function pacesFromVdot(vdot: number): Paces {
  const marathonPace = predictRaceTimeSec(vdot, GOAL_KM.marathon) / GOAL_KM.marathon;
  return {
    easy: band(ZONE_FRACTIONS.easy[1], ZONE_FRACTIONS.easy[0], vdot),
    marathon: around(marathonPace),
    threshold: around(paceAtFraction(vdot, ZONE_FRACTIONS.threshold)),
    interval: band(ZONE_FRACTIONS.interval[1], ZONE_FRACTIONS.interval[0], vdot),
    repetition: band(ZONE_FRACTIONS.repetition[1], ZONE_FRACTIONS.repetition[0], vdot),
  };
}

/** Seconds per mile for seconds per km. */
export function secPerMile(secPerKm: number): number {
  return secPerKm * SEC_PER_MILE_PER_SEC_PER_KM;
}

export function paceRangePerMile(range: PaceRange): PaceRange {
  return { minSecPerKm: secPerMile(range.minSecPerKm), maxSecPerKm: secPerMile(range.maxSecPerKm) };
}
