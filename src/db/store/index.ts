/** The typed store: every read and write of the product goes through these repositories. */
import type { Db } from '../client.ts';
import { historyRepo, usageRepo } from './conversation.ts';
import { calendarFeedsRepo, intervalsRepo } from './feeds.ts';
import { plansRepo } from './plans.ts';
import { inboxRepo, jobRunsRepo, metaRepo, outboxRepo } from './queues.ts';
import { feedbackRepo, runsRepo } from './runs.ts';
import { oauthStatesRepo, stravaPendingRepo, stravaRepo } from './strava.ts';
import { usersRepo } from './users.ts';

export function createStore(db: Db) {
  return {
    db,
    users: usersRepo(db),
    plans: plansRepo(db),
    runs: runsRepo(db),
    feedback: feedbackRepo(db),
    history: historyRepo(db),
    usage: usageRepo(db),
    strava: stravaRepo(db),
    oauthStates: oauthStatesRepo(db),
    stravaPending: stravaPendingRepo(db),
    outbox: outboxRepo(db),
    inbox: inboxRepo(db),
    jobRuns: jobRunsRepo(db),
    meta: metaRepo(db),
    calendarFeeds: calendarFeedsRepo(db),
    intervals: intervalsRepo(db),
    /** Runs fn in one SQLite transaction (synchronous, as better-sqlite3 is). */
    transaction<T>(fn: () => T): T {
      // IMMEDIATE: our transactions read then write; taking the write lock up front makes a busy database
      // wait (busy_timeout) instead of failing with SQLITE_BUSY at the upgrade.
      return db.transaction(fn, { behavior: 'immediate' });
    },
    close(): void {
      db.$client.close();
    },
  };
}

export type Store = ReturnType<typeof createStore>;
export type { PlanRow, StoredPlan, StoredWeek, StoredWorkout, WorkoutRow } from './plans.ts';
export type { InboxRow, OutboxRow } from './queues.ts';
export type { Feedback, NewRun, Run } from './runs.ts';
export type { TelegramIdentity, User, UserPatch } from './users.ts';
