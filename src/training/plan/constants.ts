/**
 * Training constants of the plan generator, each with its source. Rule numbers refer to design.md,
 * "Training rules".
 */
import type { GoalDistance } from '../types.ts';

/** Rule 10: shortest plans, in weeks (Higdon's shortest novice plans; Pfitzinger's 12-week marathon). */
export const MIN_WEEKS: Record<GoalDistance, number> = { '5k': 4, '10k': 6, half: 8, marathon: 12 };
/** Rule 10: longest plan; weeks beyond the standard block are base building. */
export const MAX_WEEKS = 52;

/**
 * Length of a standard block, taper included: Pfitzinger & Douglas (Advanced Marathoning) 18-week marathon
 * plans, Higdon's 12-week half, 10-week 10K and 8-week 5K plans. Longer plans add base weeks in front.
 */
export const STANDARD_WEEKS: Record<GoalDistance, number> = { '5k': 8, '10k': 10, half: 12, marathon: 18 };

/** Weeks of taper, race week included (Pfitzinger: 3 weeks for the marathon, 2 for shorter races). */
export const TAPER_WEEKS: Record<GoalDistance, number> = { '5k': 2, '10k': 2, half: 2, marathon: 3 };

/**
 * Taper volumes as fractions of the peak week, earliest taper week first, race week last (race excluded).
 * Pfitzinger's taper runs about 80 %, 60 % and 40 % of peak for the marathon; rule 8 caps them at 90/75/50 %
 * (marathon), 80/50 % (half) and 60 % in race week for 5K and 10K.
 */
export const TAPER_FRACTIONS: Record<GoalDistance, readonly number[]> = {
  '5k': [0.85, 0.5],
  '10k': [0.8, 0.5],
  half: [0.72, 0.42],
  marathon: [0.82, 0.66, 0.4],
};

/** Long run in the taper weeks before race week as a fraction of the plan's longest long run (Pfitzinger). */
export const TAPER_LONG_FRACTIONS: Record<GoalDistance, readonly number[]> = {
  '5k': [0.75],
  '10k': [0.75],
  half: [0.65],
  marathon: [0.75, 0.55],
};

/**
 * Peak long run per goal: Pfitzinger's 20-mile (32 km) marathon long runs; about 20 km for the half,
 * 16 km for the 10K and 13 km for the 5K (Higdon intermediate plans). Rule 9's ranges contain all four.
 */
export const PEAK_LONG_KM: Record<GoalDistance, number> = { '5k': 13, '10k': 16, half: 20, marathon: 32 };

/**
 * Long run as a share of the week, kept just under rule 6's caps (50 % marathon, 45 % others) so rounding
 * cannot cross them. Higdon's novice marathon plans run long runs near half the week.
 */
export const LONG_SHARE: Record<GoalDistance, number> = { '5k': 0.44, '10k': 0.44, half: 0.44, marathon: 0.49 };
export const LONG_SHARE_CAP: Record<GoalDistance, number> = { '5k': 0.45, '10k': 0.45, half: 0.45, marathon: 0.5 };

/**
 * Peak weekly volume relative to the runner's current volume: grow by `factor`, at most `maxGainKm`, aiming for
 * at least `floorKm` when time allows. Pfitzinger's plan families (18/55 → 18/70 → 18/85) peak roughly a third
 * above where they start; shorter races need less added volume.
 */
export const PEAK_VOLUME: Record<GoalDistance, { factor: number; maxGainKm: number; floorKm: number }> = {
  '5k': { factor: 1.15, maxGainKm: 8, floorKm: 20 },
  '10k': { factor: 1.2, maxGainKm: 12, floorKm: 28 },
  half: { factor: 1.3, maxGainKm: 20, floorKm: 40 },
  marathon: { factor: 1.4, maxGainKm: 30, floorKm: 62 },
};

/** Rule 4: a week is at most 110 % of the largest of the three weeks before, plus 2 km. */
export const WEEK_GROWTH = { factor: 1.1, plusKm: 2, lookback: 3 } as const;
/**
 * Rule 5 (Frandsen et al., BJSM 2025, 5,205 runners: a run more than 10 % longer than the longest run of the
 * previous 30 days raised the injury hazard): every run at most 110 % of the longest of the 30 days before it,
 * plus 0.2 km for rounding.
 */
export const SPIKE = { factor: 1.1, plusKm: 0.2, windowDays: 30 } as const;
/** Rule 5: before the plan, without the runner's own answer, the longest run counts as 30 % of weekly km. */
export const CURRENT_LONG_SHARE = 0.3;

/**
 * Rule 6: long-run shares the generator aims at in weeks of 4+ runs, under rule 6's median (40 % marathon,
 * 35 % others); the last third of the block may use the ceiling (Pfitzinger's peak weeks carry the longest runs).
 */
export const LONG_SHARE_TARGET: Record<GoalDistance, number> = { '5k': 0.33, '10k': 0.33, half: 0.33, marathon: 0.38 };
/**
 * Rule 6: a long run lasts at most 2 h 30 min at the middle of the easy band (Daniels caps long runs at
 * 150 minutes), 3 h 30 min in marathon plans (Higdon's and Hansons' slow-runner ceiling), and 35 km.
 */
export const LONG_MAX_MIN: Record<GoalDistance, number> = { '5k': 150, '10k': 150, half: 150, marathon: 210 };
export const LONG_MAX_KM = 35;
/** Rule 9: peak long-run ranges for runners of 40+ km a week and 12+ weeks. */
export const PEAK_LONG_RANGE: Record<GoalDistance, readonly [number, number]> = {
  '5k': [8, 16],
  '10k': [12, 18],
  half: [15, 22],
  marathon: [28, 35],
};
/** Rule 7: no lighter week in the first three weeks of plans this long. */
export const NO_EARLY_CUTBACK_WEEKS = 12;

/**
 * Lighter week: 80 % of the week before, every fourth week at the latest (rule 7; Pfitzinger's recovery weeks
 * and Higdon's step-back weeks cut about a fifth).
 */
export const CUTBACK_FRACTION = 0.8;
export const CUTBACK_LONG_FRACTION = 0.8;
export const CUTBACK_EVERY = 4;

/** Smallest sensible runs: 3 km easy, 4 km for a session with warm-up and cool-down (runcoach's choice). */
export const MIN_RUN_KM = 3;
export const MIN_QUALITY_KM = 4;
/** Weekly volume floor for a plan (a beginner walking and jogging); lower inputs get a warning. */
export const MIN_WEEKLY_KM = 5;

/**
 * Daniels' Running Formula (3rd ed.) limits on quality volume per session, as a share of weekly km:
 * threshold ≤ 10 %, interval ≤ min(10 km, 8 %), repetition ≤ min(8 km, 5 %), marathon pace ≤ min(29 km, 20 %).
 */
export const DANIELS_LIMITS = {
  threshold: { share: 0.1, maxKm: 12 },
  interval: { share: 0.08, maxKm: 10 },
  repetition: { share: 0.05, maxKm: 8 },
  marathon: { share: 0.2, maxKm: 29 },
} as const;

/** Rule 9: up to 20 km a run on average is normal training (Pfitzinger's 18/55 averages about 18). */
export const MAX_REALISTIC_KM_PER_RUN = 20;

/**
 * Rule 8: the taper counts back from race day. Fractions of the peak 7-day volume the generator aims at for the
 * 7 days before the race, days 8–14 and days 15–21, under rule 8's caps (60/50 % in the last 7 days, 80 % half
 * and 75 % marathon in days 8–14, 90 % marathon in days 15–21; Pfitzinger's tapers run about 80/60/40 %).
 */
export const TAPER_DAY_FRACTIONS: Record<GoalDistance, readonly [number, number, number]> = {
  '5k': [0.52, 0.8, 1],
  '10k': [0.52, 0.78, 1],
  half: [0.42, 0.72, 1],
  marathon: [0.4, 0.66, 0.82],
};
export const TAPER_CAPS: Record<GoalDistance, readonly [number, number, number]> = {
  '5k': [0.6, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
  '10k': [0.6, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
  half: [0.5, 0.8, Number.POSITIVE_INFINITY],
  marathon: [0.5, 0.75, 0.9],
};
/** Days of taper counted back from race day (Pfitzinger: 3 weeks for the marathon, 2 for shorter races). */
export const TAPER_DAYS: Record<GoalDistance, number> = { '5k': 14, '10k': 14, half: 14, marathon: 21 };

/** Rule 14: novices (no recent race, under 20 km a week) run easy runs and strides only for 4 weeks. */
export const NOVICE = { weeklyKm: 20, easyDays: 28 } as const;

/** Long run a plan should reach to be ready for the distance (Hansons' 26 km marathon long run is the low end). */
export const READY_LONG_KM: Record<GoalDistance, number> = { '5k': 6, '10k': 10, half: 14, marathon: 26 };
