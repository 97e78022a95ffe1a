/** Composition root: the store, the coach and the bot, built the same way for `npm start` and `npm run chat`. */

import type { UserFromGetMe } from 'grammy/types';
import { createBot } from './bot/bot.ts';
import type { BotDeps } from './bot/context.ts';
import { LazyGeminiCoach } from './coach/gemini/lazy.ts';
import { offlineCoach } from './coach/offline-coach.ts';
import type { Coach } from './coach/types.ts';
import type { Config } from './config.ts';
import type { Store } from './db/store/index.ts';
import { IntervalsClient } from './intervals/client.ts';
import { IntervalsService } from './intervals/service.ts';
import { refreshSchedule } from './jobs/schedule.ts';
import type { Logger } from './log.ts';
import { setDefaultLanguage } from './messages/languages.ts';
import type { Metrics } from './metrics/registry.ts';
import { Keyring } from './strava/crypto.ts';

export interface AppDeps {
  config: Config;
  store: Store;
  log: Logger;
  now?: () => Date;
  botInfo?: UserFromGetMe;
  /** Overrides the Telegram API root (the terminal chat's local Bot API). */
  apiRoot?: string;
  token?: string;
  defaultTimezone?: string;
  metrics?: Metrics;
  /** The Strava link for the bot's /strava (when Strava is enabled). */
  strava?: BotDeps['strava'];
  /** Told after a runner's schedule moved (the next-send instants are recomputed here first). */
  onScheduleChanged?: (userId: number) => void;
}

/**
 * Gemini when a key is configured (it falls back to the offline coach on any failure); offline otherwise. The
 * Gemini SDK loads only in the first case (LazyGeminiCoach).
 */
export function chooseCoach(deps: AppDeps): Coach {
  if (!deps.config.gemini.apiKey) return offlineCoach;
  const metrics = deps.metrics;
  return new LazyGeminiCoach(deps.config, {
    onTurn: (t) => {
      if (!metrics) return;
      metrics.geminiCalls.inc({ outcome: t.result }, t.requests);
      metrics.geminiTokens.inc({ kind: 'prompt' }, t.promptTokens);
      metrics.geminiTokens.inc({ kind: 'output' }, t.outputTokens);
      if (t.result !== 'ok') metrics.fallbacks.inc({ reason: t.result });
      metrics.geminiTurns.inc({ kind: t.kind, result: t.result });
    },
    onModelGone: (model) => metrics?.geminiModelsGone.inc({ model }),
    onModelSwitch: (change) => metrics?.geminiModelSwitches.inc(change),
  });
}

export function createRuncoachBot(deps: AppDeps) {
  const now = deps.now ?? (() => new Date());
  // Every sender (chat, jobs, Strava) resolves a runner's language against DEFAULT_LANGUAGE.
  setDefaultLanguage(deps.config.defaultLanguage ?? 'en');
  const coach = chooseCoach(deps);
  // intervals.icu keys are stored like Strava tokens: encrypted with a key derived from APP_SECRET.
  const intervals = deps.config.appSecret
    ? new IntervalsService({
        store: deps.store,
        client: new IntervalsClient(deps.config.intervalsBaseUrl),
        keyring: new Keyring(deps.config.appSecret, deps.config.appSecretPrevious),
        now,
        log: deps.log,
      })
    : undefined;
  const bot = createBot({
    token: deps.token ?? deps.config.telegram.token ?? '',
    apiRoot: deps.apiRoot ?? deps.config.telegram.apiRoot,
    store: deps.store,
    coach,
    now,
    log: deps.log,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    ...(deps.strava ? { strava: deps.strava } : {}),
    ...(intervals ? { intervals } : {}),
    // Time zone, morning or evening time changed (or a new runner): recompute the next scheduled sends.
    onScheduleChanged: (userId: number) => {
      refreshSchedule(deps.store, userId, now());
      deps.onScheduleChanged?.(userId);
    },
    config: {
      publicUrl: deps.config.publicUrl,
      maxMessageChars: deps.config.maxMessageChars,
      stravaEnabled: deps.config.strava.enabled,
      ...(deps.defaultTimezone ? { defaultTimezone: deps.defaultTimezone } : {}),
    },
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
  });
  return { bot, coach, intervals };
}
