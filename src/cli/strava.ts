/** `runcoach strava subscribe|unsubscribe|status`: the Strava webhook subscription (contracts.md). */
import type { Command } from 'commander';
import { type Config, parseConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { createStore, type Store } from '../db/store/index.ts';
import { StravaError } from '../strava/client.ts';
import { createStravaClient } from '../strava/index.ts';
import {
  SubscriptionConflict,
  subscribe,
  subscriptionStatus,
  unsubscribe,
  webhookUrl,
} from '../strava/subscriptions.ts';
import type { CliDeps } from './deps.ts';
import { CommandFailed, UsageError } from './io.ts';

function stravaConfig(deps: CliDeps): Config {
  const config = parseConfig(deps.env);
  if (!config.strava.enabled) {
    throw new UsageError(
      'Strava is not configured: set STRAVA_CLIENT_ID, STRAVA_CLIENT_SECRET and STRAVA_VERIFY_TOKEN (and APP_SECRET)',
    );
  }
  return config;
}

async function withStore<T>(config: Config, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = createStore(openDatabase(config.databasePath, { migrate: true }));
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

/** Strava's refusals are the operator's to fix (exit 1 with Strava's reason); a conflict too. */
function failure(err: unknown): never {
  if (err instanceof SubscriptionConflict) throw new CommandFailed(err.message);
  if (err instanceof StravaError) throw new CommandFailed(err.message);
  throw err;
}

export function registerStravaCommands(program: Command, deps: CliDeps): void {
  const strava = program.command('strava').description('manage the Strava webhook subscription');

  strava
    .command('subscribe')
    .description('create the webhook subscription ({PUBLIC_URL}/strava/webhook); the service must be reachable')
    .option('--callback-url <url>', 'override the callback URL (default {PUBLIC_URL}/strava/webhook)')
    .action(async (opts: { callbackUrl?: string }) => {
      const config = stravaConfig(deps);
      const callbackUrl = opts.callbackUrl ?? webhookUrl(config.publicUrl);
      if (!/^https?:\/\//.test(callbackUrl)) throw new UsageError('--callback-url must be an http(s) URL');
      const client = createStravaClient(config, { now: deps.now });
      await withStore(config, async (store) => {
        const result = await subscribe(store, client, callbackUrl, config.strava.verifyToken ?? '').catch(failure);
        deps.io.err(
          result.created
            ? `subscribed: Strava validated ${callbackUrl}`
            : `already subscribed to ${callbackUrl}; id stored`,
        );
        deps.io.out(JSON.stringify({ id: result.id, created: result.created, callbackUrl }));
      });
    });

  strava
    .command('unsubscribe')
    .description('delete the webhook subscription at Strava')
    .action(async () => {
      const config = stravaConfig(deps);
      const client = createStravaClient(config, { now: deps.now });
      await withStore(config, async (store) => {
        const result = await unsubscribe(store, client).catch(failure);
        deps.io.err(result.deleted.length ? `deleted subscription ${result.deleted.join(', ')}` : 'no subscription');
        deps.io.out(JSON.stringify(result));
      });
    });

  strava
    .command('status')
    .description('show the webhook subscription at Strava, the id stored here, and linked athletes / limit')
    .action(async () => {
      const config = stravaConfig(deps);
      const client = createStravaClient(config, { now: deps.now });
      await withStore(config, async (store) => {
        const status = await subscriptionStatus(store, client, webhookUrl(config.publicUrl)).catch(failure);
        // Strava's Standard tier allows 10 athletes per application (STRAVA_ATHLETE_LIMIT).
        const linked = store.strava.count();
        const limit = config.strava.athleteLimit;
        deps.io.err(`athletes linked: ${linked}/${limit}${linked >= limit ? ' (full: new runners are refused)' : ''}`);
        deps.io.err(
          status.active
            ? `subscribed (id ${status.storedId}) → ${status.callbackUrl}`
            : status.subscriptions.length
              ? 'a subscription exists at Strava but not the one stored here; run "strava subscribe"'
              : 'not subscribed; run "strava subscribe"',
        );
        deps.io.out(
          JSON.stringify({
            active: status.active,
            storedId: status.storedId,
            callbackUrl: status.callbackUrl,
            subscriptions: status.subscriptions.map((s) => ({ id: s.id, callbackUrl: s.callback_url ?? null })),
            athletes: { linked, limit },
          }),
        );
      });
    });
}
