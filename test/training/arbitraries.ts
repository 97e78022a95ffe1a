/** fast-check generators for runners and their plan requests. */
import fc from 'fast-check';
import {
  addDays,
  GOAL_DISTANCES,
  GOAL_KM,
  type PlanRequest,
  predictRaceTimeSec,
  WEEKDAY_NAMES,
} from '../../src/training/index.ts';

export const MIN_WEEKS = { '5k': 4, '10k': 6, half: 8, marathon: 12 } as const;

const FIRST_START = '2025-01-01';

/**
 * A runner: every goal, 2–7 days, 5–140 km a week, 4–52 weeks out (plus 0–6 days), any long-run day, with or
 * without a recent race (and its date), a longest run of the last 30 days and a goal time.
 */
export const runnerArb = fc
  .record({
    goal: fc.constantFrom(...GOAL_DISTANCES),
    daysPerWeek: fc.integer({ min: 2, max: 7 }),
    weeklyKm: fc.integer({ min: 10, max: 280 }).map((x) => x / 2),
    weeksOut: fc.integer({ min: 4, max: 51 }),
    extraDays: fc.integer({ min: 0, max: 6 }),
    startOffset: fc.integer({ min: 0, max: 1500 }),
    longRunDay: fc.constantFrom(...WEEKDAY_NAMES),
    race: fc.option(
      fc.record({
        distance: fc.constantFrom(...GOAL_DISTANCES),
        vdot: fc.integer({ min: 28, max: 75 }),
        daysAgo: fc.integer({ min: 0, max: 70 }),
      }),
      { nil: undefined },
    ),
    /** Longest run of the last 30 days as a share of the weekly volume (the runner's answer), or unknown. */
    longestShare: fc.option(fc.integer({ min: 15, max: 60 }), { nil: undefined }),
    /** Goal VDOT minus the race's VDOT (or a goal without a race). */
    goalDelta: fc.option(fc.integer({ min: -3, max: 12 }), { nil: undefined }),
  })
  .map((r) => {
    const startDate = addDays(FIRST_START, r.startOffset);
    const req: PlanRequest = {
      goal: r.goal,
      startDate,
      raceDate: addDays(startDate, r.weeksOut * 7 + r.extraDays - 1),
      weeklyKm: r.weeklyKm,
      daysPerWeek: r.daysPerWeek,
      longRunDay: r.longRunDay,
    };
    if (r.longestShare !== undefined)
      req.longestRunKm = Math.min(35, Math.round((r.weeklyKm * r.longestShare) / 10) / 10);
    const race = r.race && { distance: r.race.distance, vdot: r.race.vdot, date: addDays(startDate, -r.race.daysAgo) };
    if (r.goalDelta !== undefined) {
      const v = (r.race?.vdot ?? 45) + r.goalDelta;
      req.goalTimeSec = Math.round(predictRaceTimeSec(v, GOAL_KM[r.goal]));
    }
    return { req, race, spanDays: r.weeksOut * 7 + r.extraDays };
  });

/** The request with its race result (time from the VDOT, Daniels–Gilbert). */
export function withRace(
  req: PlanRequest,
  race?: { distance: PlanRequest['goal']; vdot: number; date?: string },
): PlanRequest {
  if (!race) return req;
  const timeSec = Math.round(predictRaceTimeSec(race.vdot, GOAL_KM[race.distance]));
  return { ...req, recentRace: { distance: race.distance, timeSec, ...(race.date ? { date: race.date } : {}) } };
}

/** Runners rule 9 names: ≥ 40 km a week (up to 20 km a run on average), at least 12 weeks. */
export const rule9RunnerArb = fc
  .record({
    goal: fc.constantFrom(...GOAL_DISTANCES),
    daysPerWeek: fc.integer({ min: 4, max: 7 }),
    perRun: fc.double({ min: 0, max: 1, noNaN: true }),
    weeksOut: fc.integer({ min: 12, max: 40 }),
    extraDays: fc.integer({ min: 0, max: 6 }),
    startOffset: fc.integer({ min: 0, max: 1500 }),
    longRunDay: fc.constantFrom(...WEEKDAY_NAMES),
  })
  .map((r) => {
    const startDate = addDays(FIRST_START, r.startOffset);
    const maxKm = Math.min(140, 20 * r.daysPerWeek);
    const req: PlanRequest = {
      goal: r.goal,
      startDate,
      raceDate: addDays(startDate, r.weeksOut * 7 + r.extraDays - 1),
      weeklyKm: Math.round(40 + r.perRun * (maxKm - 40)),
      daysPerWeek: r.daysPerWeek,
      longRunDay: r.longRunDay,
    };
    return req;
  });
