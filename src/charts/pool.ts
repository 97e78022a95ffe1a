/**
 * The chart pool: Sunday charts render in worker threads (piscina), off the event loop that answers runners.
 * Nothing loads until the first chart: no worker and no Vega in the main thread at start. The pool is sized from
 * the cores (one core stays with the main thread), its queue is bounded, and callers beyond it wait their turn
 * rather than fail. A render that fails (a worker that crashed, a bad input, a timeout) rejects; the weekly job
 * then sends its text without the chart.
 */
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Piscina } from 'piscina';
import { projectPath } from '../util/project-root.ts';
import type { WeekBar, WeeklyChartOptions } from './weekly-km.ts';
import type { ChartTask } from './worker.ts';

export interface ChartPoolOptions {
  /** Worker threads (default: the cores less one, 1 to 4). */
  threads?: number;
  /** Tasks waiting for a thread (default: 8 per thread). Callers past it wait. */
  maxQueue?: number;
  /** One render's limit (default 30 s). */
  timeoutMs?: number;
  /** The worker module (tests: one that crashes). */
  workerUrl?: URL;
}

/**
 * The worker: tsc's dist/charts/worker.js once compiled (this file may be in dist/charts/ or in a chunk of the
 * start-up bundle, so the path is the project's, not this file's); under tsx and the tests (this file is .ts) the
 * small .mjs beside it that registers tsx in the thread first, since a worker thread does not inherit loader hooks.
 */
const WORKER_URL =
  extname(fileURLToPath(import.meta.url)) === '.ts'
    ? new URL('./worker-tsx.mjs', import.meta.url)
    : pathToFileURL(projectPath('dist', 'charts', 'worker.js'));

function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export class ChartPool {
  readonly threads: number;
  readonly maxQueue: number;
  private readonly timeoutMs: number;
  private readonly workerUrl: URL;
  private pool: Promise<Piscina> | undefined;
  private closed = false;
  /** Tasks handed to piscina and not settled (running or queued there). */
  private active = 0;
  /** Callers waiting for room in the queue. */
  private readonly waiting: (() => void)[] = [];

  constructor(options: ChartPoolOptions = {}) {
    this.threads = options.threads ?? defaultThreads();
    this.maxQueue = options.maxQueue ?? this.threads * 8;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.workerUrl = options.workerUrl ?? WORKER_URL;
  }

  /** True once the first chart has started the workers. */
  get started(): boolean {
    return this.pool !== undefined;
  }

  /** Renders the weekly chart to PNG in a worker. */
  async render(weeks: WeekBar[], options: WeeklyChartOptions): Promise<Buffer> {
    if (this.closed) throw new Error('chart pool is closed');
    const pool = await this.start();
    await this.slot();
    try {
      const task: ChartTask = { weeks, options };
      const bytes = (await pool.run(task, { signal: AbortSignal.timeout(this.timeoutMs) })) as Uint8Array;
      if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0) throw new Error('chart worker returned no image');
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } finally {
      this.release();
    }
  }

  /** Stops the workers (waiting for renders in hand). Safe to call when never started, and twice. */
  async close(): Promise<void> {
    this.closed = true;
    for (const wake of this.waiting.splice(0)) wake();
    const pool = this.pool;
    this.pool = undefined;
    if (pool) await (await pool).close({ force: false });
  }

  private start(): Promise<Piscina> {
    this.pool ??= import('piscina').then(({ Piscina: Pool }) => {
      const filename = this.workerUrl.href;
      return new Pool({
        filename,
        minThreads: 0,
        maxThreads: this.threads,
        maxQueue: this.maxQueue,
        // Idle workers exit after a minute: a Sunday fan-out keeps them busy, the rest of the week holds no Vega.
        idleTimeout: 60_000,
      });
    });
    return this.pool;
  }

  /** Waits for room: at most `threads + maxQueue` tasks in piscina at once (its queue never overflows). */
  private async slot(): Promise<void> {
    while (this.active >= this.threads + this.maxQueue) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      if (this.closed) throw new Error('chart pool is closed');
    }
    this.active++;
  }

  private release(): void {
    this.active--;
    this.waiting.shift()?.();
  }
}

let shared: ChartPool | undefined;

/** The process's chart pool (created on first use; its workers start with the first chart). */
export function chartPool(): ChartPool {
  shared ??= new ChartPool();
  return shared;
}

/** Renders the weekly chart on the shared pool. */
export function renderWeeklyChart(weeks: WeekBar[], options: WeeklyChartOptions): Promise<Buffer> {
  return chartPool().render(weeks, options);
}

/** Shuts the shared pool down (service stop). */
export async function closeChartPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}
