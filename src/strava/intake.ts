/**
 * The webhook's hot path: three prepared statements per event (src/db/store/intake.ts), and events that arrive in
 * the same turn of the event loop written in one transaction.
 */
import type { Store } from '../db/store/index.ts';
import { SUBSCRIPTION_META_KEY } from './events.ts';

export interface Intake {
  subscriptionId(): string | undefined;
  userOfAthlete(athleteId: number): number | undefined;
  /** Inserts the event; false when its key is already there (a duplicate delivery). */
  add(key: string, payload: unknown, nowMs: number): boolean;
  /**
   * The same, group-committed: events that arrive in the same turn of the event loop are written in one
   * transaction before any of them is answered (under a burst, one commit instead of one per event).
   */
  addSoon(key: string, payload: unknown, nowMs: number): Promise<boolean>;
}

export function createIntake(store: Store): Intake {
  const db = store.stravaIntake;
  const add = (key: string, payload: unknown, nowMs: number) => db.add({ key, payload, nowMs });
  type Pending = {
    key: string;
    payload: unknown;
    nowMs: number;
    done: (added: boolean) => void;
    fail: (e: unknown) => void;
  };
  let pending: Pending[] = [];
  const flush = () => {
    const batch = pending;
    pending = [];
    try {
      const added = db.addAll(batch);
      batch.forEach((p, i) => {
        p.done(added[i] ?? false);
      });
    } catch (err) {
      for (const p of batch) p.fail(err);
    }
  };
  return {
    subscriptionId: () => db.metaValue(SUBSCRIPTION_META_KEY),
    userOfAthlete: (athleteId) => db.userOfAthlete(athleteId),
    add,
    addSoon: (key, payload, nowMs) =>
      new Promise<boolean>((done, fail) => {
        if (pending.length === 0) setImmediate(flush);
        pending.push({ key, payload, nowMs, done, fail });
      }),
  };
}
