/**
 * The HTTP face of Strava (contracts.md): the connect link, the OAuth callback and the webhook. The webhook stores
 * each event in the inbox before answering and answers at once; no Strava call happens before the answer, and no
 * event deletes anything here: the worker confirms deauthorizations and deletions with Strava first.
 */
import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { OutgoingMessage } from '../coach/types.ts';
import { isBusyError, storageFailure } from '../db/busy.ts';
import type { Store } from '../db/store/index.ts';
import { browserLanguage } from '../http/browser-language.ts';
import type { Logger } from '../log.ts';
import { languageOf } from '../messages/languages.ts';
import type { Accounts } from './accounts.ts';
import { type StravaClient, StravaError, type TokenResponse } from './client.ts';
import { type Keyring, safeEqual } from './crypto.ts';
import { inboxKey, inboxPayload, isDeauthorization, webhookEventSchema } from './events.ts';
import { createIntake } from './intake.ts';
import type { Linking } from './linking.ts';
import { browserBinding, consumeToken, issueToken, STATE_TTL_MS } from './links.ts';
import {
  confirmLinkMessage,
  connectedMessage,
  deniedMessage,
  fullMessage,
  missingScopeMessage,
  pages,
} from './messages.ts';

export const REQUESTED_SCOPE = 'read,activity:read_all';
/** Scopes a runner can end up granting from our request (unticking private activities gives activity:read). */
const GRANTABLE = new Set(['read', 'activity:read', 'activity:read_all']);

/** The browser-binding cookie: set by /strava/connect, read only by the callback (its path), gone after it. */
export const BROWSER_COOKIE = 'rc_strava_browser';
const CALLBACK_PATH = '/strava/callback';

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

export interface RouteDeps {
  store: Store;
  log: Logger;
  now: () => Date;
  keys: Keyring;
  client: StravaClient;
  accounts: Accounts;
  linking: Linking;
  clientId: string;
  baseUrl: string;
  publicUrl: string;
  verifyToken: string;
  /** A fresh connect link for the runner (the retry button). */
  connectLink(userId: number): string;
  /** A new event is in the inbox. */
  onEvent(): void;
  /** POSTs to the webhook per minute per client address (default 600; 0 turns the limit off, for benches). */
  webhookRateLimitPerMinute?: number | undefined;
}

/**
 * Strava sends from a few addresses, far below this even in a burst (its own API allows 200 calls per 15 minutes
 * per application); the limit only bounds what one forging client can push into the inbox.
 */
export const WEBHOOK_RATE_LIMIT_PER_MINUTE = 600;

function webhookLimiter(perMinute = WEBHOOK_RATE_LIMIT_PER_MINUTE): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: { error: 'too many requests' },
    // X-Forwarded-For counts only through TRUST_PROXY (the HTTP server warns when it is missing).
    validate: { xForwardedForHeader: false },
  });
}

function sendPage(res: Response, status: number, htmlPage: string): void {
  res
    .status(status)
    .set({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // The callback URL carries the code; keep it out of any referrer.
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    })
    .send(htmlPage);
}

const one = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function createStravaRouter(d: RouteDeps): Router {
  const router = express.Router();

  router.get('/strava/connect', (req, res) => {
    let page = pages(browserLanguage(req));
    const token = one(req.query.t);
    if (!token) return sendPage(res, 400, page.badLink('missing'));
    const nowMs = d.now().getTime();
    const check = consumeToken(d.store, d.keys, 'strava_link', token, nowMs);
    if (!check.ok) {
      d.log.info({ reason: check.reason }, 'strava connect link refused');
      return sendPage(res, check.reason === 'forged' ? 400 : 410, page.badLink(check.reason));
    }
    const user = d.store.users.get(check.userId);
    if (!user) return sendPage(res, 400, page.badLink('forged'));
    page = pages(languageOf(user));
    if (d.linking.full(check.userId)) {
      d.store.outbox.enqueue({
        key: `strava:full-link:${check.userId}:${nowMs}`,
        userId: check.userId,
        chatId: user.chatId,
        kind: 'strava_full',
        payload: fullMessage(d.linking.limit, languageOf(user)),
      });
      return sendPage(res, 409, page.full());
    }
    const binding = browserBinding();
    const state = issueToken(d.store, d.keys, 'strava_state', check.userId, nowMs, STATE_TTL_MS, binding.hash);
    // The state works only in this browser: an authorize URL passed to someone else comes back without it.
    res.cookie(BROWSER_COOKIE, binding.secret, {
      httpOnly: true,
      sameSite: 'lax',
      secure: d.publicUrl.startsWith('https:'),
      path: CALLBACK_PATH,
      maxAge: STATE_TTL_MS,
    });
    const q = new URLSearchParams({
      client_id: d.clientId,
      redirect_uri: `${d.publicUrl}/strava/callback`,
      response_type: 'code',
      approval_prompt: 'auto',
      scope: REQUESTED_SCOPE,
      state,
    });
    res.set({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
    res.redirect(302, `${d.baseUrl}/oauth/authorize?${q}`);
  });

  router.get('/strava/callback', async (req, res) => {
    let page = pages(browserLanguage(req));
    const state = one(req.query.state);
    if (!state) return sendPage(res, 400, page.badLink('missing'));
    const nowMs = d.now().getTime();
    const browser = cookieValue(req.headers.cookie, BROWSER_COOKIE);
    const check = consumeToken(d.store, d.keys, 'strava_state', state, nowMs, browser);
    if (!check.ok) {
      d.log.warn({ reason: check.reason }, 'strava callback with a bad state');
      if (check.reason === 'other_browser') return sendPage(res, 403, page.otherBrowser());
      return sendPage(res, check.reason === 'forged' ? 400 : 410, page.badLink(check.reason));
    }
    res.clearCookie(BROWSER_COOKIE, { path: CALLBACK_PATH });
    const userId = check.userId;
    const user = d.store.users.get(userId);
    if (!user) return sendPage(res, 400, page.badLink('forged'));
    const lang = languageOf(user);
    page = pages(lang);
    const tell = (kind: string, payload: OutgoingMessage) =>
      d.store.outbox.enqueue({
        key: `strava:${kind}:${userId}:${nowMs}`,
        userId,
        chatId: user.chatId,
        kind: `strava_${kind}`,
        payload,
        // The runner is at the browser, waiting for the question in the chat: ahead of any bulk fan-out
        // (the claim order is next_attempt_at, then id; pacing per chat and overall still applies).
        nextAttemptAt: 0,
      });

    if (one(req.query.error)) {
      d.log.info({ userId, error: one(req.query.error) }, 'strava access denied by the runner');
      tell('denied', deniedMessage(d.connectLink(userId), lang));
      return sendPage(res, 200, page.denied());
    }
    const hasActivityScope = (s: string[]) => s.includes('activity:read') || s.includes('activity:read_all');
    const splitScope = (v: string | undefined) => (v ?? '').split(/[,\s]+/).filter((x) => GRANTABLE.has(x));
    const scopes = splitScope(one(req.query.scope));
    const refuseScope = () => {
      d.log.info({ userId, scopes }, 'strava connected without activity scope');
      tell('scope', missingScopeMessage(d.connectLink(userId), lang));
      return sendPage(res, 200, page.missingScope());
    };
    if (!hasActivityScope(scopes)) return refuseScope();
    const code = one(req.query.code);
    if (!code || code.length > 512) return sendPage(res, 400, page.badLink('forged'));
    if (d.linking.full(userId)) {
      tell('full', fullMessage(d.linking.limit, lang));
      return sendPage(res, 409, page.full());
    }

    let tokens: TokenResponse;
    let athleteId: number;
    try {
      tokens = await d.client.exchangeCode(code);
      athleteId = tokens.athlete?.id ?? (await d.client.athlete(tokens.access_token)).id;
    } catch (err) {
      d.log.error({ userId, err: err instanceof Error ? err.message : String(err) }, 'strava code exchange failed');
      return sendPage(res, err instanceof StravaError && err.kind === 'bad_request' ? 400 : 502, page.failed());
    }
    // What Strava granted, from its token answer when it says so (the callback's query is the browser's word).
    const granted = tokens.scope !== undefined ? splitScope(tokens.scope) : scopes;
    if (!hasActivityScope(granted)) return refuseScope();
    const other = d.store.strava.byAthlete(athleteId);
    if (other && other.userId !== userId) {
      d.log.warn({ userId, athleteId }, 'strava athlete already linked to another runner');
      return sendPage(res, 409, page.alreadyLinked());
    }
    const proposed = await d.linking.propose(userId, athleteId, tokens, granted.join(','));
    if (proposed.kind === 'relinked') {
      tell('connected', connectedMessage(lang));
      d.log.info({ userId, athleteId }, 'strava connected again (same athlete)');
      return sendPage(res, 200, page.connected());
    }
    // No run flows until the chat that asked says Yes.
    tell('confirm', confirmLinkMessage(proposed.athleteName, athleteId, lang));
    d.log.info({ userId, athleteId }, 'strava link waiting for confirmation in the chat');
    return sendPage(res, 200, page.confirmInChat(proposed.athleteName));
  });

  router.get('/strava/webhook', (req, res) => {
    const token = one(req.query['hub.verify_token']);
    const challenge = one(req.query['hub.challenge']);
    const mode = one(req.query['hub.mode']);
    if (!token || challenge === undefined || (mode !== undefined && mode !== 'subscribe')) {
      res.status(403).json({ error: 'forbidden' });
      return;
    }
    if (!safeEqual(token, d.verifyToken)) {
      res.status(403).json({ error: 'forbidden' });
      return;
    }
    res.json({ 'hub.challenge': challenge });
  });

  const intake = createIntake(d.store);
  // Every well-formed event gets the same answer, stored or not: no oracle for subscription or owner ids.
  const ok = (res: Response): void => {
    res.status(200).json({ status: 'ok' });
  };
  router.post(
    '/strava/webhook',
    webhookLimiter(d.webhookRateLimitPerMinute),
    express.json({ limit: '16kb' }),
    async (req, res) => {
      const parsed = webhookEventSchema.safeParse(req.body);
      if (!parsed.success) {
        res.status(400).json({ error: 'not a Strava webhook event' });
        return;
      }
      const event = parsed.data;
      const subscription = intake.subscriptionId();
      if (subscription !== undefined && subscription !== String(event.subscription_id)) return ok(res);
      if (intake.userOfAthlete(event.owner_id) === undefined) return ok(res);
      const nowMs = d.now().getTime();
      // Stored before the answer: an acknowledged event is never lost. Deauthorizations and deletions too: events
      // carry no signature, so the worker checks them with Strava before deleting anything.
      const key = inboxKey(event);
      let added = await intake.addSoon(key, inboxPayload(event, nowMs), nowMs);
      if (!added && isDeauthorization(event) && d.store.inbox.byKey(key)?.status === 'processing') {
        // Its twin is being checked right now, perhaps from before the runner revoked: check once more after.
        added = await intake.addSoon(`${key}:again:${nowMs}`, inboxPayload(event, nowMs), nowMs);
      }
      ok(res);
      if (added) d.onEvent();
    },
  );

  router.use('/strava', (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = (err as { status?: number }).status;
    if (status && status >= 400 && status < 500) {
      res.status(status).json({ error: 'bad request' });
      return;
    }
    if (isBusyError(err) || storageFailure(err)) {
      // Not stored: a 503 (at once, within Strava's 2 s) makes Strava deliver the event again later.
      d.log.warn({ err }, 'strava route: database not writable now; answered 503');
      res.status(503).set('Retry-After', '5').json({ error: 'busy, try again' });
      return;
    }
    d.log.error({ err }, 'strava route failed');
    res.status(500).json({ error: 'internal error' });
  });

  return router;
}
