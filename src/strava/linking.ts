/**
 * A new Strava link is confirmed in the chat that asked for it before any run flows (issue 15, login CSRF): the
 * callback stores the tokens as a pending link and asks "Link Strava athlete Ana R.?"; Yes makes it the runner's
 * link (revoking at Strava the athlete it replaces, whose data goes), No revokes the new authorization. The
 * Standard tier's cap on linked athletes (STRAVA_ATHLETE_LIMIT, default 10) is checked before the code exchange
 * and again at the confirmation.
 */
import type { Store } from '../db/store/index.ts';
import type { StravaPendingLink } from '../db/store/strava.ts';
import type { Logger } from '../log.ts';
import type { Accounts } from './accounts.ts';
import type { StravaClient, TokenResponse } from './client.ts';
import type { Keyring } from './crypto.ts';

/** How long the runner has to answer Yes or No in the chat. */
export const PENDING_TTL_MS = 60 * 60_000;

export type ProposeResult = { kind: 'relinked' } | { kind: 'pending'; athleteName: string };

export type ConfirmResult =
  | { kind: 'linked'; athleteName: string; replaced: number | null }
  | { kind: 'declined' }
  | { kind: 'expired' }
  | { kind: 'full'; limit: number }
  | { kind: 'taken' };

export interface LinkingDeps {
  store: Store;
  keys: Keyring;
  client: StravaClient;
  accounts: Accounts;
  log: Logger;
  now: () => Date;
  athleteLimit: number;
}

const ctx = (userId: number, which: 'access' | 'refresh') => `strava:${userId}:pending-${which}`;

/** "Ana R.": the first name and the initial of the last, as Strava shows athletes to others. */
export function athleteLabel(athlete: TokenResponse['athlete'], athleteId: number): string {
  const first = athlete?.firstname?.trim();
  const last = athlete?.lastname?.trim();
  if (!first) return `#${athleteId}`;
  return last ? `${first} ${last.slice(0, 1)}.` : first;
}

export class Linking {
  constructor(private readonly d: LinkingDeps) {}

  /** Whether a runner without a link would be refused because the app is at its athlete cap. */
  full(userId: number): boolean {
    const { store, athleteLimit } = this.d;
    return store.strava.get(userId) === undefined && store.strava.count() >= athleteLimit;
  }

  get limit(): number {
    return this.d.athleteLimit;
  }

  /**
   * After the code exchange: the same athlete again (new tokens, e.g. a scope change) is saved at once; any other
   * athlete waits for the runner's confirmation. A pending link it replaces is revoked at Strava.
   */
  async propose(userId: number, athleteId: number, tokens: TokenResponse, scope: string): Promise<ProposeResult> {
    const { store, keys, now } = this.d;
    const current = store.strava.get(userId);
    if (current?.athleteId === athleteId) {
      this.d.accounts.save(userId, athleteId, tokens, scope);
      store.stravaPending.delete(userId);
      return { kind: 'relinked' };
    }
    const athleteName = athleteLabel(tokens.athlete, athleteId);
    const before = store.stravaPending.put({
      userId,
      athleteId,
      athleteName,
      accessTokenEnc: keys.encrypt(tokens.access_token, ctx(userId, 'access')),
      refreshTokenEnc: keys.encrypt(tokens.refresh_token, ctx(userId, 'refresh')),
      tokenExpiresAt: tokens.expires_at * 1000,
      scope,
      expiresAt: now().getTime() + PENDING_TTL_MS,
    });
    if (before && before.athleteId !== athleteId) await this.revokePending(before, userId);
    return { kind: 'pending', athleteName };
  }

  /** The runner's answer to "Link Strava athlete …?" (the button carries the athlete id it was asked about). */
  async answer(userId: number, athleteId: number, yes: boolean): Promise<ConfirmResult> {
    const { store, now, log } = this.d;
    const pending = store.stravaPending.get(userId);
    if (!pending || pending.athleteId !== athleteId) return { kind: 'expired' };
    store.stravaPending.delete(userId);
    if (pending.expiresAt < now().getTime()) {
      await this.revokePending(pending, userId);
      return { kind: 'expired' };
    }
    if (!yes) {
      await this.revokePending(pending, userId);
      log.info({ userId, athleteId }, 'strava link declined in the chat');
      return { kind: 'declined' };
    }
    const other = store.strava.byAthlete(athleteId);
    if (other && other.userId !== userId) return { kind: 'taken' };
    if (this.full(userId)) {
      await this.revokePending(pending, userId);
      return { kind: 'full', limit: this.d.athleteLimit };
    }
    const current = store.strava.get(userId);
    let replaced: number | null = null;
    if (current && current.athleteId !== athleteId) {
      replaced = current.athleteId;
      await this.revokeAccount(userId);
      this.d.accounts.removeAll(userId);
    }
    const tokens = this.pendingTokens(pending, userId);
    this.d.accounts.save(userId, athleteId, tokens, pending.scope);
    log.info({ userId, athleteId, replaced }, 'strava link confirmed in the chat');
    return { kind: 'linked', athleteName: pending.athleteName, replaced };
  }

  /** Deletes pending links whose confirmation window closed (the retention job). Returns how many. */
  async expire(nowMs: number): Promise<number> {
    const stale = this.d.store.stravaPending.expired(nowMs);
    for (const p of stale) {
      this.d.store.stravaPending.delete(p.userId);
      await this.revokePending(p, p.userId);
    }
    return stale.length;
  }

  /** Revokes the runner's current link at Strava (best effort: a failure is logged, the local data goes anyway). */
  async revokeAccount(userId: number): Promise<void> {
    try {
      await this.d.client.deauthorize(await this.d.accounts.accessToken(userId));
    } catch (err) {
      this.d.log.warn({ userId, err: err instanceof Error ? err.message : String(err) }, 'strava revoke failed');
    }
  }

  private pendingTokens(p: StravaPendingLink, userId: number): TokenResponse {
    const { keys } = this.d;
    return {
      access_token: keys.decrypt(p.accessTokenEnc, ctx(userId, 'access')).plaintext,
      refresh_token: keys.decrypt(p.refreshTokenEnc, ctx(userId, 'refresh')).plaintext,
      expires_at: Math.floor(p.tokenExpiresAt / 1000),
    };
  }

  private async revokePending(p: StravaPendingLink, userId: number): Promise<void> {
    // The athlete may meanwhile be linked (to this runner or another): revoking would cut that link too.
    if (this.d.store.strava.byAthlete(p.athleteId)) return;
    try {
      await this.d.client.deauthorize(this.pendingTokens(p, userId).access_token);
    } catch (err) {
      this.d.log.warn(
        { userId, athleteId: p.athleteId, err: err instanceof Error ? err.message : String(err) },
        'strava revoke of an unconfirmed link failed',
      );
    }
  }
}
