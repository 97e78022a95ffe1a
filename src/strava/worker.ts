/**
 * Drains the inbox of Strava events. Rows are claimed with a lease, so a worker that dies mid-event leaves a row
 * that a later worker (after a restart) claims again. Rate limits put the event back for the next window; server
 * and network errors back off. No event is dropped: only an event that cannot ever succeed (the runner's
 * authorization is gone, a bug) ends as `failed` after many attempts, and stays in the table.
 */
import type { InboxRow, Store } from '../db/store/index.ts';
import type { Logger } from '../log.ts';
import { StravaError } from './client.ts';
import { webhookEventSchema } from './events.ts';
import type { Sync } from './sync.ts';

export const LEASE_MS = 2 * 60_000;
const BATCH = 20;
const MAX_ATTEMPTS = 30;

export interface WorkerOptions {
  store: Store;
  sync: Sync;
  log: Logger;
  now: () => Date;
  /** How often the worker looks for due events when nobody kicks it. */
  pollMs?: number;
  /** Told what became of every event processed (runcoach_inbox_processed_total counts them). */
  onProcessed?: (outcome: InboxOutcome) => void;
}

/**
 * What became of one attempt at an inbox event: `done` (applied); `ignored` (nothing to do: not a run, an unknown
 * athlete, an event taken for forged, not a Strava event); `rate_limited` (kept for Strava's next window);
 * `retry` (a server or network error, kept with backoff); `failed` (given up after many attempts, kept in the table).
 */
export type InboxOutcome = 'done' | 'ignored' | 'rate_limited' | 'retry' | 'failed';

export interface StravaWorker {
  start(): void;
  stop(): Promise<void>;
  /** Processes every event due now (later ones, e.g. after a 429, stay for later); resolves when done. */
  drain(): Promise<void>;
  /** Wakes the worker at once (a new event arrived). */
  kick(): void;
}

/** Exponential backoff for server and network errors: 5 s, 10 s, 20 s ... capped at an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(3_600_000, 5000 * 2 ** Math.max(0, attempts - 1));
}

export function createWorker(o: WorkerOptions): StravaWorker {
  const pollMs = o.pollMs ?? 2000;
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> | null = null;
  let again = false;
  const counted = o.onProcessed ?? (() => {});

  async function processRow(row: InboxRow): Promise<void> {
    const nowMs = () => o.now().getTime();
    const parsed = webhookEventSchema.safeParse(row.payload);
    if (row.source !== 'strava' || !parsed.success) {
      o.store.inbox.finish(row.id, nowMs(), 'ignored', 'not a Strava webhook event');
      counted('ignored');
      return;
    }
    try {
      const outcome = await o.sync.handle(parsed.data);
      o.store.inbox.finish(row.id, nowMs(), outcome);
      counted(outcome);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (err instanceof StravaError && err.kind === 'rate_limited') {
        const at = Math.max(err.retryAt ?? nowMs() + 60_000, nowMs() + 1000);
        o.store.inbox.retryLater(row.id, at, message);
        o.log.warn({ key: row.key, retryAt: new Date(at).toISOString() }, 'strava rate limit: event kept for later');
        counted('rate_limited');
        return;
      }
      const retryable = !(err instanceof StravaError) || err.retryable || err.kind === 'bad_response';
      if (retryable && row.attempts < MAX_ATTEMPTS) {
        o.store.inbox.retryLater(row.id, nowMs() + backoffMs(row.attempts), message);
        o.log.warn({ key: row.key, attempts: row.attempts, err: message }, 'strava event failed, will retry');
        counted('retry');
        return;
      }
      o.store.inbox.finish(row.id, nowMs(), 'failed', message);
      o.log.error({ key: row.key, attempts: row.attempts, err: message }, 'strava event failed for good');
      counted('failed');
    }
  }

  async function drainOnce(): Promise<void> {
    for (;;) {
      const rows = o.store.inbox.claim(o.now().getTime(), BATCH, LEASE_MS);
      if (rows.length === 0) return;
      // One at a time, in order: events about the same activity apply in the order they were received.
      for (const row of rows) await processRow(row);
    }
  }

  function drain(): Promise<void> {
    if (current) {
      again = true;
      return current;
    }
    current = (async () => {
      try {
        do {
          again = false;
          await drainOnce();
        } while (again);
      } catch (err) {
        o.log.error({ err }, 'strava worker: draining the inbox failed');
      } finally {
        current = null;
      }
    })();
    return current;
  }

  function schedule(ms: number): void {
    if (!running) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void drain().then(() => schedule(pollMs));
    }, ms);
    timer.unref?.();
  }

  return {
    start() {
      if (running) return;
      running = true;
      schedule(0);
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await current;
    },
    drain,
    kick() {
      if (running) {
        if (current) again = true;
        else schedule(0);
      }
    },
  };
}
