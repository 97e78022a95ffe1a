/**
 * Moving a workout to another day of its week, if the rules allow: the day must be ahead, in the same week,
 * before the race, and the move must not put hard days back to back. A planned workout on the new day swaps
 * places with it. Otherwise the request is refused with the reason.
 */
import type { Refusal } from '../notes.ts';
import type { Plan, Workout } from '../types.ts';
import { isActive, isHardType } from '../types.ts';
import { activeAt, clonePlan, recomputeTotals, replaceAt, weekIndexOf, workoutAt } from './plan-edit.ts';
import { hardNeighbour } from './spacing.ts';
import { type Adaptation, nameOf, type PlanChange } from './types.ts';

export function applyReschedule(plan: Plan, date: string, newDate: string, today: string): Adaptation {
  const refuse = (reason: Refusal): Adaptation => ({ plan, changes: [], refused: reason });
  const hit = workoutAt(plan, date);
  if (hit?.workout.status !== 'planned') return refuse({ code: 'no_workout', date });
  const w = hit.workout;
  if (date === newDate) return refuse({ code: 'same_day' });
  if (date < today || newDate < today) return refuse({ code: 'past_day' });
  if (w.type === 'race') return refuse({ code: 'race_fixed' });
  if (newDate >= plan.goal.raceDate) return refuse({ code: 'after_race' });
  const wi = weekIndexOf(plan, date);
  if (weekIndexOf(plan, newDate) !== wi) {
    return refuse({ code: 'other_week', workout: nameOf(w), weekStart: plan.weeks[wi]?.startDate ?? date });
  }
  const occupant = activeAt(plan, newDate);
  if (occupant && occupant.status !== 'planned') return refuse({ code: 'day_taken', date: newDate });
  // Check spacing on the plan as it would be after the move (and swap).
  const next = clonePlan(plan);
  const moving = workoutAt(next, date)?.workout as Workout;
  const other = activeAt(next, newDate);
  const changes: PlanChange[] = [];
  if (other) replaceAt(next, date, { ...other, date }, { code: 'swapped', date: newDate }, changes, moving);
  else replaceAt(next, date, null, { code: 'moved_to', date: newDate }, changes, moving);
  const inactive = workoutAt(next, newDate)?.workout;
  replaceAt(
    next,
    newDate,
    { ...moving, date: newDate },
    { code: 'moved_from', date },
    changes,
    other ?? (inactive && !isActive(inactive) ? inactive : undefined),
  );
  recomputeTotals(next);
  for (const [d, x] of [
    [newDate, activeAt(next, newDate)],
    [date, activeAt(next, date)],
  ] as const) {
    if (x && isHardType(x.type)) {
      const clash = hardNeighbour(next, d, [x]);
      if (clash) {
        return refuse({
          code: 'hard_back_to_back',
          workout: nameOf(x),
          date: d,
          clash: nameOf(clash),
          clashDate: clash.date,
        });
      }
    }
  }
  return { plan: next, changes, advice: { code: 'moved', workout: nameOf(w), date: newDate } };
}
