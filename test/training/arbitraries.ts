/** fast-check generators for runners and their plan requests. */
import fc from 'fast-check';
import { addDays, GOAL_DISTANCES, type PlanRequest, WEEKDAY_NAMES } from '../../src/training/index.ts';

export const MIN_WEEKS = { '5k': 4, '10k': 6, half: 8, marathon: 12 } as const;

const FIRST_START = '2025-01-01';

/** A runner: every goal, 2–7 days, 5–120 km a week, 4–40 weeks out (plus 0–6 days), any long-run day. */
export const runnerArb = fc
  .record({
    goal: fc.constantFrom(...GOAL_DISTANCES),
    daysPerWeek: fc.integer({ min: 2, max: 7 }),
    weeklyKm: fc.integer({ min: 10, max: 240 }).map((x) => x / 2),
    weeksOut: fc.integer({ min: 4, max: 40 }),
    extraDays: fc.integer({ min: 0, max: 6 }),
    startOffset: fc.integer({ min: 0, max: 1500 }),
    longRunDay: fc.constantFrom(...WEEKDAY_NAMES),
    race: fc.option(
      fc.record({ distance: fc.constantFrom(...GOAL_DISTANCES), vdot: fc.integer({ min: 28, max: 75 }) }),
      { nil: undefined },
    ),
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
    return { req, race: r.race, spanDays: r.weeksOut * 7 + r.extraDays };
  });

/** Runners rule 9 names: ≥ 40 km a week, ≤ 13 km a run on average, at least 12 weeks. */
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
    const maxKm = 13 * r.daysPerWeek;
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
