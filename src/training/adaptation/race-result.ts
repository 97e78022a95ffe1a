/** A new race result: VDOT and paces update, and so do the pace targets of every workout still ahead. */
import { GOAL_KM, GOAL_LABEL } from '../distances.ts';
import { formatHms, parseDuration } from '../duration.ts';
import { pacesFromVdot } from '../paces.ts';
import { LONG_MAX_MIN } from '../plan/constants.ts';
import { describeWorkout } from '../plan/describe.ts';
import { paceFor } from '../plan/steps.ts';
import { predictRaceTimeSec } from '../race-prediction.ts';
import type { GoalDistance, Plan, Workout } from '../types.ts';
import { roundVdot, vdotFromPerformance } from '../vdot.ts';
import { brief, clonePlan, replaceAt, resizeWorkout, sessionContext } from './plan-edit.ts';
import { repairVolumeRules } from './repair.ts';
import type { Adaptation, PlanChange } from './types.ts';

const VDOT_RANGE = [15, 90] as const;
/** Race pace band: goal pace ± 2 s/km, as the generator shows it. */
const RACE_PACE_BAND = 2;

export function applyRaceResult(
  plan: Plan,
  result: { distance: GoalDistance; timeSec: number; date?: string },
  today: string,
): Adaptation {
  const raw = vdotFromPerformance(GOAL_KM[result.distance], result.timeSec);
  if (!(raw >= VDOT_RANGE[0] && raw <= VDOT_RANGE[1])) {
    return {
      plan,
      changes: [],
      refused: `A ${GOAL_LABEL[result.distance]} in ${formatHms(result.timeSec)} doesn't look right; check the time.`,
    };
  }
  const vdot = roundVdot(raw);
  const next = clonePlan(plan);
  const paces = pacesFromVdot(vdot);
  const goalKm = GOAL_KM[next.goal.distance];
  const predicted = predictRaceTimeSec(vdot, goalKm);
  const goalSec = next.goal.goalTime ? parseDuration(next.goal.goalTime) : null;
  const raceSec = goalSec ?? predicted;
  const racePace = {
    minSecPerKm: Math.round(raceSec / goalKm) - RACE_PACE_BAND,
    maxSecPerKm: Math.round(raceSec / goalKm) + RACE_PACE_BAND,
  };
  const before = plan.vdot;
  next.vdot = vdot;
  next.paces = paces;
  next.goal.predictedTime = formatHms(predicted);
  const changes: PlanChange[] = [];
  for (const week of next.weeks) {
    week.workouts = week.workouts.map((w): Workout => {
      if (w.date < today || w.status !== 'planned') return w;
      const steps = w.steps.map((s) => ({ ...s, pace: s.zone === 'hill' ? null : paceFor(s.zone, paces, racePace) }));
      const text = describeWorkout(w.type, steps, w.distanceKm);
      const updated = { ...w, steps, ...text };
      if (updated.description !== w.description) {
        changes.push({ date: w.date, before: brief(w), after: brief(updated), why: `New paces from VDOT ${vdot}.` });
      }
      return updated;
    });
  }
  // Slower paces make long runs last longer: rule 6's time cap (150 min, 210 for the marathon, at the middle of
  // the easy band) shortens the long runs still ahead, and the repair keeps them the longest runs of their weeks.
  const mid = (paces.easy.minSecPerKm + paces.easy.maxSecPerKm) / 2;
  const capKm = Math.floor(((LONG_MAX_MIN[next.goal.distance] * 60) / mid) * 2) / 2;
  let capped = false;
  for (const week of next.weeks) {
    for (const w of [...week.workouts]) {
      if (w.date < today || w.status !== 'planned' || w.type !== 'long' || w.distanceKm <= capKm) continue;
      replaceAt(
        next,
        w.date,
        resizeWorkout(w, capKm, sessionContext(next, week)),
        'Keeps the long run within its time cap at your new paces.',
        changes,
        w,
      );
      capped = true;
    }
  }
  if (capped) repairVolumeRules(next, today, changes);
  const advice =
    `Your ${GOAL_LABEL[result.distance]} in ${formatHms(result.timeSec)} gives a VDOT of ${vdot}` +
    `${before !== null ? ` (was ${before})` : ''}; paces are updated. Predicted ${GOAL_LABEL[next.goal.distance]}: ${formatHms(predicted)}.`;
  return { plan: next, changes, advice };
}
