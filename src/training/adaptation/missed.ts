/**
 * A missed or skipped workout. An easy run is simply let go. A key workout (anything hard but the race) moves to
 * another day of the same week only if that keeps hard days apart and the week's run days within the runner's
 * days; otherwise it is dropped — never crammed in (Daniels: missed quality is not made up by doubling up).
 */
import type { Advice } from '../notes.ts';
import type { Plan, Workout } from '../types.ts';
import { isHardType } from '../types.ts';
import { activeAt, clonePlan, isHardWorkout, recomputeTotals, replaceAt, weekIndexOf, workoutAt } from './plan-edit.ts';
import { repairVolumeRules } from './repair.ts';
import { hardNeighbour, runDaysInWeek, weekDatesFrom } from './spacing.ts';
import { type Adaptation, type ChangeReason, nameOf, type PlanChange } from './types.ts';

/** Days kept clear of hard sessions before the race (Pfitzinger's final days are easy). */
const RACE_BUFFER_DAYS = 3;

export function applyMissed(
  plan: Plan,
  date: string,
  today: string,
  status: 'missed' | 'skipped' = 'missed',
  reason?: string,
): Adaptation {
  const hit = workoutAt(plan, date);
  if (hit?.workout.status !== 'planned') {
    return { plan, changes: [], refused: { code: 'no_workout', date } };
  }
  if (hit.workout.type === 'race') {
    return {
      plan,
      changes: [],
      refused: { code: 'race_not_skipped' },
    };
  }
  const next = clonePlan(plan);
  const changes: PlanChange[] = [];
  const original = workoutAt(next, date)?.workout as Workout;
  const marked: Workout = { ...original, status };
  const why: ChangeReason =
    status === 'missed' ? { code: 'missed' } : { code: 'skipped', ...(reason ? { note: reason } : {}) };
  replaceAt(next, date, marked, why, changes, original);
  let advice: Advice;
  if (!isHardType(original.type)) {
    advice = { code: 'missed_easy' };
  } else {
    const target = findSlot(next, marked, today);
    if (target) {
      const occupant = activeAt(next, target);
      const moved: Workout = { ...original, date: target, status: 'planned' };
      replaceAt(next, target, moved, { code: 'moved_from', date }, changes, occupant ?? undefined);
      advice = {
        code: 'missed_moved',
        workout: nameOf(original),
        date: target,
        replaces: occupant ? nameOf(occupant) : null,
      };
    } else {
      advice = { code: 'missed_dropped', workout: nameOf(original) };
    }
  }
  recomputeTotals(next);
  repairVolumeRules(next, today, changes);
  return { plan: next, changes, advice };
}

/** A later day of the same week where the key workout fits: a rest day (if run days allow) or an easy day. */
function findSlot(plan: Plan, w: Workout, today: string): string | null {
  const wi = weekIndexOf(plan, w.date);
  const raceBuffer = plan.goal.raceDate;
  const candidates = weekDatesFrom(plan, w.date, today).filter((d) => d > w.date);
  const rest: string[] = [];
  const easy: string[] = [];
  for (const d of candidates) {
    if (daysBefore(d, raceBuffer) < RACE_BUFFER_DAYS) continue;
    const occupant = activeAt(plan, d);
    if (occupant && (isHardWorkout(occupant) || occupant.status !== 'planned')) continue;
    if (hardNeighbour(plan, d, occupant ? [occupant] : [])) continue;
    if (!occupant) {
      if (runDaysInWeek(plan, wi) >= (plan.baseline?.daysPerWeek ?? 7)) continue;
      rest.push(d);
    } else {
      easy.push(d);
    }
  }
  return rest[0] ?? easy[0] ?? null;
}

function daysBefore(date: string, race: string): number {
  return (Date.parse(`${race}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000;
}

/** A run that covered 50–80 % of the plan: recorded as partial; nothing else changes. */
export function applyPartial(plan: Plan, date: string, doneKm: number): Adaptation {
  const hit = workoutAt(plan, date);
  if (!hit || hit.workout.type === 'race') return { plan, changes: [], refused: { code: 'no_workout', date } };
  const next = clonePlan(plan);
  const changes: PlanChange[] = [];
  const original = workoutAt(next, date)?.workout as Workout;
  replaceAt(
    next,
    date,
    { ...original, status: 'partial' },
    { code: 'partial', value: doneKm, ref: original.distanceKm },
    changes,
    original,
  );
  recomputeTotals(next);
  return { plan: next, changes, advice: { code: 'partial' } };
}
