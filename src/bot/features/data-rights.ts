import { Composer } from 'grammy';
import { exportUser } from '../../coach/export.ts';
import { decode } from '../../messages/callback-data.ts';
import type { BotContext } from '../context.ts';
import { sendMessages } from '../send.ts';

export const dataRightsFeature = new Composer<BotContext>();

dataRightsFeature.command('export', async (ctx) => {
  if (!ctx.runner) {
    await sendMessages(ctx, [{ html: 'I have no data about you yet. Send /start to begin.' }]);
    return;
  }
  const userId = ctx.runner.telegramId;
  const data = exportUser(ctx.deps.store, userId);
  await sendMessages(ctx, [
    {
      html: 'Everything I keep about you, as JSON.',
      document: {
        filename: `runcoach-export-${userId}.json`,
        content: `${JSON.stringify(data, null, 2)}\n`,
        caption: 'Everything I keep about you: settings, plan, runs and feedback (JSON).',
      },
    },
  ]);
});

dataRightsFeature.command('delete', async (ctx) => {
  if (!ctx.runner) {
    await sendMessages(ctx, [{ html: 'I have no data about you to delete.' }]);
    return;
  }
  await sendMessages(ctx, [
    {
      html: '<b>Delete everything?</b>\nYour settings, plan, runs, feedback, our conversation and any Strava link will be gone for good. This cannot be undone.',
      buttons: [
        [
          { text: 'Yes, delete everything', data: 'del:yes' },
          { text: 'Keep my data', data: 'del:no' },
        ],
      ],
    },
  ]);
});

dataRightsFeature.callbackQuery(/^del:/, async (ctx) => {
  const action = decode(ctx.callbackQuery.data);
  if (action?.a !== 'del') {
    await ctx.answerCallbackQuery({ text: 'That button has expired.' });
    return;
  }
  await ctx.answerCallbackQuery();
  if (!action.confirm) {
    await ctx.editMessageText('Nothing was deleted.').catch(() => undefined);
    return;
  }
  if (!ctx.runner) {
    await ctx.editMessageText('There was nothing left to delete.').catch(() => undefined);
    return;
  }
  if (ctx.deps.strava?.status(ctx.from.id).connected) {
    await ctx.deps.strava.disconnect(ctx.from.id).catch((err: unknown) => {
      ctx.deps.log.warn({ err }, 'strava deauthorization during delete failed; deleting locally anyway');
    });
  }
  ctx.deps.store.users.delete(ctx.from.id);
  ctx.runner = undefined;
  await ctx
    .editMessageText('Done: everything I had about you is deleted. Send /start if you ever want to train again.')
    .catch(() => undefined);
});
