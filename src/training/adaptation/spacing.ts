/** Rule 2 checks for moving workouts: run days per week and hard days side by side. */
import { addDays } from '../dates.ts';
import type { Plan, PlanWeek, Workout } from '../types.ts';
import { isActive, isHardType } from '../types.ts';
import { activeAt, weekEnd, weekIndexOf } from './plan-edit.ts';

export function runDaysInWeek(plan: Plan, weekIndex: number, ignore: Workout[] = []): number {
  const week = plan.weeks[weekIndex] as PlanWeek;
  return new Set(week.workouts.filter((w) => isActive(w) && !ignore.includes(w)).map((w) => w.date)).size;
}

/** The hard workout next to `date` that would clash with a hard one placed there, ignoring `ignore`. */
export function hardNeighbour(plan: Plan, date: string, ignore: Workout[] = []): Workout | null {
  for (const d of [addDays(date, -1), addDays(date, 1)]) {
    const w = activeAt(plan, d);
    if (w && !ignore.includes(w) && isHardType(w.type)) return w;
  }
  return null;
}

/** Dates of the week holding `date`, from `from` on. */
export function weekDatesFrom(plan: Plan, date: string, from: string): string[] {
  const wi = weekIndexOf(plan, date);
  if (wi < 0) return [];
  const out: string[] = [];
  const end = weekEnd(plan, wi);
  for (let d = (plan.weeks[wi] as PlanWeek).startDate; d <= end; d = addDays(d, 1)) if (d >= from) out.push(d);
  return out;
}
