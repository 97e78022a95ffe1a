/**
 * Keeps a runner's plan on their intervals.icu calendar: from today on, one planned `WORKOUT` event per workout
 * (skipped ones removed), sent again only when it changed (a fingerprint per day), and all of them removed on
 * disconnect. Only the plan goes out, never a run: Strava's data may not reach third parties
 * (src/runs/source-policy.ts).
 */
import { createHash } from 'node:crypto';
import { workoutTitle } from '../coach/replies/workout.ts';
import type { Store } from '../db/store/index.ts';
import type { Logger } from '../log.ts';
import { languageOf } from '../messages/languages.ts';
import type { Keyring } from '../strava/crypto.ts';
import { localDate } from '../time/local.ts';
import { type IntervalsClient, IntervalsError, type IntervalsEventInput } from './client.ts';
import { workoutText } from './workout-text.ts';

export type ConnectOutcome = { ok: true; events: number } | { ok: false; reason: 'refused' | 'unavailable' };

export const externalIdOf = (date: string) => `runcoach-${date}`;

export class IntervalsService {
  constructor(
    private readonly d: { store: Store; client: IntervalsClient; keyring: Keyring; now: () => Date; log: Logger },
  ) {}

  connected(userId: number): { athleteId: string } | null {
    const account = this.d.store.intervals.get(userId);
    return account ? { athleteId: account.athleteId } : null;
  }

  /** Verifies the id and key with intervals.icu, stores the key encrypted, and puts the plan on the calendar. */
  async connect(userId: number, athleteId: string, apiKey: string): Promise<ConnectOutcome> {
    try {
      await this.d.client.athlete(athleteId, apiKey);
    } catch (err) {
      if (err instanceof IntervalsError && err.kind !== 'unavailable') return { ok: false, reason: 'refused' };
      this.d.log.warn({ err, userId }, 'intervals.icu: verification failed');
      return { ok: false, reason: 'unavailable' };
    }
    const previous = this.d.store.intervals.get(userId);
    this.d.store.transaction(() => {
      // Another athlete's calendar does not hold our events: forget what we put on the old one.
      if (previous && previous.athleteId !== athleteId) this.d.store.intervals.delete(userId);
      this.d.store.intervals.save(userId, athleteId, this.d.keyring.encrypt(apiKey, context(userId)));
    });
    try {
      const events = await this.sync(userId);
      return { ok: true, events };
    } catch (err) {
      this.d.log.warn({ err, userId }, 'intervals.icu: first push failed; retried on the next change');
      return { ok: true, events: 0 };
    }
  }

  /** Removes our events from the runner's calendar, then the link. The link goes even if intervals.icu is down. */
  async disconnect(userId: number): Promise<{ removed: number; reachable: boolean }> {
    const account = this.d.store.intervals.get(userId);
    if (!account) return { removed: 0, reachable: true };
    const ids = this.d.store.intervals.events(userId).map((e) => externalIdOf(e.date));
    let reachable = true;
    if (ids.length > 0) {
      try {
        await this.d.client.deleteEvents(account.athleteId, this.key(userId, account.apiKeyEnc), ids);
      } catch (err) {
        reachable = false;
        this.d.log.warn({ err, userId }, 'intervals.icu: could not remove events on disconnect');
      }
    }
    this.d.store.intervals.delete(userId);
    return { removed: reachable ? ids.length : 0, reachable };
  }

  /** Brings the calendar in step with the plan; returns how many events were sent or removed. Throws on failure. */
  async sync(userId: number): Promise<number> {
    const { store } = this.d;
    const account = store.intervals.get(userId);
    const user = store.users.get(userId);
    if (!account || !user) return 0;
    const today = localDate(this.d.now(), user.timezone);
    const plan = store.plans.getActive(userId);
    // The event's name and section headers in the runner's language (a language change sends the events again).
    const lang = languageOf(user);
    const wanted = new Map<string, { event: IntervalsEventInput; hash: string }>();
    for (const w of plan ? plan.weeks.flatMap((wk) => wk.workouts) : []) {
      if (w.date < today || w.status === 'skipped') continue;
      const event: IntervalsEventInput = {
        category: 'WORKOUT',
        start_date_local: `${w.date}T00:00:00`,
        type: 'Run',
        name: workoutTitle(w, lang),
        description: workoutText(w, plan?.paces?.easy ?? null, lang),
        external_id: externalIdOf(w.date),
      };
      wanted.set(w.date, {
        event,
        hash: createHash('sha256').update(JSON.stringify(event)).digest('hex').slice(0, 32),
      });
    }
    const known = new Map(store.intervals.events(userId).map((e) => [e.date, e]));
    const send = [...wanted.entries()].filter(([date, { hash }]) => known.get(date)?.hash !== hash);
    const remove = [...known.keys()].filter((date) => date >= today && !wanted.has(date));
    if (send.length === 0 && remove.length === 0) return 0;
    const key = this.key(userId, account.apiKeyEnc);
    if (send.length > 0) {
      const saved = await this.d.client.upsertEvents(
        account.athleteId,
        key,
        send.map(([, v]) => v.event),
      );
      const idOf = new Map((saved ?? []).map((e) => [e.external_id, e.id]));
      store.transaction(() => {
        for (const [date, { hash }] of send) {
          store.intervals.saveEvent(userId, date, idOf.get(externalIdOf(date)) ?? 0, hash);
        }
      });
    }
    if (remove.length > 0) {
      await this.d.client.deleteEvents(account.athleteId, key, remove.map(externalIdOf));
      store.transaction(() => {
        for (const date of remove) store.intervals.deleteEvent(userId, date);
      });
    }
    this.d.log.info({ userId, sent: send.length, removed: remove.length }, 'intervals.icu calendar synced');
    return send.length + remove.length;
  }

  /** After anything the runner did: sync if linked; failures are logged and retried on the next change. */
  async syncQuietly(userId: number): Promise<void> {
    if (!this.d.store.intervals.get(userId)) return;
    try {
      await this.sync(userId);
    } catch (err) {
      this.d.log.warn({ err, userId }, 'intervals.icu: sync failed; retried after the next change');
    }
  }

  private key(userId: number, enc: string): string {
    return this.d.keyring.decrypt(enc, context(userId)).plaintext;
  }
}

const context = (userId: number) => `intervals:${userId}`;
