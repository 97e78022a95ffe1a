import { Composer } from 'grammy';
import { exportUser } from '../../coach/export.ts';
import { decode } from '../../messages/callback-data.ts';
import { t } from '../../messages/i18n.ts';
import type { BotContext } from '../context.ts';
import { sendMessages } from '../send.ts';
import { chatLanguage } from './chat-language.ts';

export const dataRightsFeature = new Composer<BotContext>();

dataRightsFeature.command('export', async (ctx) => {
  const lang = chatLanguage(ctx);
  if (!ctx.runner) {
    await sendMessages(ctx, [{ html: t(lang, 'feat-export-nothing') }]);
    return;
  }
  const userId = ctx.runner.telegramId;
  const data = exportUser(ctx.deps.store, userId);
  await sendMessages(ctx, [
    {
      html: t(lang, 'feat-export-intro'),
      document: {
        filename: `runcoach-export-${userId}.json`,
        content: `${JSON.stringify(data, null, 2)}\n`,
        caption: t(lang, 'feat-export-caption'),
      },
    },
  ]);
});

dataRightsFeature.command('delete', async (ctx) => {
  const lang = chatLanguage(ctx);
  if (!ctx.runner) {
    await sendMessages(ctx, [{ html: t(lang, 'feat-delete-nothing') }]);
    return;
  }
  await sendMessages(ctx, [
    {
      html: t(lang, 'feat-delete-confirm'),
      buttons: [
        [
          { text: t(lang, 'feat-btn-delete-yes'), data: 'del:yes' },
          { text: t(lang, 'feat-btn-delete-no'), data: 'del:no' },
        ],
      ],
    },
  ]);
});

dataRightsFeature.callbackQuery(/^del:/, async (ctx) => {
  const action = decode(ctx.callbackQuery.data);
  // Taken before the runner is deleted: the goodbye is in the language they were spoken to in.
  const lang = chatLanguage(ctx);
  if (action?.a !== 'del') {
    await ctx.answerCallbackQuery({ text: t(lang, 'button-expired') });
    return;
  }
  await ctx.answerCallbackQuery();
  if (!action.confirm) {
    await ctx.editMessageText(t(lang, 'feat-delete-kept')).catch(() => undefined);
    return;
  }
  if (!ctx.runner) {
    await ctx.editMessageText(t(lang, 'feat-delete-gone-already')).catch(() => undefined);
    return;
  }
  if (ctx.deps.strava?.status(ctx.from.id).connected) {
    await ctx.deps.strava.disconnect(ctx.from.id).catch((err: unknown) => {
      ctx.deps.log.warn({ err }, 'strava deauthorization during delete failed; deleting locally anyway');
    });
  }
  ctx.deps.store.users.delete(ctx.from.id);
  ctx.runner = undefined;
  await ctx.editMessageText(t(lang, 'feat-delete-done')).catch(() => undefined);
});
