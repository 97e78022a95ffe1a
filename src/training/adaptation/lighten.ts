/** Shared "lighter days" edit: shorter runs, hard sessions turned easy (the long run stays, shorter). */
import type { Plan, PlanWeek, Workout } from '../types.ts';
import { isHardType } from '../types.ts';
import {
  easyInstead,
  isChangeable,
  replaceAt,
  resizeWorkout,
  sessionContext,
  weekIndexOf,
  workoutAt,
} from './plan-edit.ts';
import type { ChangeReason, PlanChange } from './types.ts';

const MIN_KEEP_KM = 2;

export interface LightenOptions {
  /** Distance factor, e.g. 0.7. */
  factor: number;
  /** Turn hard sessions (not the long run) into easy runs. */
  hardToEasy: boolean;
  /** Turn the long run into an easy run too. */
  longToEasy?: boolean;
  /** Leave the long run as it is (a volume rule may still shorten it). */
  keepLong?: boolean;
}

export function lightenDates(
  plan: Plan,
  dates: string[],
  today: string,
  opts: LightenOptions,
  why: ChangeReason,
  changes: PlanChange[],
): void {
  for (const date of dates) {
    const hit = workoutAt(plan, date);
    if (!hit || !isChangeable(hit.workout, today)) continue;
    const w = hit.workout;
    if (opts.keepLong && w.type === 'long') continue;
    const week = plan.weeks[weekIndexOf(plan, date)] as PlanWeek;
    const ctx = sessionContext(plan, week);
    // Lighter, not gone: a shortened run keeps at least MIN_KEEP_KM (or its own distance if that is less); only
    // a factor of 0 (rest) removes it.
    const scaled = Math.round(w.distanceKm * opts.factor * 10) / 10;
    const km = opts.factor > 0 ? Math.max(scaled, Math.min(w.distanceKm, MIN_KEEP_KM)) : 0;
    // Rest days keep the workout, marked skipped, so planned-versus-done summaries still see it.
    let next: Workout = { ...w, status: 'skipped' };
    if (km >= MIN_KEEP_KM || (opts.factor > 0 && km > 0)) {
      const toEasy = isHardType(w.type) && (w.type === 'long' ? opts.longToEasy : opts.hardToEasy);
      next = toEasy ? easyInstead(w, km, ctx) : resizeWorkout(w, km, ctx);
    }
    replaceAt(plan, date, next, why, changes, w);
  }
}
