/**
 * Moving a workout to another day of its week, if the rules allow: the day must be ahead, in the same week,
 * before the race, and the move must not put hard days back to back. A planned workout on the new day swaps
 * places with it. Otherwise the request is refused with the reason.
 */
import { shortDayLabel } from '../dates.ts';
import type { Plan, Workout } from '../types.ts';
import { isActive, isHardType } from '../types.ts';
import { activeAt, clonePlan, recomputeTotals, replaceAt, weekIndexOf, workoutAt } from './plan-edit.ts';
import { hardNeighbour } from './spacing.ts';
import type { Adaptation, PlanChange } from './types.ts';

export function applyReschedule(plan: Plan, date: string, newDate: string, today: string): Adaptation {
  const refuse = (reason: string): Adaptation => ({ plan, changes: [], refused: reason, advice: reason });
  const hit = workoutAt(plan, date);
  if (hit?.workout.status !== 'planned') return refuse(`There is no planned workout on ${date} to move.`);
  const w = hit.workout;
  if (date === newDate) return refuse('That is the day it is already on.');
  if (date < today || newDate < today) return refuse('Past days stay as they are; pick a day from today on.');
  if (w.type === 'race') return refuse('The race date is fixed; to change it, make a new plan for the new date.');
  if (newDate >= plan.goal.raceDate) return refuse('Workouts stay before race day.');
  const wi = weekIndexOf(plan, date);
  if (weekIndexOf(plan, newDate) !== wi) {
    return refuse(
      `${w.title} can move only within its week (${plan.weeks[wi]?.startDate} on), so the week’s load stays safe.`,
    );
  }
  const occupant = activeAt(plan, newDate);
  if (occupant && occupant.status !== 'planned') return refuse(`${newDate} already has a run recorded.`);
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
        return refuse(
          `That would put ${x.title.toLowerCase()} (${shortDayLabel(d)}) next to ${clash.title.toLowerCase()} (${shortDayLabel(clash.date)} ${clash.date}): no hard days back to back.`,
        );
      }
    }
  }
  return { plan: next, changes, advice: `${w.title} is now on ${shortDayLabel(newDate)} ${newDate}.` };
}
