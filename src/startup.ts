/**
 * The start-up problems an operator meets, each as one line that says what is wrong and what to do. A
 * StartupError is a problem only the operator can fix: the process exits with EXIT_NEEDS_OPERATOR, which the
 * README's systemd unit lists in RestartPreventExitStatus= so it is not restarted in a loop. Anything else is
 * worth a restart (exit 1).
 */
import { dirname, resolve } from 'node:path';
import { Api, GrammyError, HttpError } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { storageFailure } from './db/busy.ts';
import { closeDatabase, type Db, openDatabase } from './db/client.ts';
import { databaseHealth } from './db/health.ts';
import type { Logger } from './log.ts';

/** Exit code of a problem the operator must fix (the same code as a configuration error). */
export const EXIT_NEEDS_OPERATOR = 2;

export class StartupError extends Error {
  override name = 'StartupError';
}

function codeOf(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (typeof e?.code === 'string') return e.code;
  return typeof e?.message === 'string' ? e.message : String(err);
}

/**
 * Opens (and migrates) the database, or throws a StartupError naming DATABASE_PATH: a folder that cannot be
 * created or written, a read-only file, a file that is not a database.
 */
export function openDatabaseOrExplain(path: string, busyTimeoutMs: number, log: Logger): Db {
  const file = resolve(path);
  const folder = dirname(file);
  const fix = `make it writable by the service's user (e.g. chown -R runcoach ${folder}) or set DATABASE_PATH elsewhere`;
  let db: Db;
  try {
    db = openDatabase(path, { migrate: true, busyTimeoutMs });
  } catch (err) {
    const code = codeOf(err);
    const sys = (err as { syscall?: unknown }).syscall;
    if (sys === 'mkdir') {
      throw new StartupError(`DATABASE_PATH: cannot create the folder ${folder} (${code}); ${fix}`);
    }
    if (storageFailure(err) === 'read-only') {
      throw new StartupError(`DATABASE_PATH: ${file} is read-only (${code}); ${fix}`);
    }
    if (code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PERM') {
      throw new StartupError(`DATABASE_PATH: cannot open or create ${file} in ${folder} (${code}); ${fix}`);
    }
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new StartupError(
        `DATABASE_PATH: ${file} is not a runcoach database (${code}); restore it from a backup or point DATABASE_PATH elsewhere`,
      );
    }
    throw err;
  }
  // Opening and migrating an up-to-date database only reads: ask for a write before the first runner does.
  const health = databaseHealth(db);
  if (!health.ok) {
    if (/read-only|cannot be written/.test(health.reason)) {
      closeDatabase(db);
      throw new StartupError(`DATABASE_PATH: ${file}: ${health.reason}; ${fix}`);
    }
    log.warn({ reason: health.reason }, 'the database is not healthy at start (/healthz says so until it is)');
  }
  return db;
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/** Why a request to Telegram failed, in a few words (the network error's code, or Telegram's answer). */
function telegramReason(err: unknown): string {
  if (err instanceof GrammyError) return `${err.error_code} ${err.description}`;
  if (err instanceof HttpError) {
    const inner = err.error as { cause?: { code?: unknown }; code?: unknown; message?: unknown } | undefined;
    const code = inner?.cause?.code ?? inner?.code;
    return typeof code === 'string' ? code : typeof inner?.message === 'string' ? inner.message : err.message;
  }
  return err instanceof Error ? err.message : String(err);
}

/**
 * Asks Telegram who the bot is (getMe) until it answers: an unreachable Telegram is said once in one log line
 * and tried again in the background (2 s, doubling to 60 s); a token Telegram rejects is a StartupError.
 * Resolves undefined when `signal` aborts first.
 */
export async function connectTelegram(
  o: { token: string; apiRoot: string; log: Logger },
  signal: AbortSignal,
): Promise<UserFromGetMe | undefined> {
  // A bare client with a short deadline: no auto-retry (this loop is the retry), no 500 s default timeout.
  const api = new Api(o.token, { apiRoot: o.apiRoot, timeoutSeconds: 10 });
  let wait = 2000;
  for (let attempt = 1; !signal.aborted; attempt++) {
    try {
      // grammY types its signal with the abort-controller shim's class; the platform's AbortSignal is what it uses.
      return await api.getMe(signal as unknown as Parameters<Api['getMe']>[0]);
    } catch (err) {
      if (signal.aborted) return undefined;
      if (err instanceof GrammyError && (err.error_code === 401 || err.error_code === 404)) {
        throw new StartupError(
          `TELEGRAM_BOT_TOKEN: Telegram rejected the token (${telegramReason(err)}); copy it again from @BotFather ` +
            '(/mybots, API Token) into TELEGRAM_BOT_TOKEN and start again',
        );
      }
      const reason = telegramReason(err);
      if (attempt === 1) {
        o.log.warn(
          { apiRoot: o.apiRoot, reason },
          `cannot reach Telegram at ${o.apiRoot} (${reason}); trying again in the background, /healthz is up meanwhile`,
        );
      } else {
        o.log.debug({ attempt, reason }, 'Telegram still unreachable');
      }
      await pause(wait, signal);
      wait = Math.min(60_000, wait * 2);
    }
  }
  return undefined;
}
