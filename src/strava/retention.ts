/**
 * Strava data outside the runs table: webhook events in the inbox and Strava messages (`strava_*`) in the outbox.
 * They go with the runner's other Strava data on disconnect and deauthorization, and after STRAVA_RETENTION_DAYS
 * once finished (the general retention job keeps other rows for 30 days).
 */
import type { Store } from '../db/store/index.ts';

/** Strava's message kinds all start so (`strava_...`). */
const STRAVA_KINDS = 'strava';

/** Every inbox row about `athleteId` and every Strava message to `userId`, whatever its status. */
export function deleteStravaQueues(
  store: Store,
  userId: number,
  athleteId: number | undefined,
): { inbox: number; outbox: number } {
  const events = athleteId === undefined ? 0 : store.inbox.deleteStravaOfAthlete(athleteId);
  const messages = store.outbox.deleteKindForUser(userId, STRAVA_KINDS);
  return { inbox: events, outbox: messages };
}

/** Finished Strava inbox rows and finished Strava messages received or written before `beforeMs`. */
export function purgeStravaQueues(store: Store, beforeMs: number): { inbox: number; outbox: number } {
  return {
    inbox: store.inbox.deleteFinishedOfSourceBefore('strava', beforeMs),
    outbox: store.outbox.deleteFinishedKindBefore(STRAVA_KINDS, beforeMs),
  };
}
