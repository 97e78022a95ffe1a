/**
 * Tests only: the database handle behind a store, to arrange rows the product never writes (old timestamps,
 * damaged JSON) and to look at tables directly. Product code calls the store's operations.
 */
import type { Db } from '../../src/db/client.ts';
import { handleOf } from '../../src/db/store/handle.ts';
import type { Store } from '../../src/db/store/index.ts';

export function dbOf(store: Store): Db {
  return handleOf(store);
}
