/** What a scheduled job runs with, and what it reports. */
import type { WeekBar, WeeklyChartOptions } from '../charts/weekly-km.ts';
import type { Store } from '../db/store/index.ts';
import type { Logger } from '../log.ts';

export const JOB_NAMES = ['morning', 'evening', 'weekly', 'retention'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export function isJobName(name: string): name is JobName {
  return (JOB_NAMES as readonly string[]).includes(name);
}

export interface JobContext {
  store: Store;
  log: Logger;
  /** The job's clock: what time it is for the runners (the CLI's --now, a test's fake time). */
  now: Date;
  /**
   * After the wall clock stepped forward: slots at or after this instant are due however late (the process was
   * running through the gap), beyond the usual catch-up window.
   */
  catchUpSinceMs?: number;
  /** Run even if this minute's slot already ran (the wall clock stepped back over it). */
  repeatSlot?: boolean;
  /** Wall clock (ms) for outbox timing: rows are due and expire in real time. Default Date.now. */
  wallNow?: () => number;
  /** Renders the Sunday chart (default: Vega-Lite → PNG). */
  renderChart?: (weeks: WeekBar[], options: WeeklyChartOptions) => Promise<Buffer>;
  /** Runners handled per database transaction. */
  batchSize?: number;
  /** More daily housekeeping run by the retention job (Strava raw-data purge, backups); each returns a count. */
  housekeeping?: HousekeepingTask[];
}

export interface HousekeepingTask {
  name: string;
  run(now: Date): number | Promise<number>;
}

export interface JobResult {
  job: JobName;
  /** The job_runs key: one run per job and minute (retention: per day). */
  slot: string;
  /** False when this slot had already run (a repeated tick or command): nothing was done. */
  ran: boolean;
  /** Runners whose slot was due. */
  users: number;
  /** Outbox rows written (a repeat of an already enqueued message writes none). */
  enqueued: number;
  /** Retention: rows deleted. */
  deleted?: number;
  durationMs: number;
}

export interface JobOutcome {
  users: number;
  enqueued: number;
  deleted?: number;
}

/** Gives the event loop a turn between batches, so the bot keeps answering during a large fan-out. */
export const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
