/**
 * Daily housekeeping: finished outbox and inbox rows, old conversation history, old job-run records, then the
 * tasks other parts hand in (Strava's raw-data purge, the daily backup). One failing task does not stop the rest.
 */
import type { JobContext, JobOutcome } from './context.ts';

const DAY = 86_400_000;

export const RETENTION_DAYS = {
  /** Sent, failed and dropped messages. */
  outbox: 30,
  /** Processed webhook events. */
  inbox: 30,
  /** The conversation with the model. */
  history: 60,
  /** job_runs records. */
  jobRuns: 14,
} as const;

export async function runRetention(ctx: JobContext): Promise<JobOutcome> {
  const now = ctx.now.getTime();
  const { store } = ctx;
  const deleted = store.transaction(() => {
    const outbox = store.outbox.deleteFinishedBefore(now - RETENTION_DAYS.outbox * DAY);
    const inbox = store.inbox.deleteFinishedBefore(now - RETENTION_DAYS.inbox * DAY);
    const history = store.history.deleteOlderThan(now - RETENTION_DAYS.history * DAY);
    const runs = store.jobRuns.deleteStartedBefore(now - RETENTION_DAYS.jobRuns * DAY);
    ctx.log.info({ outbox, inbox, history, jobRuns: runs }, 'retention');
    return outbox + inbox + history + runs;
  });
  let extra = 0;
  for (const task of ctx.housekeeping ?? []) {
    try {
      const n = await task.run(ctx.now);
      ctx.log.info({ task: task.name, count: n }, 'housekeeping');
      extra += n;
    } catch (err) {
      ctx.log.error({ err, task: task.name }, 'housekeeping task failed');
    }
  }
  return { users: 0, enqueued: 0, deleted: deleted + extra };
}
