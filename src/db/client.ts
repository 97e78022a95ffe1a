/** Opens the SQLite file (WAL, foreign keys, busy timeout) and applies drizzle-kit's migrations. */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { projectPath } from '../util/project-root.ts';
import { DEFAULT_BUSY_TIMEOUT_MS } from './busy.ts';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** SQLite's page cache per connection, in KiB (see openDatabase). */
export const CACHE_KIB = 4000;

export const MIGRATIONS_FOLDER = projectPath('migrations');

export interface OpenOptions {
  /** Apply pending migrations (the service does at start; `cli migrate` does on demand). */
  migrate?: boolean;
  readonly?: boolean;
  /**
   * How long a statement waits for another connection's write lock, blocking the event loop (default 5 s, for the
   * CLI). The service passes SERVICE_BUSY_TIMEOUT_MS and retries asynchronously (src/db/busy.ts); migrations at
   * open still wait the default.
   */
  busyTimeoutMs?: number;
}

/**
 * The database holds runners' health notes and encrypted tokens: owner-only (0600), the file created that way
 * before SQLite opens it. SQLite gives its -wal and -shm files the database file's mode; older files are fixed.
 */
export const DB_FILE_MODE = 0o600;

function ownerOnly(path: string): void {
  // A file or folder we may not change (not ours, immutable, a read-only mount) is left as it is: SQLite's own
  // open then fails or opens read-only, and start-up and /healthz say so in words instead of a chmod stack.
  try {
    if (!existsSync(path)) closeSync(openSync(path, 'a', DB_FILE_MODE));
    if ((statSync(path).mode & 0o777) !== DB_FILE_MODE) chmodSync(path, DB_FILE_MODE);
  } catch (err) {
    if (!isPermissionError(err)) throw err;
  }
}

function isPermissionError(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === 'EPERM' || code === 'EACCES' || code === 'EROFS';
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const onDisk = path !== ':memory:' && path !== '' && !options.readonly;
  if (onDisk) {
    mkdirSync(dirname(resolve(path)), { recursive: true, mode: 0o700 });
    ownerOnly(path);
  }
  const sqlite = new Database(path, { readonly: options.readonly ?? false });
  // WAL lets the HTTP server read while the bot writes; NORMAL sync is durable across process crashes in WAL.
  if (!options.readonly) {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
  }
  if (onDisk) for (const f of [`${path}-wal`, `${path}-shm`]) if (existsSync(f)) ownerOnly(f);
  sqlite.pragma('foreign_keys = ON');
  // better-sqlite3 builds SQLite with a 16 MiB page cache per connection (SQLITE_DEFAULT_CACHE_SIZE=-16000). The
  // service's reads are small and indexed and the OS caches the file anyway; 4 MiB kept idle RSS with 10,000
  // runners 13 MiB lower (125 vs 138 MiB, issue 18) with the same fan-out time. 2 MiB saved nothing more.
  sqlite.pragma(`cache_size = -${CACHE_KIB}`);
  sqlite.pragma(`busy_timeout = ${DEFAULT_BUSY_TIMEOUT_MS}`);
  const db = drizzle(sqlite, { schema }) as Db;
  if (options.migrate ?? true) migrateDatabase(db);
  const busyTimeout = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  if (busyTimeout !== DEFAULT_BUSY_TIMEOUT_MS) sqlite.pragma(`busy_timeout = ${Math.max(0, Math.round(busyTimeout))}`);
  return db;
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/** Names of the tables in the file, for checks and the CLI. */
export function tableNames(db: Db): string[] {
  return db.$client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .all()
    .map((r) => (r as { name: string }).name);
}

/** An online backup (SQLite's backup API): consistent while the service keeps writing. */
export async function backupDatabase(db: Db, destination: string): Promise<void> {
  mkdirSync(dirname(resolve(destination)), { recursive: true, mode: 0o700 });
  // A backup is the whole database: owner-only from its first byte.
  ownerOnly(destination);
  await db.$client.backup(destination);
  chmodSync(destination, DB_FILE_MODE);
}

/** Closes the file (a database opened for one CLI command, or one that failed its start-up check). */
export function closeDatabase(db: Db): void {
  db.$client.close();
}
