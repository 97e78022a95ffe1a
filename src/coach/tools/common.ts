/** Helpers shared by the tool handlers: the runner, today in their zone, the plan. */
import type { StoredPlan, User } from '../../db/store/index.ts';
import { type MessageRef, ref } from '../../messages/refs.ts';
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
export function runFiguresProblem(
  date: string,
  today: string,
  distanceKm: number,
  durationSec: number,
): MessageRef | null {
  if (date > today) return ref('err-run-ahead', { date: { day: date } });
  if (durationSec <= 0) return ref('err-duration-zero');
  const pace = durationSec / distanceKm;
  if (pace < 150 && distanceKm > 0.4) return ref('err-pace-impossible', { pace: Math.round(pace) });
  return null;
}
