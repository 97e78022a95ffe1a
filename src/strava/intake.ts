/**
 * The webhook's hot path: three statements per event (subscription, owner, insert), prepared once. The store's
 * repositories build and prepare their SQL on every call, which costs several times the work itself here; the
 * acknowledgement is what Strava waits for, so it gets plain prepared statements on the same tables.
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
  const db = store.db.$client;
  const meta = db.prepare<[string], { value: string }>('select value from meta where key = ?');
  const owner = db.prepare<[number], { user_id: number }>('select user_id from strava_accounts where athlete_id = ?');
  // A deauthorization is never lost to a duplicate (issue 15, finding 3): when its key is already there and
  // finished (a forged copy was checked and ignored before the runner really revoked), it is armed again.
  const insert = db.prepare<[string, string, number, number]>(
    `insert into inbox (source, key, payload, next_attempt_at, created_at) values ('strava', ?, ?, ?, ?)
     on conflict (key) do update set status = 'pending', attempts = 0, next_attempt_at = excluded.next_attempt_at,
       lease_until = null, processed_at = null, last_error = null
     where inbox.status in ('done', 'ignored', 'failed')
       and json_extract(excluded.payload, '$.object_type') = 'athlete'
       and json_extract(excluded.payload, '$.updates.authorized') = 'false'`,
  );
  const add = (key: string, payload: unknown, nowMs: number) =>
    insert.run(key, JSON.stringify(payload), nowMs, nowMs).changes > 0;
  type Pending = {
    key: string;
    payload: unknown;
    nowMs: number;
    done: (added: boolean) => void;
    fail: (e: unknown) => void;
  };
  let pending: Pending[] = [];
  const writeAll = db.transaction((batch: Pending[]) => batch.map((p) => add(p.key, p.payload, p.nowMs)));
  const flush = () => {
    const batch = pending;
    pending = [];
    try {
      const added = writeAll.immediate(batch);
      batch.forEach((p, i) => {
        p.done(added[i] ?? false);
      });
    } catch (err) {
      for (const p of batch) p.fail(err);
    }
  };
  return {
    subscriptionId: () => meta.get(SUBSCRIPTION_META_KEY)?.value,
    userOfAthlete: (athleteId) => owner.get(athleteId)?.user_id,
    add,
    addSoon: (key, payload, nowMs) =>
      new Promise<boolean>((done, fail) => {
        if (pending.length === 0) setImmediate(flush);
        pending.push({ key, payload, nowMs, done, fail });
      }),
  };
}
