/**
 * Telegram Mini App `initData`: validation as in Telegram's docs ("Validating data received via the Mini App")
 * and signing (for tests, benches and the dev-only login).
 *
 * secret_key = HMAC_SHA256(key "WebAppData", message bot_token); hash = hex HMAC_SHA256(key secret_key,
 * data_check_string), where data_check_string is every received field but `hash`, as `key=value` lines sorted
 * by key and joined by "\n". The hash is compared in constant time; `auth_date` must be at most 24 hours old.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** How long a signed initData stays valid (Telegram's docs leave it to the app; the issue says 24 h). */
export const INIT_DATA_MAX_AGE_SEC = 24 * 60 * 60;
/** A little clock skew between Telegram's servers and ours is tolerated for auth_date in the future. */
const FUTURE_SKEW_SEC = 5 * 60;

/** The key that signs Telegram's initData; `WebAppData` is Telegram's constant. */
export function webAppSecret(botToken: string, keyName = 'WebAppData'): Buffer {
  return createHmac('sha256', keyName).update(botToken).digest();
}

/** The data-check-string of Telegram's docs: all fields but `hash`, sorted by key, `key=value` joined by "\n". */
export function dataCheckString(params: URLSearchParams): string {
  const pairs: [string, string][] = [];
  for (const [k, v] of params) if (k !== 'hash') pairs.push([k, v]);
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('\n');
}

const telegramUserSchema = z.object({
  id: z.number().int().positive(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});

export type InitDataUser = z.infer<typeof telegramUserSchema>;

export type InitDataCheck =
  | { ok: true; user: InitDataUser; authDate: number }
  | { ok: false; reason: 'missing' | 'malformed' | 'forged' | 'stale' };

export interface ValidateOptions {
  /** Current time in ms (tests and benches pass a fixed clock). */
  nowMs: number;
  maxAgeSec?: number;
  /** Key name of the secret: `WebAppData` for Telegram; the dev login uses its own. */
  keyName?: string;
}

/** Checks a raw initData query string. Never throws. */
export function validateInitData(raw: string | undefined, botToken: string, options: ValidateOptions): InitDataCheck {
  if (!raw) return { ok: false, reason: 'missing' };
  if (raw.length > 8192) return { ok: false, reason: 'malformed' };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const hash = params.get('hash');
  if (!hash || !/^[0-9a-f]{64}$/i.test(hash) || params.getAll('hash').length !== 1) {
    return { ok: false, reason: 'malformed' };
  }
  const expected = createHmac('sha256', webAppSecret(botToken, options.keyName))
    .update(dataCheckString(params))
    .digest();
  const given = Buffer.from(hash, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  // Only signed data is read from here on.
  const authDate = Number(params.get('auth_date'));
  if (!Number.isInteger(authDate) || authDate <= 0) return { ok: false, reason: 'malformed' };
  const ageSec = options.nowMs / 1000 - authDate;
  if (ageSec > (options.maxAgeSec ?? INIT_DATA_MAX_AGE_SEC) || ageSec < -FUTURE_SKEW_SEC) {
    return { ok: false, reason: 'stale' };
  }
  let user: InitDataUser;
  try {
    const parsed = telegramUserSchema.safeParse(JSON.parse(params.get('user') ?? 'null'));
    if (!parsed.success) return { ok: false, reason: 'malformed' };
    user = parsed.data;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  return { ok: true, user, authDate };
}

/**
 * Builds a signed initData string as a Telegram client would receive it. For tests, benches and the dev login:
 * production never signs initData (Telegram does).
 */
export function signInitData(
  fields: { user: InitDataUser; authDate: number; queryId?: string; extra?: Record<string, string> },
  botToken: string,
  keyName = 'WebAppData',
): string {
  const params = new URLSearchParams();
  params.set('auth_date', String(fields.authDate));
  if (fields.queryId) params.set('query_id', fields.queryId);
  params.set('user', JSON.stringify(fields.user));
  for (const [k, v] of Object.entries(fields.extra ?? {})) params.set(k, v);
  const hash = createHmac('sha256', webAppSecret(botToken, keyName)).update(dataCheckString(params)).digest('hex');
  params.set('hash', hash);
  return params.toString();
}
