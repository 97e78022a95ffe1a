/** Plans the training tests share: built from a request, or the reference 18-week marathon runner. */
import { generatePlan, type Plan, type PlanRequest } from '../../src/training/index.ts';

/** A request that must produce a plan (the test fails with the engine's reason otherwise). */
export function planFor(req: PlanRequest): Plan {
  const outcome = generatePlan(req);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.plan;
}

/** 18 weeks to a marathon, 45 km a week on 5 days (Tue quality, Wed easy, Thu quality, Sat easy, Sun long), 10K in 45:00. */
export const MARATHON_18: PlanRequest = {
  goal: 'marathon',
  raceDate: '2026-10-25',
  startDate: '2026-06-22',
  weeklyKm: 45,
  daysPerWeek: 5,
  longRunDay: 'sun',
  recentRace: { distance: '10k', timeSec: 45 * 60 },
};
