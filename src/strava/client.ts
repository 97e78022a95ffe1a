/**
 * Strava's HTTP API as runcoach uses it: OAuth at `{base}/oauth/...`, the API at `{apiUrl}/...` (today
 * `{base}/api/v3`; STRAVA_API_URL moves it for Strava's 2027 platform, STRAVA_BASE_URL points both at a fake in
 * tests). Responses are validated with zod; every failure becomes a
 * StravaError whose `kind` tells the worker what to do (wait for the rate window, back off, give up).
 */
import { z } from 'zod';
import type { RateLimiter } from './rate-limit.ts';

export type StravaErrorKind =
  | 'rate_limited'
  | 'unauthorized'
  | 'not_found'
  | 'server'
  | 'network'
  | 'bad_request'
  | 'bad_response';

export class StravaError extends Error {
  constructor(
    readonly kind: StravaErrorKind,
    message: string,
    readonly status?: number,
    /** For `rate_limited`: when the next window opens (ms). */
    readonly retryAt?: number,
  ) {
    super(message);
    this.name = 'StravaError';
  }

  /** Worth trying again later (the event stays in the inbox). */
  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'server' || this.kind === 'network';
  }
}

export const tokenResponseSchema = z.object({
  token_type: z.string().optional(),
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  /** Seconds since the epoch. */
  expires_at: z.number().int(),
  expires_in: z.number().int().optional(),
  athlete: z
    .object({ id: z.number().int(), firstname: z.string().nullish(), lastname: z.string().nullish() })
    .loose()
    .optional(),
  /**
   * The granted scope, when the token answer carries it (RFC 6749 §5.1; Strava's answers today do not, and the
   * callback's `scope` is then the only word on it).
   */
  scope: z.string().max(500).optional(),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

export const activitySchema = z
  .object({
    id: z.number().int(),
    name: z.string().nullish(),
    type: z.string().nullish(),
    sport_type: z.string().nullish(),
    distance: z.number().nonnegative(),
    moving_time: z.number().int().nonnegative(),
    elapsed_time: z.number().int().nonnegative().nullish(),
    start_date: z.string(),
    start_date_local: z.string().nullish(),
    timezone: z.string().nullish(),
    private: z.boolean().nullish(),
    visibility: z.string().nullish(),
    athlete: z.object({ id: z.number().int() }).loose().nullish(),
    total_elevation_gain: z.number().nullish(),
    average_speed: z.number().nullish(),
    max_speed: z.number().nullish(),
    average_heartrate: z.number().nullish(),
    max_heartrate: z.number().nullish(),
    manual: z.boolean().nullish(),
    trainer: z.boolean().nullish(),
  })
  .loose();
export type Activity = z.infer<typeof activitySchema>;

export const subscriptionSchema = z
  .object({
    id: z.number().int(),
    callback_url: z.string().optional(),
    created_at: z.string().optional(),
    updated_at: z.string().optional(),
    application_id: z.number().int().optional(),
  })
  .loose();
export type Subscription = z.infer<typeof subscriptionSchema>;

export interface StravaClientOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  limiter: RateLimiter;
  now: () => Date;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** API root; default `{baseUrl}/api/v3`. */
  apiUrl?: string;
  /** `deauthorize` (today: POST /oauth/deauthorize) or `revoke` (2027: POST /oauth/revoke). */
  revoke?: 'deauthorize' | 'revoke';
  /** Access tokens only in the Authorization header, never in a form body. */
  tokenInHeaderOnly?: boolean;
}

export class StravaClient {
  constructor(private readonly o: StravaClientOptions) {}

  get limiter(): RateLimiter {
    return this.o.limiter;
  }

  exchangeCode(code: string): Promise<TokenResponse> {
    return this.form('POST', '/oauth/token', {
      client_id: this.o.clientId,
      client_secret: this.o.clientSecret,
      code,
      grant_type: 'authorization_code',
    }).then((body) => parse(tokenResponseSchema, body, 'token exchange'));
  }

  refresh(refreshToken: string): Promise<TokenResponse> {
    return this.form('POST', '/oauth/token', {
      client_id: this.o.clientId,
      client_secret: this.o.clientSecret,
      refresh_token: refreshToken,
      grant_type: 'refresh_token',
    }).then((body) => parse(tokenResponseSchema, body, 'token refresh'));
  }

  /**
   * Revokes the application's access for the token's athlete. Today: `POST /oauth/deauthorize` with the token
   * (in the body and the header); with STRAVA_REVOKE=revoke: `POST /oauth/revoke` (RFC 7009: the token to
   * revoke and the client's credentials in the body). Header-only mode keeps the token out of every body that
   * is not a revocation request itself.
   */
  async deauthorize(accessToken: string): Promise<void> {
    const auth = { authorization: `Bearer ${accessToken}` };
    if (this.o.revoke === 'revoke') {
      await this.form(
        'POST',
        '/oauth/revoke',
        {
          client_id: this.o.clientId,
          client_secret: this.o.clientSecret,
          token: accessToken,
          token_type_hint: 'access_token',
        },
        auth,
      );
      return;
    }
    await this.form('POST', '/oauth/deauthorize', this.o.tokenInHeaderOnly ? {} : { access_token: accessToken }, auth);
  }

  async athlete(accessToken: string): Promise<{ id: number }> {
    const body = await this.request('GET', this.api('/athlete'), {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    return parse(z.object({ id: z.number().int() }).loose(), body, 'athlete');
  }

  async activity(id: number, accessToken: string): Promise<Activity> {
    const body = await this.request('GET', this.api(`/activities/${encodeURIComponent(String(id))}`), {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    return parse(activitySchema, body, 'activity');
  }

  async listSubscriptions(): Promise<Subscription[]> {
    const q = new URLSearchParams({ client_id: this.o.clientId, client_secret: this.o.clientSecret });
    const body = await this.request('GET', this.api(`/push_subscriptions?${q}`));
    return parse(z.array(subscriptionSchema), body, 'subscriptions');
  }

  async createSubscription(callbackUrl: string, verifyToken: string): Promise<Subscription> {
    const body = await this.form('POST', this.api('/push_subscriptions'), {
      client_id: this.o.clientId,
      client_secret: this.o.clientSecret,
      callback_url: callbackUrl,
      verify_token: verifyToken,
    });
    return parse(subscriptionSchema, body, 'subscription');
  }

  async deleteSubscription(id: number): Promise<void> {
    const q = new URLSearchParams({ client_id: this.o.clientId, client_secret: this.o.clientSecret });
    await this.request('DELETE', this.api(`/push_subscriptions/${id}?${q}`));
  }

  /** An API path as a full URL under the configured API root. */
  private api(path: string): string {
    return `${this.o.apiUrl ?? `${this.o.baseUrl}/api/v3`}${path}`;
  }

  private form(
    method: string,
    path: string,
    fields: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<unknown> {
    return this.request(method, path, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    });
  }

  private async request(
    method: string,
    path: string,
    init: { headers?: Record<string, string>; body?: string } = {},
  ): Promise<unknown> {
    let res: Response;
    try {
      const url = /^https?:\/\//.test(path) ? path : `${this.o.baseUrl}${path}`;
      res = await (this.o.fetch ?? globalThis.fetch)(url, {
        method,
        headers: { accept: 'application/json', ...init.headers },
        ...(init.body !== undefined ? { body: init.body } : {}),
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000),
        redirect: 'manual',
      });
    } catch (err) {
      throw new StravaError('network', `Strava ${method} ${pathOnly(path)}: ${(err as Error).message}`);
    }
    const nowMs = this.o.now().getTime();
    this.o.limiter.observe(res.headers, nowMs);
    const text = await res.text().catch(() => '');
    const what = `Strava ${method} ${pathOnly(path)} answered ${res.status}`;
    if (res.status === 429) {
      throw new StravaError('rate_limited', what, 429, this.o.limiter.retryAfter429(nowMs));
    }
    if (res.status === 401) throw new StravaError('unauthorized', what, 401);
    if (res.status === 404) throw new StravaError('not_found', what, 404);
    if (res.status >= 500) throw new StravaError('server', what, res.status);
    if (res.status >= 400) throw new StravaError('bad_request', `${what}: ${errorText(text)}`, res.status);
    if (res.status >= 300) throw new StravaError('bad_response', what, res.status);
    if (text === '') return null;
    try {
      return JSON.parse(text);
    } catch {
      throw new StravaError('bad_response', `${what} with a body that is not JSON`, res.status);
    }
  }
}

function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const r = schema.safeParse(body);
  if (!r.success) throw new StravaError('bad_response', `unexpected ${what} response from Strava: ${r.error.message}`);
  return r.data;
}

/** Paths without their query (which may carry the client secret). */
function pathOnly(path: string): string {
  const bare = path.split('?')[0] ?? path;
  return bare.replace(/^https?:\/\/[^/]+/, '');
}

/** Strava's `{ message, errors: [{ resource, field, code }] }`, shortened; never echoes secrets we sent. */
function errorText(text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown; errors?: { field?: unknown; code?: unknown }[] };
    const details = (body.errors ?? []).map((e) => `${String(e.field ?? '')} ${String(e.code ?? '')}`.trim());
    return [String(body.message ?? ''), ...details].filter(Boolean).join('; ').slice(0, 300);
  } catch {
    return text.slice(0, 200);
  }
}
