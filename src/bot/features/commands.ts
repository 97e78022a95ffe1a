import { Composer } from 'grammy';
import { understandLogCommand } from '../../coach/conversation/commands.ts';
import { expectAnswer } from '../../coach/conversation/dialogue.ts';
import { respondToCalls, respondToQuestion } from '../../coach/conversation/respond.ts';
import { planOverviewMessages } from '../../coach/replies/plan.ts';
import { html } from '../../messages/html.ts';
import { fullMessage } from '../../strava/messages.ts';
import type { BotContext } from '../context.ts';
import { sendMessages } from '../send.ts';
import { ensureRunner } from './start.ts';

export const commandsFeature = new Composer<BotContext>();

commandsFeature.command('today', async (ctx) => {
  if (!ensureRunner(ctx)) return;
  await sendMessages(ctx, respondToQuestion(ctx.coachCtx(), { topic: 'today' }));
});

commandsFeature.command('week', async (ctx) => {
  if (!ensureRunner(ctx)) return;
  await sendMessages(ctx, respondToQuestion(ctx.coachCtx(), { topic: 'week' }));
});

commandsFeature.command('plan', async (ctx) => {
  if (!ensureRunner(ctx)) return;
  await sendMessages(ctx, planOverviewMessages(ctx.coachCtx(), ctx.deps.config.publicUrl));
});

commandsFeature.command('progress', async (ctx) => {
  if (!ensureRunner(ctx)) return;
  await sendMessages(ctx, respondToQuestion(ctx.coachCtx(), { topic: 'progress' }));
});

commandsFeature.command('log', async (ctx) => {
  if (!ensureRunner(ctx)) return;
  const cc = ctx.coachCtx();
  const parsed = understandLogCommand(cc, ctx.match);
  if (parsed.kind === 'calls') {
    await sendMessages(ctx, respondToCalls(cc, parsed.calls));
    return;
  }
  // Guided: remember that the next message is a run log, but never trap the runner in it.
  expectAnswer(cc, { kind: 'log' });
  await sendMessages(ctx, [{ html: parsed.prompt }]);
});

commandsFeature.command('strava', async (ctx) => {
  if (!ensureRunner(ctx)) return;
  const strava = ctx.deps.strava;
  if (!ctx.deps.config.stravaEnabled || !strava) {
    await sendMessages(ctx, [
      {
        html: 'Strava is not set up on this coach yet. Until it is, tell me about your runs in your own words (<i>ran 8k in 42:30</i>) or use /log.',
      },
    ]);
    return;
  }
  const userId = ctx.chat.id;
  const status = strava.status(userId);
  if (status.connected) {
    await sendMessages(ctx, [
      {
        html: html`Strava is connected (athlete ${status.athleteId ?? ''}). Your runs arrive here by themselves.`,
        buttons: [[{ text: 'Disconnect Strava', data: 'set:strava:off' }]],
      },
    ]);
    return;
  }
  if (status.full) {
    // The app is at Strava's athlete cap (STRAVA_ATHLETE_LIMIT): say so politely, offer no link.
    await sendMessages(ctx, [fullMessage(status.limit ?? 10)]);
    return;
  }
  await sendMessages(ctx, [
    {
      html: 'Connect Strava and your runs will show up here within seconds of saving them. The link works for you only and for 15 minutes.',
      buttons: [[{ text: 'Connect Strava', url: strava.connectLink(userId) }]],
    },
  ]);
});
