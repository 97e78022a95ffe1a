/**
 * Can the service write its database now? `select 1` only proves that the file can be read: a read-only file (or
 * mount), a full disk or another process's write lock all answer it and still lose every write. The probe takes
 * the write lock, writes one row and rolls back (nothing reaches the file), and checks the free space of the
 * database's folder, since SQLite reports a full disk only when a commit needs a page it cannot get.
 */
import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { isBusyError, storageFailure } from './busy.ts';
import type { Db } from './client.ts';

/** Below this much free space in the database's folder, health fails ("disk full"): commits will soon fail. */
export const MIN_FREE_BYTES = 16 * 1024 * 1024;

export type Health = { ok: true } | { ok: false; reason: string };

export interface HealthOptions {
  minFreeBytes?: number;
}

export function databaseHealth(db: Db, options: HealthOptions = {}): Health {
  const sqlite = db.$client;
  try {
    sqlite.prepare('select 1').get();
  } catch (err) {
    return { ok: false, reason: `database does not answer (${describe(err)})` };
  }
  // Our own transactions are synchronous, so none is open here; should one be, the probe would nest in it.
  if (!sqlite.inTransaction) {
    try {
      sqlite.exec('BEGIN IMMEDIATE');
      try {
        sqlite
          .prepare(
            "insert into meta (key, value) values ('health-probe', '') on conflict (key) do update set value = ''",
          )
          .run();
      } finally {
        sqlite.exec('ROLLBACK');
      }
    } catch (err) {
      if (isBusyError(err)) return { ok: false, reason: 'database locked by another process' };
      const failure = storageFailure(err);
      if (failure === 'read-only') return { ok: false, reason: 'database is read-only' };
      if (failure) return { ok: false, reason: `database cannot be written (${failure})` };
      return { ok: false, reason: `database cannot be written (${describe(err)})` };
    }
  }
  if (!sqlite.memory) {
    try {
      const fs = statfsSync(dirname(sqlite.name));
      const free = fs.bavail * fs.bsize;
      const min = options.minFreeBytes ?? MIN_FREE_BYTES;
      if (free < min) {
        return { ok: false, reason: `disk full: ${Math.floor(free / 1024 / 1024)} MiB free next to the database` };
      }
    } catch (err) {
      return { ok: false, reason: `database folder unreadable (${describe(err)})` };
    }
  }
  return { ok: true };
}

function describe(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown };
  return typeof e?.code === 'string' ? e.code : typeof e?.message === 'string' ? e.message : String(err);
}
