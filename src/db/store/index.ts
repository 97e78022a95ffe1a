/**
 * The typed store: every read and write of the product goes through these operations, and every SQL statement
 * lives under src/db (docs/architecture.md, "The store seam"). The drizzle handle stays inside.
 */
import { type Logger, silentLogger } from '../../log.ts';
import { rotatingBackup } from '../backup.ts';
import type { Db } from '../client.ts';
import { databaseHealth, type Health, type HealthOptions } from '../health.ts';
import { historyRepo, usageRepo } from './conversation.ts';
import { calendarFeedsRepo, intervalsRepo } from './feeds.ts';
import { registerHandle } from './handle.ts';
import { stravaIntakeRepo } from './intake.ts';
import { jsonReader } from './json.ts';
import { plansRepo } from './plans.ts';
import { inboxRepo, jobRunsRepo, metaRepo, outboxRepo } from './queues.ts';
import { readCache } from './read-cache.ts';
import { feedbackRepo, runsRepo } from './runs.ts';
import { seedRepo } from './seed.ts';
import { oauthStatesRepo, stravaPendingRepo, stravaRepo } from './strava.ts';
import { usersRepo } from './users.ts';

export interface StoreOptions {
  /** Where bad JSON found on read is reported (json.ts); silent by default. */
  log?: Logger;
}

export function createStore(db: Db, options: StoreOptions = {}) {
  const json = jsonReader(options.log ?? silentLogger);
  const cache = readCache(db);
  const store = {
    users: usersRepo(db, json, cache),
    plans: plansRepo(db, json, cache),
    runs: runsRepo(db),
    feedback: feedbackRepo(db),
    history: historyRepo(db),
    usage: usageRepo(db),
    strava: stravaRepo(db),
    stravaIntake: stravaIntakeRepo(db),
    oauthStates: oauthStatesRepo(db),
    stravaPending: stravaPendingRepo(db),
    outbox: outboxRepo(db),
    inbox: inboxRepo(db),
    jobRuns: jobRunsRepo(db),
    meta: metaRepo(db),
    calendarFeeds: calendarFeedsRepo(db),
    intervals: intervalsRepo(db),
    seed: seedRepo(db),
    /** Runs fn in one SQLite transaction (synchronous, as better-sqlite3 is). */
    transaction<T>(fn: () => T): T {
      // IMMEDIATE: our transactions read then write; taking the write lock up front makes a busy database
      // wait (busy_timeout) instead of failing with SQLITE_BUSY at the upgrade.
      return db.transaction(fn, { behavior: 'immediate' });
    },
    /** Can the database be written now (src/db/health.ts)? */
    health(options: HealthOptions = {}): Health {
      return databaseHealth(db, options);
    },
    /** Writes an online backup into `dir`, keeping the newest `keep`; returns the path written. */
    backup(dir: string, keep: number, now: Date): Promise<string> {
      return rotatingBackup(db, dir, keep, now);
    },
    close(): void {
      db.$client.close();
    },
  };
  registerHandle(store, db);
  return store;
}

export type Store = ReturnType<typeof createStore>;
export type { PlanRow, StoredPlan, StoredWeek, StoredWorkout, WorkoutRow } from './plans.ts';
export type { FanoutRow, InboxRow, OutboxRow } from './queues.ts';
export type { Feedback, NewRun, Run } from './runs.ts';
export type { ScheduleColumn, TelegramIdentity, User, UserPatch } from './users.ts';
