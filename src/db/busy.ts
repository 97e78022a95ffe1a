/**
 * A busy database without a frozen process. better-sqlite3 is synchronous: while another process (a backup tool,
 * `cli` on the same file, a stuck migration) holds SQLite's write lock, every statement that needs it waits inside
 * SQLite's busy handler for up to busy_timeout with the event loop blocked: no webhook, no health check, no other
 * runner is served meanwhile. The service therefore waits only briefly inside SQLite (SERVICE_BUSY_TIMEOUT_MS) and
 * does its longer waiting here, asynchronously, between attempts.
 */

/** How long one statement of the running service may wait for the lock inside SQLite (the event loop blocked). */
export const SERVICE_BUSY_TIMEOUT_MS = 25;

/** How long tools without an event loop to keep free (the CLI, tests) wait for the lock. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/** better-sqlite3's SqliteError carries SQLite's extended result code as a string (`SQLITE_BUSY_SNAPSHOT`...). */
function sqliteCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** The database is locked by another connection: trying again later will work. */
export function isBusyError(err: unknown): boolean {
  const code = sqliteCode(err);
  return code !== undefined && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** Why the database cannot be written at all (read-only, disk full, I/O failure), or undefined. */
export function storageFailure(err: unknown): 'read-only' | 'disk full' | 'i/o error' | undefined {
  const code = sqliteCode(err);
  if (!code) return undefined;
  if (code.startsWith('SQLITE_READONLY')) return 'read-only';
  if (code === 'SQLITE_FULL') return 'disk full';
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) return 'i/o error';
  return undefined;
}

export interface BusyRetryOptions {
  /** Give up (rethrow the busy error) after this long; default 10 minutes. */
  maxWaitMs?: number;
  /** First pause between attempts; it doubles up to maxPauseMs. */
  firstPauseMs?: number;
  maxPauseMs?: number;
  /** Told before each pause (for a log line). */
  onBusy?: (attempt: number, waitedMs: number) => void;
  /** Stops waiting (rethrows) once aborted. */
  signal?: AbortSignal;
}

export const BUSY_RETRY_WINDOW_MS = 10 * 60_000;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` until it does not fail with a busy database, pausing asynchronously (50 ms, doubling, at most 1 s)
 * between attempts; any other error, or a lock that outlasts `maxWaitMs`, is thrown. `fn` must be safe to run
 * again after it failed busy (a failed SQLite statement or transaction changed nothing).
 */
export async function whileBusy<T>(fn: () => T | Promise<T>, options: BusyRetryOptions = {}): Promise<T> {
  const started = performance.now();
  const maxWait = options.maxWaitMs ?? BUSY_RETRY_WINDOW_MS;
  let wait = options.firstPauseMs ?? 50;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const waited = performance.now() - started;
      if (!isBusyError(err) || waited + wait > maxWait || options.signal?.aborted) throw err;
      options.onBusy?.(attempt, waited);
      await pause(wait);
      wait = Math.min(options.maxPauseMs ?? 1000, wait * 2);
    }
  }
}
