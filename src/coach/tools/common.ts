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
