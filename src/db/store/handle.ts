/**
 * The database handle behind a store, for src/db and tests only: the rest of the code calls the store's
 * operations (test/architecture/store-seam.test.ts fails when a file outside src/db imports this).
 */
import type { Db } from '../client.ts';

const handles = new WeakMap<object, Db>();

export function registerHandle(store: object, db: Db): void {
  handles.set(store, db);
}

/** The drizzle handle of a store made by createStore. */
export function handleOf(store: object): Db {
  const db = handles.get(store);
  if (!db) throw new Error('not a store made by createStore');
  return db;
}
