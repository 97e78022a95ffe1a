/**
 * A fake Strava on 127.0.0.1 (real HTTP), reached through STRAVA_BASE_URL: OAuth (authorize, token for both
 * grants with rotating refresh tokens, deauthorize), the API (athlete, activities), push subscriptions (with the
 * validation GET to the callback, as Strava does), rate-limit headers, 401 on expired tokens and scriptable
 * failures (429, 5xx). It keeps its own clock so that tests can move time.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeActivity {
  id: number;
  athleteId: number;
  name: string;
  sport_type: string;
  distance: number;
  moving_time: number;
  elapsed_time?: number;
  /** ISO instant (UTC). */
  start_date: string;
  private?: boolean;
}

export interface FakeSubscription {
  id: number;
  callback_url: string;
  verify_token: string;
  created_at: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: Record<string, string>;
  authorization: string | undefined;
}

interface Failure {
  method?: string;
  path: RegExp;
  status: number;
  times: number;
}

interface TokenInfo {
  athleteId: number;
  /** Seconds since the epoch. */
  expiresAt: number;
  scope: string;
}

const QUARTER_MS = 15 * 60_000;
const DAY_MS = 86_400_000;

export interface FakeStravaOptions {
  clientId?: string;
  clientSecret?: string;
  /** Access token lifetime in seconds (Strava: 6 hours). */
  tokenTtlSec?: number;
  /** Rate limits: [15-minute, daily]. */
  limits?: { overall?: [number, number]; read?: [number, number] };
  now?: () => number;
}

export class FakeStrava {
  readonly clientId: string;
  readonly clientSecret: string;
  baseUrl = '';
  /** The fake's clock (ms); tests may replace it or move `offsetMs`. */
  now: () => number;
  tokenTtlSec: number;
  limits: { overall: [number, number]; read: [number, number] };
  readonly athletes = new Map<number, { id: number; firstname: string; lastname: string }>();
  readonly activities = new Map<number, FakeActivity>();
  readonly accessTokens = new Map<string, TokenInfo>();
  readonly refreshTokens = new Map<string, { athleteId: number; scope: string }>();
  readonly codes = new Map<string, { athleteId: number; scope: string; used: boolean }>();
  readonly subscriptions = new Map<number, FakeSubscription>();
  readonly requests: RecordedRequest[] = [];
  /** Athletes whose authorization was revoked through /oauth/deauthorize. */
  readonly deauthorized: number[] = [];
  /** Athletes whose authorization was revoked through /oauth/revoke (RFC 7009, Strava's 2027 platform). */
  readonly revoked: number[] = [];
  /** Artificial latency for API calls (ms). */
  latencyMs = 0;
  /** Include `scope` in token answers (RFC 6749 §5.1; Strava's answers today leave it out). */
  tokenAnswerScope = false;
  /** Where the API lives (today `/api/v3`; the 2027 platform moves it). */
  apiPrefix = '/api/v3';
  /** 2027: tokens only in the Authorization header; a token in a form body is refused. */
  headerOnlyTokens = false;
  private failures: Failure[] = [];
  private losses: Failure[] = [];
  private usage = { window: -1, day: -1, overall: [0, 0] as [number, number], read: [0, 0] as [number, number] };
  private nextSubscriptionId = 100;
  private server: Server | null = null;

  constructor(options: FakeStravaOptions = {}) {
    this.clientId = options.clientId ?? '4242';
    this.clientSecret = options.clientSecret ?? 'fake-client-secret';
    this.tokenTtlSec = options.tokenTtlSec ?? 6 * 3600;
    this.limits = {
      overall: options.limits?.overall ?? [200, 2000],
      read: options.limits?.read ?? [100, 1000],
    };
    this.now = options.now ?? (() => Date.now());
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: String(err) }));
      });
    });
    this.server.keepAliveTimeout = 5000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  addAthlete(id: number, firstname = 'Test'): void {
    this.athletes.set(id, { id, firstname, lastname: 'Runner' });
  }

  addActivity(a: FakeActivity): FakeActivity {
    this.activities.set(a.id, a);
    return a;
  }

  /** The next `times` requests matching `path` (and `method`) answer `status`. */
  fail(path: RegExp | string, status: number, times = 1, method?: string): void {
    const re = typeof path === 'string' ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : path;
    this.failures.push({ path: re, status, times, ...(method ? { method } : {}) });
  }

  /**
   * The next `times` requests matching `path` are processed (a refresh rotates the tokens) but their answer is
   * lost: the connection is cut before any byte of it, as a timeout or a proxy reset does.
   */
  loseAnswer(path: RegExp | string, times = 1): void {
    const re = typeof path === 'string' ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : path;
    this.losses.push({ path: re, status: 0, times });
  }

  /** Makes every access token issued so far expired. */
  expireAccessTokens(): void {
    for (const t of this.accessTokens.values()) t.expiresAt = Math.floor(this.now() / 1000) - 1;
  }

  /** Sets the current 15-minute and daily usage (e.g. near the limit). */
  setUsage(overall: [number, number], read: [number, number]): void {
    this.rollWindows();
    this.usage.overall = [...overall];
    this.usage.read = [...read];
  }

  apiCalls(path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => path.test(r.path));
  }

  /**
   * What a browser does at Strava's authorize page: the runner logs in as `athleteId` and approves (or denies,
   * or unticks scopes). Returns the redirect back to the application, with `code`, `scope` and `state`.
   */
  async authorize(
    authorizeUrl: string,
    options: { athleteId: number; deny?: boolean; acceptedScope?: string },
  ): Promise<URL> {
    const url = new URL(authorizeUrl);
    url.searchParams.set('fake_athlete_id', String(options.athleteId));
    if (options.deny) url.searchParams.set('fake_decision', 'deny');
    if (options.acceptedScope !== undefined) url.searchParams.set('fake_accepted_scope', options.acceptedScope);
    const res = await fetch(url, { redirect: 'manual' });
    const location = res.headers.get('location');
    if (res.status !== 302 || !location) throw new Error(`authorize answered ${res.status}: ${await res.text()}`);
    return new URL(location);
  }

  // ---- HTTP ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<Sent> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const body = await readBody(req);
    const query = Object.fromEntries(url.searchParams);
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, query, body, authorization: req.headers.authorization });
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    const params = { ...query, ...body };

    const loss = this.losses.find((f) => f.path.test(url.pathname));
    if (loss) {
      loss.times--;
      if (loss.times <= 0) this.losses = this.losses.filter((f) => f !== loss);
      // Processed as usual, but the answer never leaves: the socket is cut instead.
      res.writeHead = (() => res) as unknown as ServerResponse['writeHead'];
      res.end = (() => {
        req.socket.destroy();
        return res;
      }) as unknown as ServerResponse['end'];
    }

    const failure = this.failures.find((f) => f.path.test(url.pathname) && (!f.method || f.method === method));
    if (failure) {
      failure.times--;
      if (failure.times <= 0) this.failures = this.failures.filter((f) => f !== failure);
      if (failure.status === 429) {
        return send(
          res,
          429,
          { message: 'Rate Limit Exceeded', errors: [{ resource: 'Application', code: 'exceeded' }] },
          this.rateHeaders(),
        );
      }
      return send(res, failure.status, { message: 'Internal Server Error' }, this.rateHeaders());
    }

    if (method === 'GET' && url.pathname === '/oauth/authorize') return this.authorizePage(res, params);
    if (method === 'POST' && (url.pathname === '/oauth/token' || url.pathname === '/api/v3/oauth/token')) {
      return this.token(res, params);
    }
    if (method === 'POST' && url.pathname === '/oauth/deauthorize') return this.deauthorize(req, res, params);
    if (method === 'POST' && url.pathname === '/oauth/revoke') return this.revoke(res, params);
    const p = this.apiPrefix;
    if (url.pathname.startsWith(`${p}/`)) {
      const path = `/api/v3${url.pathname.slice(p.length)}`;
      if (path === '/api/v3/push_subscriptions' || path.startsWith('/api/v3/push_subscriptions/')) {
        return this.pushSubscriptions(method, path, res, params);
      }
      return this.api(method, path, req, res);
    }
    return send(res, 404, { message: 'Record Not Found' });
  }

  private authorizePage(res: ServerResponse, p: Record<string, string>): Sent {
    if (p.client_id !== this.clientId)
      return send(res, 400, { message: 'Bad Request', errors: [{ field: 'client_id', code: 'invalid' }] });
    if (p.response_type !== 'code' || !p.redirect_uri) {
      return send(res, 400, { message: 'Bad Request', errors: [{ field: 'response_type', code: 'invalid' }] });
    }
    const redirect = new URL(p.redirect_uri);
    if (p.state !== undefined) redirect.searchParams.set('state', p.state);
    if (p.fake_decision === 'deny') {
      redirect.searchParams.set('error', 'access_denied');
      return redirectTo(res, redirect);
    }
    const athleteId = Number(p.fake_athlete_id);
    if (!this.athletes.has(athleteId)) this.addAthlete(athleteId);
    const scope = p.fake_accepted_scope ?? p.scope ?? 'read';
    const code = token();
    this.codes.set(code, { athleteId, scope, used: false });
    redirect.searchParams.set('code', code);
    redirect.searchParams.set('scope', scope);
    return redirectTo(res, redirect);
  }

  private issue(athleteId: number, scope: string) {
    const access = token();
    const refresh = token();
    const expiresAt = Math.floor(this.now() / 1000) + this.tokenTtlSec;
    this.accessTokens.set(access, { athleteId, expiresAt, scope });
    this.refreshTokens.set(refresh, { athleteId, scope });
    return {
      token_type: 'Bearer',
      access_token: access,
      refresh_token: refresh,
      expires_at: expiresAt,
      expires_in: expiresAt - Math.floor(this.now() / 1000),
    };
  }

  private token(res: ServerResponse, p: Record<string, string>): Sent {
    if (p.client_id !== this.clientId || p.client_secret !== this.clientSecret) {
      return send(res, 401, {
        message: 'Bad Request',
        errors: [{ resource: 'Application', field: 'client_id', code: 'invalid' }],
      });
    }
    if (p.grant_type === 'authorization_code') {
      const code = this.codes.get(p.code ?? '');
      if (!code || code.used) {
        return send(res, 400, {
          message: 'Bad Request',
          errors: [{ resource: 'AuthorizationCode', field: 'code', code: 'invalid' }],
        });
      }
      code.used = true;
      const athlete = this.athletes.get(code.athleteId);
      const scope = this.tokenAnswerScope ? { scope: code.scope } : {};
      return send(res, 200, { ...this.issue(code.athleteId, code.scope), athlete, ...scope });
    }
    if (p.grant_type === 'refresh_token') {
      const info = this.refreshTokens.get(p.refresh_token ?? '');
      if (!info) {
        return send(res, 400, {
          message: 'Bad Request',
          errors: [{ resource: 'RefreshToken', field: 'refresh_token', code: 'invalid' }],
        });
      }
      // Rotation: the old refresh token stops working.
      this.refreshTokens.delete(p.refresh_token ?? '');
      return send(res, 200, this.issue(info.athleteId, info.scope));
    }
    return send(res, 400, { message: 'Bad Request', errors: [{ field: 'grant_type', code: 'invalid' }] });
  }

  private revoke(res: ServerResponse, p: Record<string, string>): Sent {
    if (p.client_id !== this.clientId || p.client_secret !== this.clientSecret) {
      return send(res, 401, { error: 'invalid_client' });
    }
    // RFC 7009 §2.2: an unknown or already revoked token is answered 200 too.
    const info = this.accessTokens.get(p.token ?? '');
    if (info) {
      this.revokeAthlete(info.athleteId);
      this.revoked.push(info.athleteId);
    }
    return send(res, 200, {});
  }

  private deauthorize(req: IncomingMessage, res: ServerResponse, p: Record<string, string>): Sent {
    if (this.headerOnlyTokens && p.access_token !== undefined) {
      return send(res, 400, {
        message: 'Bad Request',
        errors: [{ field: 'access_token', code: 'not allowed in body' }],
      });
    }
    const bearer = req.headers.authorization?.replace(/^Bearer /, '');
    const info = this.validToken(p.access_token ?? bearer);
    if (!info)
      return send(res, 401, { message: 'Authorization Error', errors: [{ field: 'access_token', code: 'invalid' }] });
    this.revokeAthlete(info.athleteId);
    this.deauthorized.push(info.athleteId);
    return send(res, 200, { access_token: p.access_token ?? bearer });
  }

  revokeAthlete(athleteId: number): void {
    for (const [k, v] of this.accessTokens) if (v.athleteId === athleteId) this.accessTokens.delete(k);
    for (const [k, v] of this.refreshTokens) if (v.athleteId === athleteId) this.refreshTokens.delete(k);
  }

  private validToken(t: string | undefined): TokenInfo | null {
    if (!t) return null;
    const info = this.accessTokens.get(t);
    if (!info || info.expiresAt <= Math.floor(this.now() / 1000)) return null;
    return info;
  }

  private rollWindows(): void {
    const window = Math.floor(this.now() / QUARTER_MS);
    const day = Math.floor(this.now() / DAY_MS);
    if (window !== this.usage.window) {
      this.usage.window = window;
      this.usage.overall[0] = 0;
      this.usage.read[0] = 0;
    }
    if (day !== this.usage.day) {
      this.usage.day = day;
      this.usage.overall[1] = 0;
      this.usage.read[1] = 0;
    }
  }

  private rateHeaders(): Record<string, string> {
    return {
      'x-ratelimit-limit': this.limits.overall.join(','),
      'x-ratelimit-usage': this.usage.overall.join(','),
      'x-readratelimit-limit': this.limits.read.join(','),
      'x-readratelimit-usage': this.usage.read.join(','),
    };
  }

  private api(method: string, path: string, req: IncomingMessage, res: ServerResponse): Sent {
    this.rollWindows();
    // Requests over the limit still count (as at Strava).
    this.usage.overall[0]++;
    this.usage.overall[1]++;
    this.usage.read[0]++;
    this.usage.read[1]++;
    const over =
      this.usage.overall[0] > this.limits.overall[0] ||
      this.usage.overall[1] > this.limits.overall[1] ||
      this.usage.read[0] > this.limits.read[0] ||
      this.usage.read[1] > this.limits.read[1];
    const headers = this.rateHeaders();
    if (over)
      return send(
        res,
        429,
        { message: 'Rate Limit Exceeded', errors: [{ resource: 'Application', code: 'exceeded' }] },
        headers,
      );
    const info = this.validToken(req.headers.authorization?.replace(/^Bearer /, ''));
    if (!info) {
      return send(
        res,
        401,
        { message: 'Authorization Error', errors: [{ resource: 'Athlete', field: 'access_token', code: 'invalid' }] },
        headers,
      );
    }
    if (method === 'GET' && path === '/api/v3/athlete') {
      return send(res, 200, this.athletes.get(info.athleteId) ?? { id: info.athleteId }, headers);
    }
    const m = /^\/api\/v3\/activities\/(\d+)$/.exec(path);
    if (method === 'GET' && m) {
      const a = this.activities.get(Number(m[1]));
      const canSee = a && a.athleteId === info.athleteId && (!a.private || info.scope.includes('activity:read_all'));
      if (!a || !canSee)
        return send(
          res,
          404,
          { message: 'Record Not Found', errors: [{ resource: 'Activity', field: 'id', code: 'not found' }] },
          headers,
        );
      return send(res, 200, activityJson(a), headers);
    }
    return send(res, 404, { message: 'Record Not Found' }, headers);
  }

  private async pushSubscriptions(
    method: string,
    path: string,
    res: ServerResponse,
    p: Record<string, string>,
  ): Promise<Sent> {
    if (p.client_id !== this.clientId || p.client_secret !== this.clientSecret) {
      return send(res, 401, { message: 'Authorization Error', errors: [{ resource: 'Application', code: 'invalid' }] });
    }
    const list = () =>
      [...this.subscriptions.values()].map((s) => ({
        id: s.id,
        resource_state: 2,
        application_id: Number(this.clientId),
        callback_url: s.callback_url,
        created_at: s.created_at,
        updated_at: s.created_at,
      }));
    if (method === 'GET' && path === '/api/v3/push_subscriptions') return send(res, 200, list());
    if (method === 'POST' && path === '/api/v3/push_subscriptions') {
      if (this.subscriptions.size > 0) {
        return send(res, 400, {
          message: 'Bad Request',
          errors: [{ resource: 'PushSubscription', field: '', code: 'already exists' }],
        });
      }
      if (!p.callback_url || !p.verify_token) {
        return send(res, 400, {
          message: 'Bad Request',
          errors: [{ resource: 'PushSubscription', field: 'callback_url', code: 'missing' }],
        });
      }
      // Strava validates the callback with a GET before creating the subscription.
      const challenge = token();
      const check = new URL(p.callback_url);
      check.searchParams.set('hub.mode', 'subscribe');
      check.searchParams.set('hub.challenge', challenge);
      check.searchParams.set('hub.verify_token', p.verify_token);
      let valid = false;
      try {
        const r = await fetch(check, { signal: AbortSignal.timeout(2000) });
        const j = (await r.json().catch(() => null)) as Record<string, unknown> | null;
        valid = r.status === 200 && j?.['hub.challenge'] === challenge;
      } catch {
        valid = false;
      }
      if (!valid) {
        return send(res, 400, {
          message: 'Bad Request',
          errors: [
            { resource: 'PushSubscription', field: 'callback url', code: 'GET to callback URL does not return 200' },
          ],
        });
      }
      const id = this.nextSubscriptionId++;
      this.subscriptions.set(id, {
        id,
        callback_url: p.callback_url,
        verify_token: p.verify_token,
        created_at: new Date(this.now()).toISOString(),
      });
      return send(res, 201, { id });
    }
    const m = /^\/api\/v3\/push_subscriptions\/(\d+)$/.exec(path);
    if (method === 'DELETE' && m) {
      if (!this.subscriptions.delete(Number(m[1]))) return send(res, 404, { message: 'Record Not Found' });
      res.writeHead(204).end();
      return true;
    }
    return send(res, 404, { message: 'Record Not Found' });
  }
}

/** Posts a webhook event to a callback the way Strava does (JSON body, no signature). */
export async function postEvent(callbackUrl: string, event: Record<string, unknown>): Promise<Response> {
  return fetch(callbackUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'strava-fake/1' },
    body: JSON.stringify(event),
  });
}

export function activityJson(a: FakeActivity): Record<string, unknown> {
  return {
    resource_state: 3,
    id: a.id,
    athlete: { id: a.athleteId, resource_state: 1 },
    name: a.name,
    distance: a.distance,
    moving_time: a.moving_time,
    elapsed_time: a.elapsed_time ?? a.moving_time + 30,
    total_elevation_gain: 42,
    type: a.sport_type === 'TrailRun' || a.sport_type === 'VirtualRun' ? 'Run' : a.sport_type,
    sport_type: a.sport_type,
    start_date: a.start_date,
    start_date_local: a.start_date,
    timezone: '(GMT+00:00) Europe/London',
    private: a.private ?? false,
    visibility: a.private ? 'only_me' : 'everyone',
    average_speed: a.moving_time > 0 ? a.distance / a.moving_time : 0,
    max_speed: 5.1,
    average_heartrate: 150.2,
    manual: false,
    trainer: false,
    map: { id: `a${a.id}`, summary_polyline: 'abc', resource_state: 2 },
  };
}

function token(): string {
  return randomBytes(20).toString('hex');
}

async function readBody(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) {
    const j = JSON.parse(text) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(j).map(([k, v]) => [k, String(v)]));
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/** Marks a handled response, so handlers can `return send(...)`. */
type Sent = true;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): Sent {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
  return true;
}

function redirectTo(res: ServerResponse, url: URL): Sent {
  res.writeHead(302, { location: url.toString() });
  res.end();
  return true;
}
