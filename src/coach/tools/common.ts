/** Helpers shared by the tool handlers: the runner, today in their zone, the plan. */
import type { StoredPlan, User } from '../../db/store/index.ts';
import { addDays, localDate, weekStart } from '../../time/local.ts';
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

/** "52:30" / "1:45:00" → seconds. The schemas already checked the shape. */
export function durationToSec(d: string): number {
  return d.split(':').reduce((acc, p) => acc * 60 + Number(p), 0);
}

export function secToDuration(sec: number): string {
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = Math.round(sec % 60);
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${m}:${ss}`;
}
