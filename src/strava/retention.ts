/**
 * Strava data outside the runs table: webhook events in the inbox and Strava messages (`strava_*`) in the outbox.
 * They go with the runner's other Strava data on disconnect and deauthorization, and after STRAVA_RETENTION_DAYS
 * once finished (the general retention job keeps other rows for 30 days).
 */
import { and, eq, inArray, like, lt, sql } from 'drizzle-orm';
import { inbox, outbox } from '../db/schema.ts';
import type { Store } from '../db/store/index.ts';

const STRAVA_KINDS = 'strava%';
const ownerOf = sql`json_extract(${inbox.payload}, '$.owner_id')`;

/** Every inbox row about `athleteId` and every Strava message to `userId`, whatever its status. */
export function deleteStravaQueues(
  store: Store,
  userId: number,
  athleteId: number | undefined,
): { inbox: number; outbox: number } {
  const events =
    athleteId === undefined
      ? 0
      : store.db
          .delete(inbox)
          .where(and(eq(inbox.source, 'strava'), eq(ownerOf, athleteId)))
          .run().changes;
  const messages = store.db
    .delete(outbox)
    .where(and(eq(outbox.userId, userId), like(outbox.kind, STRAVA_KINDS)))
    .run().changes;
  return { inbox: events, outbox: messages };
}

/** Finished Strava inbox rows and finished Strava messages received or written before `beforeMs`. */
export function purgeStravaQueues(store: Store, beforeMs: number): { inbox: number; outbox: number } {
  const events = store.db
    .delete(inbox)
    .where(
      and(
        eq(inbox.source, 'strava'),
        inArray(inbox.status, ['done', 'ignored', 'failed']),
        lt(inbox.createdAt, beforeMs),
      ),
    )
    .run().changes;
  const messages = store.db
    .delete(outbox)
    .where(
      and(
        like(outbox.kind, STRAVA_KINDS),
        inArray(outbox.status, ['sent', 'failed', 'dropped']),
        lt(outbox.createdAt, beforeMs),
      ),
    )
    .run().changes;
  return { inbox: events, outbox: messages };
}
