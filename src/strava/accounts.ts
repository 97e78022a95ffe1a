/**
 * Linked Strava accounts: tokens encrypted at rest (AES-256-GCM, key from APP_SECRET), refreshed before they
 * expire with one refresh at a time per athlete, the newest refresh token always stored; and the removal of a
 * runner's Strava tokens and data (disconnect, deauthorization) with the plan's statuses restored.
 */
import type { Store } from '../db/store/index.ts';
import type { StravaAccount } from '../db/store/strava.ts';
import type { Logger } from '../log.ts';
import { type StravaClient, StravaError, type TokenResponse } from './client.ts';
import type { Keyring } from './crypto.ts';
import { deleteStravaQueues } from './retention.ts';

/**
 * Strava refused our refresh token (400 on the refresh grant). `inDoubt`: an earlier refresh's answer was lost
 * (timeout, cut connection, 5xx), so Strava may have rotated the token without our knowing; then the refusal
 * does not prove that the runner revoked anything (issue 15, finding 2).
 */
export class RefreshRefused extends StravaError {
  constructor(
    message: string,
    readonly inDoubt: boolean,
    status?: number,
  ) {
    super('unauthorized', message, status);
    this.name = 'RefreshRefused';
  }
}

/** Refresh when the access token has less than this left (Strava's tokens live 6 hours). */
export const REFRESH_MARGIN_MS = 10 * 60_000;

const ctx = (userId: number, which: 'access' | 'refresh') => `strava:${userId}:${which}`;

export interface AccountDeps {
  store: Store;
  keys: Keyring;
  client: StravaClient;
  log: Logger;
  now: () => Date;
}

export class Accounts {
  /** In-process mutex keyed by athlete: concurrent callers wait for the one refresh in flight. */
  private readonly refreshing = new Map<number, Promise<string>>();

  constructor(private readonly d: AccountDeps) {}

  save(userId: number, athleteId: number, tokens: TokenResponse, scope: string): StravaAccount {
    const { keys } = this.d;
    // New tokens from Strava's own answer: nothing is in doubt any more.
    this.d.store.meta.delete(refreshDoubtKey(userId));
    return this.d.store.strava.save({
      userId,
      athleteId,
      accessTokenEnc: keys.encrypt(tokens.access_token, ctx(userId, 'access')),
      refreshTokenEnc: keys.encrypt(tokens.refresh_token, ctx(userId, 'refresh')),
      expiresAt: tokens.expires_at * 1000,
      scope,
    });
  }

  /** Decrypted tokens; a row still under APP_SECRET_PREVIOUS is re-encrypted with the current secret. */
  tokens(account: StravaAccount): { accessToken: string; refreshToken: string } {
    const access = this.d.keys.decrypt(account.accessTokenEnc, ctx(account.userId, 'access'));
    const refresh = this.d.keys.decrypt(account.refreshTokenEnc, ctx(account.userId, 'refresh'));
    if (access.stale || refresh.stale) {
      this.d.store.strava.save({
        ...account,
        accessTokenEnc: this.d.keys.encrypt(access.plaintext, ctx(account.userId, 'access')),
        refreshTokenEnc: this.d.keys.encrypt(refresh.plaintext, ctx(account.userId, 'refresh')),
      });
    }
    return { accessToken: access.plaintext, refreshToken: refresh.plaintext };
  }

  /** A valid access token for the runner, refreshed first when it is about to expire. */
  async accessToken(userId: number, options: { force?: boolean } = {}): Promise<string> {
    const account = this.d.store.strava.get(userId);
    if (!account) throw new StravaError('unauthorized', 'Strava is not connected for this runner');
    if (!options.force && account.expiresAt - this.d.now().getTime() > REFRESH_MARGIN_MS) {
      return this.tokens(account).accessToken;
    }
    const inFlight = this.refreshing.get(account.athleteId);
    if (inFlight) return inFlight;
    const job = this.refresh(userId, account.athleteId, options.force ?? false).finally(() => {
      this.refreshing.delete(account.athleteId);
    });
    this.refreshing.set(account.athleteId, job);
    return job;
  }

  private async refresh(userId: number, athleteId: number, force: boolean): Promise<string> {
    // Read again inside the lock: the row holds the newest refresh token.
    const account = this.d.store.strava.get(userId);
    if (!account || account.athleteId !== athleteId) {
      throw new StravaError('unauthorized', 'Strava was disconnected meanwhile');
    }
    if (!force && account.expiresAt - this.d.now().getTime() > REFRESH_MARGIN_MS) {
      return this.tokens(account).accessToken;
    }
    const { refreshToken } = this.tokens(account);
    const doubtKey = refreshDoubtKey(userId);
    const inDoubt = this.d.store.meta.get(doubtKey) !== undefined;
    // Marked before the call and cleared only on a clear answer: a lost answer leaves the mark behind.
    if (!inDoubt) this.d.store.meta.set(doubtKey, String(this.d.now().getTime()));
    let fresh: TokenResponse;
    try {
      fresh = await this.d.client.refresh(refreshToken);
    } catch (err) {
      if (err instanceof StravaError && err.kind === 'bad_request') {
        // Strava answered, and refused the grant: revoked, unless an earlier answer was lost (then unsure).
        if (!inDoubt) this.d.store.meta.delete(doubtKey);
        throw new RefreshRefused(`Strava refused the refresh token: ${err.message}`, inDoubt, err.status);
      }
      if (err instanceof StravaError && err.kind === 'unauthorized') {
        // 401 on the token endpoint is about our client id and secret, not the runner: an operator problem,
        // worth retrying once fixed, never a reason to delete anything.
        if (!inDoubt) this.d.store.meta.delete(doubtKey);
        throw new StravaError('server', `Strava refused our client credentials: ${err.message}`, err.status);
      }
      throw err;
    }
    this.d.store.meta.delete(doubtKey);
    const still = this.d.store.strava.get(userId);
    if (!still || still.athleteId !== athleteId) throw new StravaError('unauthorized', 'Strava was disconnected');
    this.save(userId, athleteId, fresh, still.scope);
    this.d.log.info({ userId, athleteId }, 'strava token refreshed');
    return fresh.access_token;
  }

  /**
   * Deletes the runner's tokens, every Strava run, their Strava events in the inbox and Strava messages in the
   * outbox, and restores the statuses those runs set, all in one transaction. Returns how many runs were deleted.
   */
  removeAll(userId: number): number {
    const { store } = this.d;
    return store.transaction(() => {
      deleteStravaQueues(store, userId, store.strava.get(userId)?.athleteId);
      const stravaRuns = store.runs.all(userId).filter((r) => r.source === 'strava');
      const dates = new Set(stravaRuns.map((r) => r.workoutDate).filter((d): d is string => d !== null));
      const n = store.runs.deleteBySource(userId, 'strava');
      store.strava.delete(userId);
      for (const date of dates) restoreWorkoutStatus(store, userId, date);
      store.meta.deletePrefix(prevKeyPrefix(userId));
      store.meta.delete(refreshDoubtKey(userId));
      return n;
    });
  }
}

const prevKeyPrefix = (userId: number) => `strava:prev:${userId}:`;
/** Set while a refresh's answer is outstanding or was lost. */
export const refreshDoubtKey = (userId: number) => `strava:refresh-doubt:${userId}`;
const prevKey = (userId: number, date: string) => `${prevKeyPrefix(userId)}${date}`;

/** Remembers a workout's status before a Strava run first changed it, so a deletion can put it back. */
export function rememberWorkoutStatus(store: Store, userId: number, date: string, status: string): void {
  const key = prevKey(userId, date);
  if (store.meta.get(key) === undefined) store.meta.set(key, status);
}

/**
 * After a run matched to `date` is removed: the best status of the runs still matched to that day, or the status
 * the workout had before Strava changed it (else `planned`).
 */
export function restoreWorkoutStatus(store: Store, userId: number, date: string): void {
  const workout = store.plans.workoutOn(userId, date);
  const remaining = store.runs.all(userId).filter((r) => r.workoutDate === date);
  const statuses = new Set(remaining.map((r) => r.matchStatus));
  const key = prevKey(userId, date);
  if (statuses.has('done') || statuses.has('partial')) {
    if (workout) store.plans.setWorkoutStatus(userId, date, statuses.has('done') ? 'done' : 'partial');
    return;
  }
  const prev = store.meta.get(key);
  const valid = ['planned', 'done', 'partial', 'skipped', 'missed'] as const;
  const status = valid.find((s) => s === prev) ?? 'planned';
  if (workout) store.plans.setWorkoutStatus(userId, date, status);
  store.meta.delete(key);
}
