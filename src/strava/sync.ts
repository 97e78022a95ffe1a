/**
 * What a webhook event does, once it is safely in the inbox: fetch the activity, store or update or remove the
 * run, match it to the plan through the engine, and write the post-run prompt to the outbox. Every step is
 * idempotent (unique run per activity, unique outbox key per prompt), so a retried event repeats nothing.
 */
import type { Store } from '../db/store/index.ts';
import type { Run } from '../db/store/runs.ts';
import type { StravaAccount } from '../db/store/strava.ts';
import type { Logger } from '../log.ts';
import { languageOf, localeOf } from '../messages/languages.ts';
import { ingestRun } from '../runs/ingest.ts';
import { addDays, localDate } from '../time/local.ts';
import { type Accounts, REFRESH_MARGIN_MS, RefreshRefused, refreshDoubtKey, restoreWorkoutStatus } from './accounts.ts';
import { type Activity, type StravaClient, StravaError } from './client.ts';
import { isDeauthorization, isRunType, type WebhookEvent } from './events.ts';
import { deauthorizedMessage, postRunMessage } from './messages.ts';
import { ReadBudget } from './read-budget.ts';

export type Outcome = 'done' | 'ignored';

/** Prompts are for fresh runs: an old activity uploaded late is stored and matched without a question. */
const PROMPT_WITHIN_DAYS = 2;
/** Above this pacing delay, the event goes back to the inbox instead of holding the worker. */
const MAX_INLINE_DELAY_MS = 2000;

export interface SyncDeps {
  store: Store;
  client: StravaClient;
  accounts: Accounts;
  log: Logger;
  now: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** Reads per athlete per 15-minute window (default ATHLETE_READS_PER_WINDOW; benches raise it). */
  athleteReadsPerWindow?: number;
}

export class Sync {
  private readonly sleep: (ms: number) => Promise<void>;
  /** Reads per athlete: forged events for one athlete cannot spend everyone's Strava budget. */
  private readonly budget: ReadBudget;

  constructor(private readonly d: SyncDeps) {
    this.sleep = d.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.budget = new ReadBudget(d.athleteReadsPerWindow);
  }

  async handle(event: WebhookEvent): Promise<Outcome> {
    const account = this.d.store.strava.byAthlete(event.owner_id);
    if (!account) return 'ignored';
    if (event.object_type === 'athlete') {
      if (!isDeauthorization(event)) return 'ignored';
      // Events carry no signature and athlete ids are public: only Strava refusing our tokens confirms it.
      const verdict = await this.revocation(account);
      if (verdict === 'revoked') return this.deauthorize(account, event);
      this.d.log.warn(
        { userId: account.userId, athleteId: account.athleteId },
        verdict === 'authorized'
          ? 'strava deauthorization event, but Strava still accepts our tokens: ignored as forged'
          : 'strava deauthorization event, but Strava refused a refresh token that may have been rotated by a lost answer: nothing deleted',
      );
      return 'ignored';
    }
    const existing = this.d.store.runs.byExternal('strava', String(event.object_id));
    if (existing && existing.userId !== account.userId) return 'ignored';
    if (event.aspect_type === 'delete') {
      if (!existing) return 'ignored';
      // The same: a deletion is believed once Strava no longer has the activity.
      if (!(await this.fetchActivity(account, event.object_id))) return this.remove(existing);
      this.d.log.warn(
        { userId: account.userId, activityId: event.object_id },
        'strava delete event, but the activity is still there: ignored as forged',
      );
      return 'ignored';
    }
    const activity = await this.fetchActivity(account, event.object_id);
    // Gone, now hidden from us, or no longer a run (a run that became a ride): our copy goes too.
    if (!activity || !isRunType(activity) || (activity.athlete && activity.athlete.id !== account.athleteId)) {
      return existing ? this.remove(existing) : 'ignored';
    }
    if (existing) return this.refresh(existing, activity);
    return this.create(account, activity);
  }

  /** Deletes the runner's tokens and Strava data (confirmed revoked) and tells them, in one transaction. */
  deauthorize(account: StravaAccount, event: WebhookEvent): Outcome {
    const { store } = this.d;
    store.transaction(() => {
      const deleted = this.d.accounts.removeAll(account.userId);
      const user = store.users.get(account.userId);
      if (user) {
        store.outbox.enqueue({
          key: `strava:deauth:${account.userId}:${event.event_time}`,
          userId: user.telegramId,
          chatId: user.chatId,
          kind: 'strava_deauthorized',
          payload: deauthorizedMessage(deleted, languageOf(user)),
        });
      }
    });
    this.d.log.info({ userId: account.userId, athleteId: account.athleteId }, 'strava deauthorized: data deleted');
    return 'done';
  }

  /**
   * Whether Strava has revoked the runner's authorization, from unambiguous answers only (issue 15, finding 2):
   * - with an access token that is fresh and not in doubt, `GET /athlete`: 401 is revoked, 200 authorized;
   * - else a forced refresh: new tokens are authorized; the grant refused is revoked, unless an earlier refresh's
   *   answer was lost (Strava may have rotated the token), which is `unsure` and deletes nothing.
   * Timeouts, 5xx, 429 and our own client credentials refused are thrown: the event waits and is tried again.
   */
  private async revocation(account: StravaAccount): Promise<'revoked' | 'authorized' | 'unsure'> {
    const { store, accounts, client, now } = this.d;
    const inDoubt = store.meta.get(refreshDoubtKey(account.userId)) !== undefined;
    if (!inDoubt && account.expiresAt - now().getTime() > REFRESH_MARGIN_MS) {
      await this.gateRead(account.athleteId);
      try {
        this.budget.spent(account.athleteId, now().getTime());
        const me = await client.athlete(accounts.tokens(account).accessToken);
        return me.id === account.athleteId ? 'authorized' : 'unsure';
      } catch (err) {
        if (err instanceof StravaError && err.kind === 'unauthorized') return 'revoked';
        throw err;
      }
    }
    try {
      await accounts.accessToken(account.userId, { force: true });
      return 'authorized';
    } catch (err) {
      if (err instanceof RefreshRefused) return err.inDoubt ? 'unsure' : 'revoked';
      throw err;
    }
  }

  /**
   * Waits for Strava's read budget (inline when short; otherwise the event goes back to the inbox), and the
   * athlete's own share of it.
   */
  private async gateRead(athleteId: number): Promise<void> {
    const nowMs = this.d.now().getTime();
    const mine = this.budget.gate(athleteId, nowMs, this.d.client.limiter.usedShare(nowMs));
    if (!mine.ok) throw new StravaError('rate_limited', mine.reason, undefined, mine.retryAt);
    const gate = this.d.client.limiter.gate(nowMs);
    if (!gate.ok) throw new StravaError('rate_limited', 'waiting for the Strava rate window', undefined, gate.retryAt);
    if (gate.delayMs > MAX_INLINE_DELAY_MS) {
      const at = this.d.now().getTime() + gate.delayMs;
      throw new StravaError('rate_limited', 'pacing near the Strava rate limit', undefined, at);
    }
    if (gate.delayMs > 0) await this.sleep(gate.delayMs);
  }

  private async fetchActivity(account: StravaAccount, id: number): Promise<Activity | null> {
    await this.gateRead(account.athleteId);
    const read = async (token: string): Promise<Activity | null> => {
      const at = this.d.now().getTime();
      try {
        const activity = await this.d.client.activity(id, token);
        this.budget.spent(account.athleteId, at);
        return activity;
      } catch (err) {
        const notFound = err instanceof StravaError && err.kind === 'not_found';
        this.budget.spent(account.athleteId, at, notFound);
        if (notFound) return null;
        throw err;
      }
    };
    try {
      return await read(await this.d.accounts.accessToken(account.userId));
    } catch (err) {
      if (!(err instanceof StravaError) || err.kind !== 'unauthorized') throw err;
    }
    // 401 although the token looked fresh (revoked, or clocks disagree): refresh once and try again.
    return read(await this.d.accounts.accessToken(account.userId, { force: true }));
  }

  private create(account: StravaAccount, activity: Activity): Outcome {
    const { store, now } = this.d;
    const user = store.users.get(account.userId);
    // Disconnected while the activity was being fetched: nothing of it is kept.
    if (!user || !store.strava.get(account.userId)) return 'ignored';
    const startedAt = Date.parse(activity.start_date);
    if (!Number.isFinite(startedAt)) throw new StravaError('bad_response', 'activity without a valid start_date');
    const date = localDate(new Date(startedAt), user.timezone);
    const distanceKm = Math.round(activity.distance / 10) / 100;
    const durationSec = activity.moving_time;
    const today = localDate(now(), user.timezone);
    const nowMs = now().getTime();
    store.transaction(() => {
      const { created, match } = ingestRun(store, {
        userId: user.telegramId,
        date,
        startedAt,
        distanceKm,
        durationSec,
        source: 'strava',
        externalId: String(activity.id),
        title: activity.name ?? null,
        sportType: activity.sport_type ?? activity.type ?? null,
        raw: rawOf(activity),
        createdAt: nowMs,
      });
      if (!created) return;
      const row = match.workout ? store.plans.workoutOn(user.telegramId, match.workout.date) : undefined;
      if (date >= addDays(today, -PROMPT_WITHIN_DAYS) && date <= addDays(today, 1)) {
        store.outbox.enqueue({
          key: `strava:postrun:${activity.id}`,
          userId: user.telegramId,
          chatId: user.chatId,
          kind: 'strava_postrun',
          payload: postRunMessage({
            date,
            distanceKm,
            durationSec,
            units: user.units,
            match: match.status,
            workout: row ?? match.workout ?? null,
            speech: { lang: languageOf(user), locale: localeOf(user) },
          }),
        });
      }
    });
    this.d.log.info({ userId: user.telegramId, activityId: activity.id }, 'strava run stored');
    return 'done';
  }

  /** Title, type and privacy changed on Strava. Raw data already purged (type included) is not brought back. */
  private refresh(run: Run, activity: Activity): Outcome {
    if (run.rawPurgedAt !== null) return 'done';
    this.d.store.runs.update(run.id, {
      sportType: activity.sport_type ?? activity.type ?? null,
      title: activity.name ?? null,
      raw: rawOf(activity),
    });
    return 'done';
  }

  private remove(run: Run): Outcome {
    const { store } = this.d;
    store.transaction(() => {
      store.runs.delete(run.id);
      if (run.workoutDate && run.matchStatus !== 'extra') restoreWorkoutStatus(store, run.userId, run.workoutDate);
    });
    this.d.log.info({ userId: run.userId, activityId: run.externalId }, 'strava run removed');
    return 'done';
  }
}

/** The part of Strava's activity we keep, for at most STRAVA_RETENTION_DAYS (then purged). */
function rawOf(a: Activity): Record<string, unknown> {
  const keep = [
    'id',
    'name',
    'type',
    'sport_type',
    'distance',
    'moving_time',
    'elapsed_time',
    'start_date',
    'start_date_local',
    'timezone',
    'private',
    'visibility',
    'total_elevation_gain',
    'average_speed',
    'max_speed',
    'average_heartrate',
    'max_heartrate',
    'manual',
    'trainer',
  ] as const;
  const out: Record<string, unknown> = {};
  for (const k of keep) if (a[k] !== undefined) out[k] = a[k];
  return out;
}
