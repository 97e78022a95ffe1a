/**
 * Signed, expiring, single-use tokens: the link the bot sends (`/strava/connect?t=`) and the OAuth `state`.
 * The signature (HMAC, key from APP_SECRET) rejects forgeries without touching the database; the oauth_states
 * row makes each token single use and bounds its life a second time. A state is also bound to the browser that
 * opened the link (issue 15, login CSRF): it carries the hash of a random secret that `/strava/connect` sets as
 * a cookie, so an authorize URL sent to someone else's browser comes back without the matching cookie.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Store } from '../db/store/index.ts';
import { type Keyring, nonce, safeEqual } from './crypto.ts';

/** A fresh browser secret (the cookie's value) and the hash that goes into the signed state. */
export function browserBinding(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, hash: bindingHash(secret) };
}

function bindingHash(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

export const LINK_TTL_MS = 15 * 60_000;
export const STATE_TTL_MS = 15 * 60_000;

export type TokenPurpose = 'strava_link' | 'strava_state';

const payloadSchema = z.object({
  p: z.enum(['strava_link', 'strava_state']),
  u: z.number().int(),
  n: z.string().min(8).max(64),
  e: z.number().int(),
  /** Browser binding: sha256 of the cookie's secret (states only). */
  b: z.string().max(64).optional(),
});

export type TokenCheck =
  | { ok: true; userId: number }
  | { ok: false; reason: 'forged' | 'expired' | 'used' | 'wrong_user' | 'other_browser' };

export function issueToken(
  store: Store,
  keys: Keyring,
  purpose: TokenPurpose,
  userId: number,
  nowMs: number,
  ttlMs: number,
  /** The browser binding's hash (states). */
  binding?: string,
): string {
  const n = nonce();
  const e = nowMs + ttlMs;
  store.oauthStates.create(n, userId, purpose, e);
  return keys.signJson({ p: purpose, u: userId, n, e, ...(binding ? { b: binding } : {}) });
}

/**
 * Verifies signature, purpose, expiry and (for states) the browser binding, then consumes the nonce (single
 * use). A state from another browser is refused before it is consumed: the runner's own browser can still use it.
 */
export function consumeToken(
  store: Store,
  keys: Keyring,
  purpose: TokenPurpose,
  token: string,
  nowMs: number,
  browserSecret?: string,
): TokenCheck {
  const parsed = payloadSchema.safeParse(keys.verifyJson(token));
  if (!parsed.success || parsed.data.p !== purpose) return { ok: false, reason: 'forged' };
  const { u, n, e, b } = parsed.data;
  if (purpose === 'strava_state' && b === undefined) return { ok: false, reason: 'forged' };
  if (e < nowMs) return { ok: false, reason: 'expired' };
  if (b !== undefined && (browserSecret === undefined || !safeEqual(bindingHash(browserSecret), b))) {
    return { ok: false, reason: 'other_browser' };
  }
  const row = store.oauthStates.consume(n, purpose, nowMs);
  if (!row) return { ok: false, reason: 'used' };
  if (row.userId !== u) return { ok: false, reason: 'wrong_user' };
  return { ok: true, userId: u };
}
