/**
 * The hot reads (every update reads its runner and the day's workout) as better-sqlite3 statements with a decoder
 * built once. drizzle builds the SQL (no SQL is written here) and its prepared queries already skip that step,
 * but each call still re-checks every parameter and every column with `is()` (a prototype walk) and rebuilds the
 * row through a generic path: 10–40 µs a read against 2–9 µs for the statement itself, measured with
 * process.cpuUsage (issue 18's update bench). The rows are the same: each non-null value goes through its
 * column's mapFromDriverValue (JSON columns parsed, booleans and enums as drizzle maps them).
 */
import { type Column, is, Placeholder } from 'drizzle-orm';
import type { Db } from '../client.ts';

interface Compiled {
  toSQL(): { sql: string; params: unknown[] };
  all(): unknown[];
}

export type RowOf<Q extends Compiled> = ReturnType<Q['all']>[number];

export interface FastRead<Row> {
  get(values?: Record<string, unknown>): Row | undefined;
  all(values?: Record<string, unknown>): Row[];
}

export interface FastReadOptions {
  /**
   * Append `limit 1` to the SQL (the query must have no limit of its own). drizzle's `.limit(1)` binds the 1 as a
   * parameter, and SQLite then plans the statement less well: 25 µs a read against 3 µs with the literal.
   */
  firstRowOnly?: boolean;
}

/**
 * `query` is a drizzle select (not prepared) selecting exactly `fields`, in that order (a whole table's select uses
 * getTableColumns(table)); placeholders are filled from the values by name, as drizzle's `.get(values)` does.
 */
export function fastRead<Q extends Compiled>(
  db: Db,
  query: Q,
  fields: Record<string, Column>,
  options: FastReadOptions = {},
): FastRead<RowOf<Q>> {
  const { sql, params } = query.toSQL();
  const stmt = db.$client.prepare(options.firstRowOnly ? `${sql} limit 1` : sql).raw(true);
  const columns = Object.entries(fields);
  const names = stmt.columns().map((c) => c.name);
  if (names.join(',') !== columns.map(([, c]) => c.name).join(',')) {
    throw new Error(`fastRead: the query selects ${names.join(', ')}, not the fields given`);
  }
  // Each parameter: a placeholder's name, or the value drizzle already mapped for the driver.
  type Slot = { placeholder: true; name: string } | { placeholder: false; value: unknown };
  const slots = params.map((p): Slot => {
    if (is(p, Placeholder)) return { placeholder: true, name: p.name as string };
    if (p !== null && typeof p === 'object') throw new Error('fastRead: only placeholders and plain values');
    return { placeholder: false, value: p };
  });
  const bind = (values: Record<string, unknown> = {}): unknown[] =>
    slots.map((s) => (s.placeholder ? values[s.name] : s.value));
  const decode = (row: unknown[]): RowOf<Q> => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) {
      const [key, column] = columns[i] as [string, Column];
      const raw = row[i];
      out[key] = raw === null ? null : column.mapFromDriverValue(raw);
    }
    return out as RowOf<Q>;
  };
  return {
    get(values) {
      const row = stmt.get(...bind(values)) as unknown[] | undefined;
      return row ? decode(row) : undefined;
    },
    all(values) {
      return (stmt.all(...bind(values)) as unknown[][]).map(decode);
    },
  };
}
