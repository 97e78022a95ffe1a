import { Composer } from 'grammy';
import { continueFlow } from '../../coach/conversation/flows.ts';
import { answerLocation } from '../../coach/conversation/onboarding.ts';
import { otherMessage } from '../../coach/replies/media.ts';
import { escapeHtml } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import type { BotContext } from '../context.ts';
import { sendMessages } from '../send.ts';
import { chatLanguage } from './chat-language.ts';
import { ensureRunner } from './start.ts';

export const textFeature = new Composer<BotContext>();

/** Unknown commands get a short answer with the list, not silence. */
textFeature.on('message:text').filter(
  (ctx) => ctx.message.text.startsWith('/'),
  async (ctx) => {
    const name = ctx.message.text.split(/\s/)[0]?.slice(0, 40) ?? '';
    await sendMessages(ctx, [{ html: t(chatLanguage(ctx), 'feat-unknown-command', { name: escapeHtml(name) }) }]);
  },
);

/** Free text always reaches the coach; a pending guided step gets the first chance to use it. */
textFeature.on('message:text', async (ctx) => {
  if (!ensureRunner(ctx)) return;
  const text = ctx.message.text;
  const cc = ctx.coachCtx();
  if (text.length > ctx.deps.config.maxMessageChars) {
    const max = ctx.deps.config.maxMessageChars;
    await sendMessages(ctx, [{ html: t(chatLanguage(ctx), 'feat-too-long', { length: text.length, max }) }]);
    return;
  }
  const flow = continueFlow(cc, text);
  if (flow) {
    await sendMessages(ctx, flow);
    return;
  }
  await ctx.replyWithChatAction('typing').catch(() => undefined);
  const reply = await ctx.deps.coach.reply(cc, text);
  ctx.deps.metrics?.coachTurns.inc({ via: reply.via });
  await sendMessages(ctx, reply.messages);
});

/** Telegram's location button (onboarding's "where do you live?"): the zone at those coordinates. */
textFeature.on('message:location', async (ctx) => {
  if (!ensureRunner(ctx)) return;
  const { latitude, longitude } = ctx.message.location;
  await sendMessages(ctx, answerLocation(ctx.coachCtx(), latitude, longitude));
});

textFeature.on('message', async (ctx) => {
  await sendMessages(ctx, otherMessage(ctx.deps.coach.hearsAndSees?.() ?? false, chatLanguage(ctx)));
});
