import { Composer } from 'grammy';
import { startSetup } from '../../coach/conversation/setup.ts';
import { helpMessages, welcomeMessages } from '../../coach/replies/welcome.ts';
import { defaultUnitsFor } from '../../messages/languages.ts';
import type { BotContext } from '../context.ts';
import { sendMessages } from '../send.ts';
import { chatLanguage } from './chat-language.ts';

export const startFeature = new Composer<BotContext>();

/** First contact creates the runner; /start again is harmless and shows the welcome. */
startFeature.command('start', async (ctx) => {
  const from = ctx.from;
  if (!from) return;
  const existed = ctx.runner !== undefined;
  ctx.runner = ctx.deps.store.users.upsert(
    {
      telegramId: from.id,
      chatId: ctx.chat.id,
      name: from.first_name ?? null,
      username: from.username ?? null,
      languageCode: from.language_code ?? null,
    },
    newRunnerDefaults(ctx),
  );
  if (!existed) ctx.deps.onScheduleChanged?.(from.id);
  await sendMessages(ctx, welcomeMessages(ctx.coachCtx(), existed));
});

startFeature.command('setup', async (ctx) => {
  if (!ensureRunner(ctx)) return;
  await sendMessages(ctx, startSetup(ctx.coachCtx()));
});

startFeature.command('help', async (ctx) => {
  // Someone not yet known reads it in their Telegram language, as every other answer to them (chatLanguage).
  await sendMessages(ctx, helpMessages(chatLanguage(ctx)));
});

/** Any message from someone never seen: create them as /start would, so nothing they typed is lost. */
export function ensureRunner(ctx: BotContext): boolean {
  if (ctx.runner) return true;
  const from = ctx.from;
  const chatId = ctx.chat?.id;
  if (!from || chatId === undefined || from.is_bot) return false;
  ctx.runner = ctx.deps.store.users.upsert(
    {
      telegramId: from.id,
      chatId,
      name: from.first_name ?? null,
      username: from.username ?? null,
      languageCode: from.language_code ?? null,
    },
    newRunnerDefaults(ctx),
  );
  ctx.deps.onScheduleChanged?.(from.id);
  return true;
}

/** A new runner's time zone (the terminal chat's machine) and units (miles where their locale counts in miles). */
function newRunnerDefaults(ctx: BotContext): { timezone?: string; units: 'km' | 'mi' } {
  const tz = ctx.deps.config.defaultTimezone;
  const units = defaultUnitsFor(ctx.from?.language_code);
  return tz ? { timezone: tz, units } : { units };
}
