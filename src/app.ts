/** Composition root: the store, the coach and the bot, built the same way for `npm start` and `npm run chat`. */
import type { UserFromGetMe } from 'grammy/types';
import { createBot } from './bot/bot.ts';
import { offlineCoach } from './coach/offline-coach.ts';
import type { Coach } from './coach/types.ts';
import type { Config } from './config.ts';
import type { Store } from './db/store/index.ts';
import type { Logger } from './log.ts';

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
}

export function chooseCoach(_deps: AppDeps): Coach {
  return offlineCoach;
}

export function createRuncoachBot(deps: AppDeps) {
  const now = deps.now ?? (() => new Date());
  const coach = chooseCoach(deps);
  const bot = createBot({
    token: deps.token ?? deps.config.telegram.token ?? '',
    apiRoot: deps.apiRoot ?? deps.config.telegram.apiRoot,
    store: deps.store,
    coach,
    now,
    log: deps.log,
    config: {
      publicUrl: deps.config.publicUrl,
      maxMessageChars: deps.config.maxMessageChars,
      stravaEnabled: deps.config.strava.enabled,
      ...(deps.defaultTimezone ? { defaultTimezone: deps.defaultTimezone } : {}),
    },
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
  });
  return { bot, coach };
}
