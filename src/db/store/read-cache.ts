/**
 * Rows read since the database last changed, kept for the next read of the same row. Every update reads its
 * runner and their plan before anything else; most (/today, /week, a button) write nothing, and the runner's row
 * is the widest read of all (28 columns, three of them JSON, checked with zod). Issue 18's update bench spent more
 * of its time on these reads than on anything else runcoach does.
 *
 * A kept row is good for exactly as long as SQLite says nothing changed: `total_changes()` counts every row this
 * connection inserted, updated or deleted (trigger and foreign-key actions included), and `data_version` changes
 * when another connection or process (the CLI, a restore) commits. The first is read on every lookup (a tenth of a
 * microsecond), the second once per synchronous stretch (below); any change empties the whole cache. Nothing is kept or served inside a
 * transaction, whose writes may still roll back. The rows are frozen: they are shared by every reader.
 */
import type { Db } from '../client.ts';

export interface ReadCache {
  /** The value of `key` in `space`, from `read` unless it was read since the database last changed. */
  get<T>(space: string, key: number | string, read: () => T): T;
}

/** Runners active at once; a morning fan-out reads through other paths (due lists), not row by row. */
const DEFAULT_MAX_ENTRIES = 2_000;

export function readCache(db: Db, maxEntries = DEFAULT_MAX_ENTRIES): ReadCache {
  const client = db.$client;
  // Two plain statements: the pragma_data_version table-valued function costs ten times as much (a virtual table).
  const changesNow = client.prepare('select total_changes()').pluck();
  const versionNow = client.prepare('pragma data_version').pluck();
  const entries = new Map<string, unknown>();
  let changes = -1;
  let version = -1;
  // data_version takes a read lock on the file (3 µs in WAL mode, more than the reads it saves), so it is asked
  // once per synchronous stretch of work: another process's commit is seen from the next turn of the event loop,
  // as if this turn's reads had all been made at its start (outside a transaction nothing promises more).
  let versionThisTurn: number | undefined;
  const currentVersion = (): number => {
    if (versionThisTurn === undefined) {
      versionThisTurn = versionNow.get() as number;
      queueMicrotask(() => {
        versionThisTurn = undefined;
      });
    }
    return versionThisTurn;
  };
  return {
    get<T>(space: string, key: number | string, read: () => T): T {
      if (client.inTransaction) return read();
      const c = changesNow.get() as number;
      const v = currentVersion();
      if (c !== changes || v !== version) {
        entries.clear();
        changes = c;
        version = v;
      }
      const id = `${space}|${key}`;
      if (entries.has(id)) return entries.get(id) as T;
      const value = read();
      if (entries.size >= maxEntries) entries.clear();
      entries.set(id, deepFreeze(value));
      return value;
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}
