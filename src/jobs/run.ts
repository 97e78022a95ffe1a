/**
 * Runs one job for one slot. The slot key (job + the minute, retention: the day) goes into job_runs first, so the
 * same tick or command repeated does nothing; the outbox keys (kind, user, local date) make even a different slot
 * unable to send the same message twice.
 */
import { DateTime } from 'luxon';
import type { JobContext, JobName, JobOutcome, JobResult } from './context.ts';
import { runEvening } from './evening.ts';
import { runMorning } from './morning.ts';
import { runRetention } from './retention.ts';
import { runWeekly } from './weekly.ts';

const JOBS: Record<JobName, (ctx: JobContext) => Promise<JobOutcome>> = {
  morning: runMorning,
  evening: runEvening,
  weekly: runWeekly,
  retention: runRetention,
};

export function slotKey(job: JobName, now: Date): string {
  const t = DateTime.fromJSDate(now, { zone: 'utc' });
  return job === 'retention' ? `retention:${t.toISODate()}` : `${job}:${t.toFormat("yyyy-MM-dd'T'HH:mm")}`;
}

export async function runJob(job: JobName, ctx: JobContext): Promise<JobResult> {
  const t0 = performance.now();
  const slot = slotKey(job, ctx.now);
  const nowMs = ctx.now.getTime();
  const record = ctx.store.jobRuns.start(job, slot, nowMs);
  // After the clock stepped back, the minutes come again with new work (the outbox keys still stop repeats);
  // retention stays once a day.
  const again = !record && ctx.repeatSlot === true && job !== 'retention';
  if (!record && !again) return { job, slot, ran: false, users: 0, enqueued: 0, durationMs: performance.now() - t0 };
  try {
    const outcome = await JOBS[job](ctx);
    if (record) ctx.store.jobRuns.finish(record.id, ctx.now.getTime(), { enqueued: outcome.enqueued });
    const result: JobResult = { job, slot, ran: true, ...outcome, durationMs: performance.now() - t0 };
    if (outcome.users > 0 || outcome.enqueued > 0) {
      ctx.log.info({ job, slot, users: outcome.users, enqueued: outcome.enqueued }, 'job ran');
    }
    return result;
  } catch (err) {
    if (record)
      ctx.store.jobRuns.finish(record.id, ctx.now.getTime(), {
        error: err instanceof Error ? err.message : String(err),
      });
    throw err;
  }
}
