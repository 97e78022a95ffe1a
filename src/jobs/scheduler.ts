/**
 * node-cron ticks (CRON_SCHEDULE, every minute by default) and runs the jobs: morning, evening and weekly each
 * tick (each only finds the runners that are due), retention once a day. A tick also runs at start, so messages
 * missed during downtime go out at once (within their catch-up window). Ticks never overlap.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { WeekBar, WeeklyChartOptions } from '../charts/weekly-km.ts';
import type { Store } from '../db/store/index.ts';
import type { Logger } from '../log.ts';
import type { HousekeepingTask, JobName, JobResult } from './context.ts';
import { runJob } from './run.ts';
import { backfillSchedules } from './schedule.ts';

/** The order within a tick: the evening check-in goes out before the Sunday summary. */
export const TICK_JOBS: JobName[] = ['morning', 'evening', 'weekly', 'retention'];

export interface SchedulerOptions {
  store: Store;
  log: Logger;
  /** A cron expression (node-cron syntax, optional seconds field). */
  cronSchedule: string;
  now?: () => Date;
  /** Called when a job wrote outbox rows (wakes the sender). */
  onEnqueued?: (result: JobResult) => void;
  renderChart?: (weeks: WeekBar[], options: WeeklyChartOptions) => Promise<Buffer>;
  housekeeping?: HousekeepingTask[];
  /** Told of every job run (for metrics). */
  onJobRun?: (job: JobName, outcome: 'ok' | 'skipped' | 'failed') => void;
}

export class Scheduler {
  private task: ScheduledTask | undefined;
  private current: Promise<JobResult[]> | undefined;
  private stopped = false;
  private readonly now: () => Date;

  constructor(private readonly options: SchedulerOptions) {
    if (!cron.validate(options.cronSchedule))
      throw new Error(`CRON_SCHEDULE is not a valid cron expression: ${options.cronSchedule}`);
    this.now = options.now ?? (() => new Date());
  }

  start(): void {
    if (this.task || this.stopped) return;
    const log = this.options.log;
    this.task = cron.schedule(this.options.cronSchedule, () => this.tick().then(() => undefined), {
      name: 'runcoach-jobs',
      noOverlap: true,
      logger: {
        info: (m) => log.debug({ cron: true }, m),
        warn: (m) => log.debug({ cron: true }, m),
        error: (m, err) => log.error({ err: err ?? m }, 'cron error'),
        debug: () => undefined,
      },
    });
    void this.tick();
  }

  /** Runs the due jobs once; a tick while one is running returns at once. */
  tick(): Promise<JobResult[]> {
    if (this.stopped) return Promise.resolve([]);
    if (this.current) return Promise.resolve([]);
    this.current = this.runTick().finally(() => {
      this.current = undefined;
    });
    return this.current;
  }

  private async runTick(): Promise<JobResult[]> {
    const { store, log } = this.options;
    const results: JobResult[] = [];
    const now = this.now();
    try {
      backfillSchedules(store, now);
    } catch (err) {
      log.error({ err }, 'could not backfill schedules');
    }
    for (const job of TICK_JOBS) {
      if (this.stopped) break;
      try {
        const result = await runJob(job, {
          store,
          log,
          now,
          ...(this.options.renderChart ? { renderChart: this.options.renderChart } : {}),
          ...(this.options.housekeeping ? { housekeeping: this.options.housekeeping } : {}),
        });
        this.options.onJobRun?.(job, result.ran ? 'ok' : 'skipped');
        results.push(result);
        if (result.enqueued > 0) this.options.onEnqueued?.(result);
      } catch (err) {
        log.error({ err, job }, 'scheduled job failed');
        this.options.onJobRun?.(job, 'failed');
      }
    }
    return results;
  }

  /** Stops ticking and waits for a tick in progress (it stops between jobs). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.task) {
      await this.task.destroy();
      this.task = undefined;
    }
    await this.current?.catch(() => undefined);
  }
}
