/** Pace targets of the workouts still ahead, from a VDOT (a race result, or the fitness left after a break). */
import { GOAL_KM } from '../distances.ts';
import { parseDuration } from '../duration.ts';
import { pacesFromVdot } from '../paces.ts';
import { describeWorkout } from '../plan/describe.ts';
import { paceFor } from '../plan/steps.ts';
import { predictRaceTimeSec } from '../race-prediction.ts';
import type { PaceRange, Paces, Plan, Workout } from '../types.ts';
import { brief, isChangeable } from './plan-edit.ts';
import type { ChangeReason, PlanChange } from './types.ts';

/** Race pace band: goal pace ± 2 s/km, as the generator shows it. */
const RACE_PACE_BAND = 2;

/** Race-day pace: the goal time when there is one, else the time predicted from `vdot`. */
export function racePaceFor(plan: Plan, vdot: number): { pace: PaceRange; predictedSec: number } {
  const goalKm = GOAL_KM[plan.goal.distance];
  const predictedSec = predictRaceTimeSec(vdot, goalKm);
  const goalSec = plan.goal.goalTime ? parseDuration(plan.goal.goalTime) : null;
  const perKm = Math.round((goalSec ?? predictedSec) / goalKm);
  return { pace: { minSecPerKm: perKm - RACE_PACE_BAND, maxSecPerKm: perKm + RACE_PACE_BAND }, predictedSec };
}

/**
 * Sets the pace of every step of the planned workouts from `from` on (not yet run, race excluded) from `paces`;
 * each workout whose text changes is logged with `why`. Mutates `plan`.
 */
export function repaceFrom(
  plan: Plan,
  paces: Paces,
  racePace: PaceRange,
  from: string,
  why: ChangeReason,
  changes: PlanChange[],
): void {
  for (const week of plan.weeks) {
    week.workouts = week.workouts.map((w): Workout => {
      if (w.date < from || !isChangeable(w, from)) return w;
      const steps = w.steps.map((s) => ({ ...s, pace: s.zone === 'hill' ? null : paceFor(s.zone, paces, racePace) }));
      const updated = { ...w, steps, ...describeWorkout(w.type, steps, w.distanceKm) };
      if (updated.description === w.description) return w;
      changes.push({ date: w.date, before: brief(w), after: brief(updated), reasons: [why] });
      return updated;
    });
  }
}

export { pacesFromVdot };
