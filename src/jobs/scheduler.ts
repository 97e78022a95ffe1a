/**
 * Ticks on CRON_SCHEDULE (every minute by default) and runs the jobs: morning, evening and weekly each tick (each
 * only finds the runners that are due), retention once a day. A tick also runs at start, so messages missed during
 * downtime go out at once (within their catch-up window). Ticks never overlap.
 *
 * The timer is monotonic and reads the wall clock each time it fires (about once a second): a timer armed for a
 * wall-clock instant (node-cron's) waits out a backward step of the clock (10 minutes back: 10 minutes without a
 * tick), and a forward step past the catch-up window would drop the mornings it jumped over. Here a backward step
 * only means the next matching second comes again, and a forward step (the wall clock ran ahead of the monotonic
 * clock) lets the next tick send every slot since the last poll, however far the jump.
 */
import type { WeekBar, WeeklyChartOptions } from '../charts/weekly-km.ts';
import type { Store } from '../db/store/index.ts';
import type { Logger } from '../log.ts';
import type { HousekeepingTask, JobName, JobResult } from './context.ts';
import { type CronMatcher, parseCron } from './cron.ts';
import { runJob } from './run.ts';
import { backfillSchedules } from './schedule.ts';

/** The order within a tick: the evening check-in goes out before the Sunday summary. */
export const TICK_JOBS: JobName[] = ['morning', 'evening', 'weekly', 'retention'];

export interface SchedulerOptions {
  store: Store;
  log: Logger;
  /** A cron expression (node-cron syntax, optional seconds field). */
  cronSchedule: string;
  /** The wall clock (default: the system's). */
  now?: () => Date;
  /** A monotonic clock in ms (default performance.now): measures real time between polls whatever the wall does. */
  monotonicNow?: () => number;
  /** How often the timer fires to read the wall clock (default 1000 ms, aligned to the wall-clock second). */
  pollMs?: number;
  /** Called when a job wrote outbox rows (wakes the sender). */
  onEnqueued?: (result: JobResult) => void;
  renderChart?: (weeks: WeekBar[], options: WeeklyChartOptions) => Promise<Buffer>;
  housekeeping?: HousekeepingTask[];
  /** Told of every job run (for metrics). */
  onJobRun?: (job: JobName, outcome: 'ok' | 'skipped' | 'failed') => void;
}

/** A wall clock further ahead of the monotonic one than this since the last poll is a forward step. */
export const CLOCK_STEP_MS = 60_000;

/** A gap between polls longer than this is not scanned second by second: it ticks once (the jobs catch up). */
const MAX_SCAN_MS = 120_000;

export class Scheduler {
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<JobResult[]> | undefined;
  private stopped = false;
  private started = false;
  private readonly now: () => Date;
  private readonly monotonic: () => number;
  private readonly cron: CronMatcher;
  /** Wall and monotonic time of the last poll. */
  private last: { wall: number; mono: number } | undefined;
  /** After a forward step: slots at or after this wall instant are sent, however late (until a tick has run). */
  private catchUpSince: number | undefined;
  /** The latest wall time seen: below it, the clock stepped back and minutes come again. */
  private highWater = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: SchedulerOptions) {
    try {
      this.cron = parseCron(options.cronSchedule);
    } catch (err) {
      throw new Error(`CRON_SCHEDULE: ${err instanceof Error ? err.message : String(err)}`);
    }
    this.now = options.now ?? (() => new Date());
    this.monotonic = options.monotonicNow ?? (() => performance.now());
  }

  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    this.last = { wall: this.now().getTime(), mono: this.monotonic() };
    void this.tick();
    this.arm();
  }

  private arm(): void {
    if (this.stopped) return;
    const every = this.options.pollMs ?? 1000;
    // Just after the next wall-clock second (a cron second begins there); a stepped clock is read again anyway.
    const wait = every - (this.now().getTime() % every) + 5;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.poll()
        .catch((err: unknown) => this.options.log.error({ err }, 'scheduler poll failed'))
        .finally(() => this.arm());
    }, wait);
    this.timer.unref?.();
  }

  /**
   * What the timer does each time it fires: reads both clocks, notices a step of the wall clock, and ticks when a
   * second matching the schedule passed since the last poll. Returns the tick's results, or null when none was due.
   */
  async poll(): Promise<JobResult[] | null> {
    if (this.stopped) return null;
    const wall = this.now().getTime();
    const mono = this.monotonic();
    const last = this.last ?? { wall, mono };
    this.last = { wall, mono };
    const expected = last.wall + (mono - last.mono);
    const log = this.options.log;
    let from = last.wall;
    if (wall - expected > CLOCK_STEP_MS) {
      // The wall clock jumped ahead (or the machine slept): the slots in the gap were never missed by downtime.
      this.catchUpSince = Math.min(this.catchUpSince ?? last.wall, last.wall);
      log.warn({ steppedMs: Math.round(wall - expected) }, 'wall clock stepped forward; sending what fell in the gap');
    } else if (expected - wall > CLOCK_STEP_MS / 60 && wall < last.wall) {
      // Backward: the seconds since the new time count again (the jobs' keys make a repeat harmless).
      log.warn({ steppedMs: Math.round(expected - wall) }, 'wall clock stepped back; schedule follows it');
      from = wall - 1000;
    }
    if (!this.secondMatched(from, wall)) return null;
    return this.tick();
  }

  /** Whether a second in (from, to] matches the schedule; a long gap counts as matched. */
  private secondMatched(from: number, to: number): boolean {
    if (to - from > MAX_SCAN_MS) return true;
    for (let s = Math.floor(from / 1000) + 1; s <= Math.floor(to / 1000); s++) {
      if (this.cron.matches(s * 1000)) return true;
    }
    return false;
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
    const repeatSlot = now.getTime() < this.highWater - 1000;
    this.highWater = Math.max(this.highWater, now.getTime());
    const catchUpSinceMs = this.catchUpSince;
    let failed = false;
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
          ...(catchUpSinceMs !== undefined ? { catchUpSinceMs } : {}),
          ...(repeatSlot ? { repeatSlot } : {}),
          ...(this.options.renderChart ? { renderChart: this.options.renderChart } : {}),
          ...(this.options.housekeeping ? { housekeeping: this.options.housekeeping } : {}),
        });
        this.options.onJobRun?.(job, result.ran ? 'ok' : 'skipped');
        results.push(result);
        if (result.enqueued > 0) this.options.onEnqueued?.(result);
      } catch (err) {
        log.error({ err, job }, 'scheduled job failed');
        this.options.onJobRun?.(job, 'failed');
        failed = true;
      }
    }
    // The gap of a forward step is served once every job ran through it.
    if (!failed && catchUpSinceMs !== undefined && this.catchUpSince === catchUpSinceMs) this.catchUpSince = undefined;
    return results;
  }

  /** Stops ticking and waits for a tick in progress (it stops between jobs). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    await this.current?.catch(() => undefined);
  }
}
