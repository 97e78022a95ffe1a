/**
 * Signed, expiring, single-use tokens: the link the bot sends (`/strava/connect?t=`) and the OAuth `state`.
 * The signature (HMAC, key from APP_SECRET) rejects forgeries without touching the database; the oauth_states
 * row makes each token single use and bounds its life a second time.
 */
import { z } from 'zod';
import type { Store } from '../db/store/index.ts';
import { type Keyring, nonce } from './crypto.ts';

export const LINK_TTL_MS = 15 * 60_000;
export const STATE_TTL_MS = 15 * 60_000;

export type TokenPurpose = 'strava_link' | 'strava_state';

const payloadSchema = z.object({
  p: z.enum(['strava_link', 'strava_state']),
  u: z.number().int(),
  n: z.string().min(8).max(64),
  e: z.number().int(),
});

export type TokenCheck =
  | { ok: true; userId: number }
  | { ok: false; reason: 'forged' | 'expired' | 'used' | 'wrong_user' };

export function issueToken(
  store: Store,
  keys: Keyring,
  purpose: TokenPurpose,
  userId: number,
  nowMs: number,
  ttlMs: number,
): string {
  const n = nonce();
  const e = nowMs + ttlMs;
  store.oauthStates.create(n, userId, purpose, e);
  return keys.signJson({ p: purpose, u: userId, n, e });
}

/** Verifies signature, purpose and expiry, then consumes the nonce (single use). */
export function consumeToken(
  store: Store,
  keys: Keyring,
  purpose: TokenPurpose,
  token: string,
  nowMs: number,
): TokenCheck {
  const parsed = payloadSchema.safeParse(keys.verifyJson(token));
  if (!parsed.success || parsed.data.p !== purpose) return { ok: false, reason: 'forged' };
  const { u, n, e } = parsed.data;
  if (e < nowMs) return { ok: false, reason: 'expired' };
  const row = store.oauthStates.consume(n, purpose, nowMs);
  if (!row) return { ok: false, reason: 'used' };
  if (row.userId !== u) return { ok: false, reason: 'wrong_user' };
  return { ok: true, userId: u };
}
