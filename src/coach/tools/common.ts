/** Helpers shared by the tool handlers: the runner, today in their zone, the plan. */
import type { StoredPlan, User } from '../../db/store/index.ts';
import { addDays, localDate, weekStart } from '../../time/local.ts';
import { parseDuration } from '../../training/duration.ts';
import type { CoachContext } from '../types.ts';

export function runnerOf(ctx: CoachContext): User | undefined {
  return ctx.store.users.get(ctx.userId);
}

export function todayOf(ctx: CoachContext, user: User): string {
  return localDate(ctx.now(), user.timezone);
}

export function currentWeek(today: string): { from: string; to: string } {
  const from = weekStart(today);
  return { from, to: addDays(from, 6) };
}

export const NOT_STARTED = 'The runner has not started yet: they should send /start.';
export const NO_PLAN = 'There is no training plan yet. Create one first (goal race, race date).';

export function activePlan(ctx: CoachContext): StoredPlan | null {
  return ctx.store.plans.getActive(ctx.userId);
}

/** "52:30" / "1:45:00" → seconds (0 for a zero duration). The schemas already checked the shape. */
export function durationToSec(d: string): number {
  return parseDuration(d) ?? 0;
}

/**
 * What is wrong with a run's figures, or null: a future date, no time, or a pace faster than 2:30/km over more
 * than a sprint (the men's 10,000 m world record is about 2:37/km).
 */
export function runFiguresProblem(date: string, today: string, distanceKm: number, durationSec: number): string | null {
  if (date > today) return `${date} is in the future; log runs once they are done.`;
  if (durationSec <= 0) return 'The duration must be more than zero.';
  const pace = durationSec / distanceKm;
  if (pace < 150 && distanceKm > 0.4) {
    return `That is ${Math.round(pace)} s per km, faster than the world record: check distance and time.`;
  }
  return null;
}
