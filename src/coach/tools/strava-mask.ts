/**
 * What the model may see of the plan when Strava runs have touched it (design.md, "Strava policy"): a workout
 * whose status a Strava run set shows the status it had before, unless the runner also logged a run that day
 * themselves (their own words are theirs to share).
 */
import type { StoredWorkout } from '../../db/store/index.ts';
import { modelMaySee } from '../../runs/source-policy.ts';
import type { CoachContext } from '../types.ts';

/** The meta key under which the Strava sync remembers a workout's status before a Strava run changed it. */
export const stravaPrevKey = (userId: number, date: string) => `strava:prev:${userId}:${date}`;

export function withoutStravaStatuses(ctx: CoachContext, workouts: StoredWorkout[]): StoredWorkout[] {
  if (workouts.length === 0) return workouts;
  const dates = workouts.map((w) => w.date).sort();
  const runs = ctx.store.runs.between(ctx.userId, dates[0] as string, dates[dates.length - 1] as string);
  const byStrava = new Set(runs.filter((r) => !modelMaySee(r)).map((r) => r.workoutDate ?? r.date));
  if (byStrava.size === 0) return workouts;
  const byRunner = new Set(runs.filter(modelMaySee).map((r) => r.workoutDate ?? r.date));
  return workouts.map((w) => {
    if (!byStrava.has(w.date) || byRunner.has(w.date)) return w;
    const before = ctx.store.meta.get(stravaPrevKey(ctx.userId, w.date)) as StoredWorkout['status'] | undefined;
    return { ...w, status: before ?? 'planned' };
  });
}
