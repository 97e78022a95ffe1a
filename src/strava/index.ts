/**
 * Strava for runcoach (issue 7): account linking, the webhook, the inbox worker, retention. One factory builds it
 * all; the service mounts `router`, hands `bot` to the bot, starts and stops `worker`, and the retention job
 * calls `purgeRaw`.
 */
import type { Router } from 'express';
import type { BotDeps } from '../bot/context.ts';
import type { Config } from '../config.ts';
import type { Store } from '../db/store/index.ts';
import type { Logger } from '../log.ts';
import { languageOf } from '../messages/languages.ts';
import type { Metrics } from '../metrics/registry.ts';
import { Accounts } from './accounts.ts';
import { StravaClient } from './client.ts';
import { Keyring } from './crypto.ts';
import { Linking } from './linking.ts';
import { issueToken, LINK_TTL_MS } from './links.ts';
import { linkAnswerMessage } from './messages.ts';
import { RateLimiter } from './rate-limit.ts';
import { purgeStravaQueues } from './retention.ts';
import { createStravaRouter } from './routes.ts';
import { Sync } from './sync.ts';
import { createWorker, type InboxOutcome, type StravaWorker } from './worker.ts';

const DAY_MS = 86_400_000;

export interface StravaDeps {
  config: Pick<Config, 'strava' | 'appSecret' | 'appSecretPrevious' | 'publicUrl'>;
  store: Store;
  log: Logger;
  now?: () => Date;
  /** How often the worker polls the inbox when no webhook wakes it (default 2 s). */
  pollMs?: number;
  /** Replaces global fetch for Strava calls (tests). */
  fetch?: typeof fetch;
  /** POST /strava/webhook per minute per client address (default 600; 0 turns the limit off, for benches). */
  webhookRateLimitPerMinute?: number;
  /** Strava reads per athlete per 15 minutes (default 12; benches that drive one athlete hard raise it). */
  athleteReadsPerWindow?: number;
  /** Counts inbox events by outcome and reads Strava's rate usage when /metrics is scraped. */
  metrics?: Metrics;
}

export type StravaBot = NonNullable<BotDeps['strava']>;

export interface Strava {
  /** Mount on the HTTP app: GET /strava/connect, GET /strava/callback, GET and POST /strava/webhook. */
  router: Router;
  /** BotDeps.strava: /strava status, connect link, disconnect. */
  bot: StravaBot;
  /** Processes the inbox: start() with the service, stop() before the store closes. */
  worker: StravaWorker;
  /**
   * Nulls raw Strava data (title, sport type, raw JSON) of runs stored more than STRAVA_RETENTION_DAYS before
   * `now`, and deletes finished Strava inbox events and Strava messages older than that. Returns the rows touched.
   */
  purgeRaw(now: Date): number;
  /** The HTTP client (the CLI's subscription commands use it). */
  client: StravaClient;
  accounts: Accounts;
  /** Pending links waiting for the runner's Yes; `expire` runs with the retention job. */
  linking: Linking;
}

/** A Strava client alone, for `cli strava ...`. */
export function createStravaClient(
  config: Pick<Config, 'strava'>,
  options: { now?: () => Date; fetch?: typeof fetch } = {},
): StravaClient {
  const { clientId, clientSecret, baseUrl, apiUrl, revoke, tokenInHeaderOnly } = config.strava;
  if (!clientId || !clientSecret) throw new Error('STRAVA_CLIENT_ID and STRAVA_CLIENT_SECRET are required');
  return new StravaClient({
    baseUrl,
    clientId,
    clientSecret,
    apiUrl,
    revoke,
    tokenInHeaderOnly,
    limiter: new RateLimiter(),
    now: options.now ?? (() => new Date()),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

export function createStrava(deps: StravaDeps): Strava {
  const { config, store, log } = deps;
  const now = deps.now ?? (() => new Date());
  const { clientId, verifyToken, retentionDays } = config.strava;
  if (!config.strava.enabled || !clientId || !verifyToken) throw new Error('Strava is not configured');
  if (!config.appSecret) throw new Error('APP_SECRET is required when Strava is enabled');

  const keys = new Keyring(config.appSecret, config.appSecretPrevious);
  const client = createStravaClient(config, { now, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
  const accounts = new Accounts({ store, keys, client, log, now });
  const linking = new Linking({ store, keys, client, accounts, log, now, athleteLimit: config.strava.athleteLimit });
  const sync = new Sync({
    store,
    client,
    accounts,
    log,
    now,
    ...(deps.athleteReadsPerWindow ? { athleteReadsPerWindow: deps.athleteReadsPerWindow } : {}),
  });
  const { metrics } = deps;
  const worker = createWorker({
    store,
    sync,
    log,
    now,
    ...(deps.pollMs ? { pollMs: deps.pollMs } : {}),
    ...(metrics ? { onProcessed: (outcome: InboxOutcome) => metrics.inboxProcessed.inc({ outcome }) } : {}),
  });
  // Strava's usage as its last answer reported it, read when /metrics is scraped.
  metrics?.readStravaRateFrom(() => client.limiter.usage(now().getTime()));

  const connectLink = (userId: number): string => {
    const t = issueToken(store, keys, 'strava_link', userId, now().getTime(), LINK_TTL_MS);
    return `${config.publicUrl}/strava/connect?t=${encodeURIComponent(t)}`;
  };

  const router = createStravaRouter({
    store,
    log,
    now,
    keys,
    client,
    accounts,
    linking,
    clientId,
    baseUrl: config.strava.baseUrl,
    publicUrl: config.publicUrl,
    verifyToken,
    connectLink,
    onEvent: () => worker.kick(),
    webhookRateLimitPerMinute: deps.webhookRateLimitPerMinute,
  });

  const bot: StravaBot = {
    status(userId) {
      const account = store.strava.get(userId);
      if (account) return { connected: true, athleteId: account.athleteId };
      return linking.full(userId) ? { connected: false, full: true, limit: linking.limit } : { connected: false };
    },
    connectLink,
    async answerLink(userId, athleteId, yes) {
      return linkAnswerMessage(await linking.answer(userId, athleteId, yes), languageOf(store.users.get(userId)));
    },
    async disconnect(userId) {
      const account = store.strava.get(userId);
      if (!account) return;
      // The runner asked to disconnect: local data goes regardless; Strava's side may be revoked there too.
      await linking.revokeAccount(userId);
      const deleted = accounts.removeAll(userId);
      log.info({ userId, athleteId: account.athleteId, deleted }, 'strava disconnected');
    },
  };

  return {
    router,
    bot,
    worker,
    client,
    accounts,
    linking,
    purgeRaw(at: Date) {
      const nowMs = at.getTime();
      const before = nowMs - retentionDays * DAY_MS;
      const { purged, queues } = store.transaction(() => ({
        purged: store.runs.purgeRawBefore('strava', before, nowMs),
        queues: purgeStravaQueues(store, before),
      }));
      // Unconfirmed links past their hour: their tokens go, and Strava is asked to revoke them (in the background).
      void linking.expire(nowMs).catch((err: unknown) => log.warn({ err }, 'strava: expiring pending links failed'));
      // Used and expired link tokens and states are of no further use.
      store.oauthStates.deleteExpiredBefore(nowMs - DAY_MS);
      const total = purged + queues.inbox + queues.outbox;
      if (total > 0) log.info({ purged, inbox: queues.inbox, outbox: queues.outbox }, 'strava raw data purged');
      return total;
    },
  };
}

export { StravaError } from './client.ts';
export { inboxKey, SUBSCRIPTION_META_KEY, type WebhookEvent } from './events.ts';
export type { StravaWorker } from './worker.ts';
