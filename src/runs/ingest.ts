/**
 * The one way in for runs (design.md, "Where the second round puts things"): the `log_run` tool, the Strava sync,
 * activity files and intervals.icu all record a run here. It matches the run to the plan through the engine,
 * stores it once per (source, external id), and sets the plan day's status by one rule: a partial run never
 * downgrades a workout already done.
 */
import { matchRunToPlan } from '../coach/engine.ts';
import type { Store, StoredWorkout } from '../db/store/index.ts';
import type { Run } from '../db/store/runs.ts';
import { rememberWorkoutStatus } from '../strava/accounts.ts';
import { policyOf, type RunSource } from './source-policy.ts';

export interface RunInput {
  userId: number;
  source: RunSource;
  /** The source's id for this run: the same id twice is the same run (stored once). */
  externalId: string;
  /** The runner's local training day. */
  date: string;
  distanceKm: number;
  durationSec: number;
  startedAt?: number | null;
  rpe?: number | null;
  notes?: string | null;
  avgHr?: number | null;
  /** Raw source data (title, sport type, JSON), purged when the source's policy says so. */
  title?: string | null;
  sportType?: string | null;
  raw?: Record<string, unknown> | null;
  createdAt?: number;
}

export interface Ingested {
  run: Run;
  /** False when the run was already there (a retry, a repeated event, the same file twice). */
  created: boolean;
  match: { status: 'done' | 'partial' | 'extra'; workout: StoredWorkout | null };
}

/** Distances are kept to 10 m: what every source can measure and every face shows. */
export const roundKm = (km: number): number => Math.round(km * 100) / 100;

/** Records the run and its effect on the plan in one transaction (nested in the caller's, if any). */
export function ingestRun(store: Store, input: RunInput): Ingested {
  const distanceKm = roundKm(input.distanceKm);
  const plan = store.plans.getActive(input.userId);
  const found = plan ? matchRunToPlan(plan, { date: input.date, distanceKm }) : null;
  const match: Ingested['match'] = found
    ? { status: found.status, workout: found.workout as StoredWorkout | null }
    : { status: 'extra', workout: null };
  return store.transaction(() => {
    const { run, created } = store.runs.insert({
      userId: input.userId,
      date: input.date,
      startedAt: input.startedAt ?? null,
      distanceKm,
      durationSec: Math.round(input.durationSec),
      source: input.source,
      externalId: input.externalId,
      rpe: input.rpe ?? null,
      notes: input.notes ?? null,
      avgHr: input.avgHr == null ? null : Math.round(input.avgHr),
      workoutDate: match.workout?.date ?? null,
      matchStatus: match.status,
      title: input.title ?? null,
      sportType: input.sportType ?? null,
      raw: input.raw ?? null,
      ...(input.createdAt === undefined ? {} : { createdAt: input.createdAt }),
    });
    if (!created) return { run, created, match };
    const row = match.workout ? store.plans.workoutOn(input.userId, match.workout.date) : undefined;
    if (row && match.status !== 'extra') {
      // What the model may see of the plan is the status before a hidden source changed it (strava-mask.ts).
      if (!policyOf(input.source).modelMay) rememberWorkoutStatus(store, input.userId, row.date, row.status);
      // A partial run never downgrades a workout already done.
      if (!(row.status === 'done' && match.status === 'partial')) {
        store.plans.setWorkoutStatus(input.userId, row.date, match.status);
      }
    }
    return { run, created, match };
  });
}
