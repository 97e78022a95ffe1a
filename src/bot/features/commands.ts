import { understandLogCommand } from '../../coach/conversation/commands.ts';
import { expectAnswer } from '../../coach/conversation/dialogue.ts';
import { respondToCalls, respondToQuestion } from '../../coach/conversation/respond.ts';
import { planOverviewMessages } from '../../coach/replies/plan.ts';
import { escapeHtml } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import { fullMessage } from '../../strava/messages.ts';
import { type CommandHandler, commandTable } from '../routes.ts';
import { sendMessages } from '../send.ts';
import { chatLanguage } from './chat-language.ts';
import { ensureRunner } from './start.ts';

const todayCommand: CommandHandler = async (ctx) => {
  if (!ensureRunner(ctx)) return;
  await sendMessages(ctx, respondToQuestion(ctx.coachCtx(), { topic: 'today' }));
};

const weekCommand: CommandHandler = async (ctx) => {
  if (!ensureRunner(ctx)) return;
  await sendMessages(ctx, respondToQuestion(ctx.coachCtx(), { topic: 'week' }));
};

const planCommand: CommandHandler = async (ctx) => {
  if (!ensureRunner(ctx)) return;
  await sendMessages(ctx, planOverviewMessages(ctx.coachCtx(), ctx.deps.config.publicUrl));
};

const progressCommand: CommandHandler = async (ctx) => {
  if (!ensureRunner(ctx)) return;
  await sendMessages(ctx, respondToQuestion(ctx.coachCtx(), { topic: 'progress' }));
};

const logCommand: CommandHandler = async (ctx) => {
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
};

const stravaCommand: CommandHandler = async (ctx) => {
  if (!ensureRunner(ctx)) return;
  const strava = ctx.deps.strava;
  const lang = chatLanguage(ctx);
  if (!ctx.deps.config.stravaEnabled || !strava) {
    await sendMessages(ctx, [{ html: t(lang, 'feat-strava-not-set-up') }]);
    return;
  }
  const userId = ctx.chat.id;
  const status = strava.status(userId);
  if (status.connected) {
    await sendMessages(ctx, [
      {
        // The athlete id as a string: Fluent would group its digits ("12 345" in ru).
        html: t(lang, 'feat-strava-connected', { athlete: escapeHtml(String(status.athleteId ?? '')) }),
        buttons: [[{ text: t(lang, 'feat-btn-strava-disconnect'), data: 'set:strava:off' }]],
      },
    ]);
    return;
  }
  if (status.full) {
    // The app is at Strava's athlete cap (STRAVA_ATHLETE_LIMIT): say so politely, offer no link.
    await sendMessages(ctx, [fullMessage(status.limit ?? 10, lang)]);
    return;
  }
  await sendMessages(ctx, [
    {
      html: t(lang, 'feat-strava-connect'),
      buttons: [[{ text: t(lang, 'feat-btn-strava-connect'), url: strava.connectLink(userId) }]],
    },
  ]);
};

/** The everyday commands, one table (routes.ts: one command test for all, not one filter each). */
const everyday = {
  today: todayCommand,
  week: weekCommand,
  plan: planCommand,
  progress: progressCommand,
  log: logCommand,
  strava: stravaCommand,
};
export const commandsFeature = commandTable(everyday);
/** The commands this feature answers (bot.ts FEATURES routes them here). */
export const EVERYDAY_COMMANDS = Object.keys(everyday);
