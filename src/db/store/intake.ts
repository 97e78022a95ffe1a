/**
 * The Strava webhook's hot path: three statements per event (subscription, owner, insert), prepared once. The
 * other repositories go through drizzle's query builder, which costs several times the work itself here; the
 * acknowledgement is what Strava waits for, so it gets plain prepared statements on the same tables.
 */
import type { Db } from '../client.ts';

export interface StravaIntakeEvent {
  key: string;
  payload: unknown;
  nowMs: number;
}

function prepare(db: Db) {
  const sqlite = db.$client;
  const meta = sqlite.prepare<[string], { value: string }>('select value from meta where key = ?');
  const owner = sqlite.prepare<[number], { user_id: number }>(
    'select user_id from strava_accounts where athlete_id = ?',
  );
  // A deauthorization is never lost to a duplicate (issue 15, finding 3): when its key is already there and
  // finished (a forged copy was checked and ignored before the runner really revoked), it is armed again.
  const insert = sqlite.prepare<[string, string, number, number]>(
    `insert into inbox (source, key, payload, next_attempt_at, created_at) values ('strava', ?, ?, ?, ?)
     on conflict (key) do update set status = 'pending', attempts = 0, next_attempt_at = excluded.next_attempt_at,
       lease_until = null, processed_at = null, last_error = null
     where inbox.status in ('done', 'ignored', 'failed')
       and json_extract(excluded.payload, '$.object_type') = 'athlete'
       and json_extract(excluded.payload, '$.updates.authorized') = 'false'`,
  );
  const add = (e: StravaIntakeEvent): boolean =>
    insert.run(e.key, JSON.stringify(e.payload), e.nowMs, e.nowMs).changes > 0;
  const addAll = sqlite.transaction((batch: readonly StravaIntakeEvent[]) => batch.map(add));
  return { meta, owner, add, addAll };
}

/** Prepared on first use (a store may be opened on a file that is migrated afterwards). */
export function stravaIntakeRepo(db: Db) {
  let statements: ReturnType<typeof prepare> | undefined;
  const s = () => {
    statements ??= prepare(db);
    return statements;
  };
  return {
    /** A meta value (the subscription id), read with the intake's own prepared statement. */
    metaValue: (key: string): string | undefined => s().meta.get(key)?.value,
    userOfAthlete: (athleteId: number): number | undefined => s().owner.get(athleteId)?.user_id,
    /** Inserts the event; false when its key is already there (a duplicate delivery). */
    add: (e: StravaIntakeEvent): boolean => s().add(e),
    /** The same for a batch, in one IMMEDIATE transaction (one commit instead of one per event). */
    addAll: (batch: readonly StravaIntakeEvent[]): boolean[] => s().addAll.immediate(batch),
  };
}
