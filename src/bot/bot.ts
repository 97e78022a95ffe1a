/**
 * createBot(deps): the Telegram face. Features are grammY Composers; every change goes through the coach
 * tools. The same function serves `npm start`, `npm run chat` and the tests.
 */
import { sequentialize } from '@grammyjs/runner';
import { Bot, BotError, GrammyError, HttpError, type NextFunction } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { type ApologyReason, apologyHtml, buttonFailed } from '../coach/replies/apology.ts';
import { BUSY_RETRY_WINDOW_MS, isBusyError, storageFailure, whileBusy } from '../db/busy.ts';
import type { Logger } from '../log.ts';
import { t } from '../messages/i18n.ts';
import { getDefaultLanguage, LANGUAGES, type Language } from '../messages/languages.ts';
import type { BotContext, BotDeps } from './context.ts';
import { callbacksFeature } from './features/callbacks.ts';
import { chatLanguage } from './features/chat-language.ts';
import { commandsFeature, EVERYDAY_COMMANDS } from './features/commands.ts';
import { dataRightsFeature } from './features/data-rights.ts';
import { languageFeature } from './features/language.ts';
import { mediaFeature } from './features/media.ts';
import { settingsFeature } from './features/settings.ts';
import { startFeature } from './features/start.ts';
import { textFeature } from './features/text.ts';
import { watchFeature } from './features/watch.ts';
import { replyRetry } from './retry.ts';
import { type Feature, featureRoutes } from './routes.ts';
import { sendMessages } from './send.ts';

/** The command menu; descriptions come from the locale files (`cmd-*` in chat.ftl). */
const COMMAND_KEYS: Record<string, string> = {
  today: 'cmd-today',
  week: 'cmd-week',
  plan: 'cmd-plan',
  log: 'cmd-log',
  progress: 'cmd-progress',
  settings: 'cmd-settings',
  setup: 'cmd-setup',
  strava: 'cmd-strava',
  export: 'cmd-export',
  delete: 'cmd-delete',
  help: 'cmd-help',
  fit: 'cmd-fit',
  calendar: 'cmd-calendar',
  intervals: 'cmd-intervals',
  language: 'cmd-language',
};

/** The command menu in one language. */
export function commandsFor(lang: Language): BotCommand[] {
  return Object.entries(COMMAND_KEYS).map(([command, key]) => ({ command, description: t(lang, key) }));
}

export const COMMANDS: BotCommand[] = commandsFor('en');

/**
 * The features in the order they see an update, with what each answers, so an update starts at the first that may
 * answer it (src/bot/routes.ts; test/bot/routes.test.ts holds each line to what the feature really does).
 */
export const FEATURES: readonly Feature[] = [
  { name: 'start', composer: startFeature, commands: ['start', 'setup', 'help'] },
  { name: 'language', composer: languageFeature, commands: ['language'], callbacks: ['lang'] },
  { name: 'data-rights', composer: dataRightsFeature, commands: ['export', 'delete'], callbacks: ['del'] },
  { name: 'settings', composer: settingsFeature, commands: ['settings'], callbacks: ['set'] },
  {
    name: 'commands',
    composer: commandsFeature,
    commands: EVERYDAY_COMMANDS,
  },
  { name: 'media', composer: mediaFeature, callbacks: ['plog', 'pchg', 'pno'] },
  {
    name: 'watch',
    composer: watchFeature,
    commands: ['fit', 'calendar', 'intervals'],
    callbacks: ['fit', 'calnew', 'ivoff'],
    text: true,
  },
  { name: 'callbacks', composer: callbacksFeature, callbacks: ['*'] },
  { name: 'text', composer: textFeature, text: true },
];

export function createBot(deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, {
    client: { apiRoot: deps.apiRoot },
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
  });
  // Replies retry briefly: network errors and 5xx three times (250 ms doubling), a 429 of up to 10 s waited out;
  // then the update fails and the chat moves on (src/bot/retry.ts).
  bot.api.config.use(replyRetry());

  // One chat's updates in order (design: sequentialize before anything stateful).
  bot.use(sequentialize((ctx) => (ctx.chat?.id ?? ctx.from?.id)?.toString()));

  const apologize = async (ctx: BotContext, reason: ApologyReason) => {
    try {
      const lang = chatLanguage(ctx);
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: buttonFailed(lang) });
      await sendMessages(ctx, [{ html: apologyHtml(reason, lang) }]);
    } catch {
      // Telegram unreachable: the log line is all we can do.
    }
  };
  // One error path for polling and webhook mode alike (bot.catch alone covers polling only): the runner gets
  // an apology that tells the truth, the update is answered (so Telegram does not deliver it again), and the log
  // gets the error without the context object that holds the token. A busy database is not handled here: the
  // update is tried again (below).
  const handleError = async (err: BotError<BotContext>) => {
    const ctx = err.ctx;
    const e = err.error;
    if (isBusyError(e)) throw e;
    if (e instanceof GrammyError && e.error_code === 403 && ctx.from) {
      deps.store.users.setActive(ctx.from.id, false);
      deps.log.info({ userId: ctx.from.id }, 'bot blocked by user; marked inactive');
      return;
    }
    deps.log.error(
      { err: e, updateId: ctx.update.update_id, kind: e instanceof HttpError ? 'http' : 'handler' },
      'update failed',
    );
    await apologize(ctx, storageFailure(e) ?? 'error');
  };

  // Only private chats: a coach is personal, and identity is the sender. (grammY's chatType test, without the
  // Composer its filter builds for every update.)
  // A button no feature took (or outside a private chat) is answered, so Telegram stops its spinner.
  const features = featureRoutes(FEATURES);
  const handleGuarded = async (ctx: BotContext, next: NextFunction): Promise<void> => {
    if (ctx.chat?.type === 'private') {
      let passed = false;
      await features(ctx, async () => {
        passed = true;
      });
      if (!passed) return;
    }
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery({ text: t(chatLanguage(ctx), 'feat-toast-private-only') });
      return;
    }
    await next();
  };
  const updateDeps = perUpdateDeps(deps);

  /** One try at the handling: the runner read afresh, errors turned into an apology (grammY's errorBoundary). */
  const handleOnce = async (ctx: BotContext, next: NextFunction): Promise<void> => {
    ctx.deps = updateDeps(ctx.update.update_id);
    ctx.runner = ctx.from ? deps.store.users.get(ctx.from.id) : undefined;
    ctx.coachCtx = () => ({
      userId: ctx.from?.id ?? 0,
      store: deps.store,
      now: deps.now,
      // A getter: the update's child logger is made only if the coach logs.
      get log() {
        return ctx.deps.log;
      },
      user: ctx.runner,
      ...(deps.onScheduleChanged ? { onScheduleChanged: deps.onScheduleChanged } : {}),
    });
    let nextCalled = false;
    const cont = () => {
      nextCalled = true;
      return Promise.resolve();
    };
    try {
      await handleGuarded(ctx, cont);
    } catch (err) {
      nextCalled = false;
      await handleError(new BotError(err, ctx));
    }
    if (nextCalled) await next();
  };

  // The handling proper, as one middleware (every layer an update passes stays suspended while its reply is on the
  // wire: issue 18's update bench). It runs again when it failed on a database locked by another process (its
  // SQLite statements changed nothing), after an asynchronous pause, so the runner's message is handled once the
  // lock is gone instead of being answered with an apology and dropped; the chat's later updates wait behind it
  // (sequentialize above). In polling mode the update is held in memory meanwhile; in webhook mode Telegram gets
  // its answer at the adapter's timeout and the handling goes on. Then the runner's intervals.icu calendar is kept
  // in step (the plan may have changed), and /metrics gets the update's kind, time and outcome.
  const busyWindowMs = deps.busyRetryWindowMs ?? BUSY_RETRY_WINDOW_MS;
  const intervals = deps.intervals;
  bot.use(async (ctx, next) => {
    const kind = ctx.callbackQuery
      ? 'callback'
      : ctx.message?.text?.startsWith('/')
        ? 'command'
        : ctx.message
          ? 'message'
          : 'other';
    const stop = deps.metrics?.updateSeconds.startTimer({ kind });
    let outcome = 'ok';
    try {
      try {
        await whileBusy(() => handleOnce(ctx, next), {
          maxWaitMs: busyWindowMs,
          onBusy: (attempt, waitedMs) => {
            if (attempt === 1 || attempt % 20 === 0) {
              deps.log.warn(
                { updateId: ctx.update.update_id, waitedMs: Math.round(waitedMs) },
                'database busy; update waits',
              );
            }
          },
        });
      } catch (err) {
        if (!isBusyError(err)) throw err;
        deps.log.error({ err, updateId: ctx.update.update_id }, 'database busy for too long; update given up');
        await apologize(ctx, 'busy');
      }
      if (intervals && ctx.from) await intervals.syncQuietly(ctx.from.id);
    } catch (err) {
      outcome = 'error';
      throw err;
    } finally {
      stop?.();
      deps.metrics?.updates.inc({ kind, outcome });
    }
  });
  bot.catch(handleError);
  return bot;
}

/**
 * The deps an update's handling sees: the bot's own, with a logger that puts the update's id on every line. The
 * logger is made when first used (most updates log nothing), and the rest is the bot's deps by prototype, not a
 * copy: making a pino child and copying fifteen fields for every update showed in issue 18's update bench.
 */
function perUpdateDeps(deps: BotDeps): (updateId: number) => BotDeps {
  const proto: BotDeps & { updateId: number; updateLog?: Logger } = Object.create(deps, {
    log: {
      get(this: { updateId: number; updateLog?: Logger }): Logger {
        this.updateLog ??= deps.log.child({ updateId: this.updateId });
        return this.updateLog;
      },
      enumerable: true,
    },
  });
  return (updateId) => {
    const own = Object.create(proto) as typeof proto;
    own.updateId = updateId;
    return own;
  };
}

/**
 * Registers the command menu with Telegram (at start): DEFAULT_LANGUAGE's for everyone, and each language's for
 * runners whose Telegram is in it (setMyCommands `language_code`).
 */
export async function registerCommands(bot: Bot<BotContext>): Promise<void> {
  await bot.api.setMyCommands(commandsFor(getDefaultLanguage()));
  for (const lang of LANGUAGES) await bot.api.setMyCommands(commandsFor(lang), { language_code: lang });
}
