/** Shared set-up for the scheduled-job tests: seeded runners, a job context with a fake clock, outbox reads. */
import { asc } from 'drizzle-orm';
import { type SeedOptions, seedUsers } from '../../src/cli/seed.ts';
import { outbox as outboxTable } from '../../src/db/schema.ts';
import type { OutboxRow, Store } from '../../src/db/store/index.ts';
import type { JobContext } from '../../src/jobs/context.ts';
import { silentLogger } from '../../src/log.ts';
import { parsePayload } from '../../src/outbox/payload.ts';
import { dbOf } from '../helpers/db.ts';

/** A 1×1 PNG: the chart renderer is slow enough that only the chart tests run the real one. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export function jobCtx(store: Store, now: string | Date, extra: Partial<JobContext> = {}): JobContext {
  return {
    store,
    log: silentLogger,
    now: typeof now === 'string' ? new Date(now) : now,
    renderChart: async () => TINY_PNG,
    ...extra,
  };
}

/** Seeds runners as `cli seed` does (plan from Monday 30 Nov 2026, a half in 12 weeks). */
export function seed(store: Store, options: Partial<SeedOptions> & { users: number }) {
  return seedUsers(store, {
    now: new Date('2026-11-29T12:00:00Z'),
    start: '2026-11-30',
    goal: 'half',
    firstId: 1000,
    ...options,
  });
}

export function outbox(store: Store): OutboxRow[] {
  return dbOf(store).select().from(outboxTable).orderBy(asc(outboxTable.id)).all();
}

export function html(row: OutboxRow): string {
  return parsePayload(row.payload).html;
}
