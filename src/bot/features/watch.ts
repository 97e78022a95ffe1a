/**
 * Your watch, your calendar, your files: `/fit` and the ⌚ button (FIT workout files), `/calendar` (the private
 * .ics feed), `/intervals` (intervals.icu) and activity files sent as documents.
 */

import { createHash } from 'node:crypto';
import { Composer } from 'grammy';
import { feedUrl } from '../../calendar/feed.ts';
import { findDates } from '../../coach/offline/dates.ts';
import { normalize } from '../../coach/offline/text.ts';
import { renderOutcome } from '../../coach/replies/outcomes.ts';
import {
  activityFileProblem,
  calendarLink,
  calendarNoPlanNote,
  fitBadDate,
  fitDocument,
  fitNoPlan,
  fitNothingOn,
  intervalsAsk,
  intervalsConnected,
  intervalsDisconnected,
  intervalsNotConnected,
  intervalsNotSetUp,
  intervalsRefused,
  intervalsStatus,
  intervalsUnavailable,
  intervalsUnreadable,
} from '../../coach/replies/watch.ts';
import { unitsOf } from '../../coach/replies/workout.ts';
import { recordRun } from '../../coach/tools/run-tools.ts';
import { localDateSchema } from '../../coach/tools/schemas.ts';
import type { OutgoingMessage } from '../../coach/types.ts';
import { workoutFromRow } from '../../db/store/plans.ts';
import { decode } from '../../messages/callback-data.ts';
import { t } from '../../messages/i18n.ts';
import { languageOf, localeOf } from '../../messages/languages.ts';
import { formatOf, MAX_ACTIVITY_BYTES, parseActivityFile } from '../../runs/activity-file.ts';
import { localDate } from '../../time/local.ts';
import { encodeWorkoutFit, fitFileName } from '../../workouts/fit.ts';
import type { BotContext } from '../context.ts';
import { downloadFile } from '../files.ts';
import { sendMessages } from '../send.ts';
import { chatLanguage } from './chat-language.ts';
import { ensureRunner } from './start.ts';

export const watchFeature = new Composer<BotContext>();

/** The FIT file of the workout on `date`; without a date, today's or else the next one. */
export function fitReply(ctx: BotContext, date: string | null): OutgoingMessage[] {
  const { store } = ctx.deps;
  const user = ctx.runner;
  const lang = chatLanguage(ctx);
  if (!user) return [fitNoPlan(lang)];
  const plan = store.plans.getActive(user.telegramId);
  if (!plan) return [fitNoPlan(lang)];
  const speech = { lang, locale: localeOf(user) };
  const today = localDate(ctx.deps.now(), user.timezone);
  const units = unitsOf(user);
  const all = plan.weeks.flatMap((w) => w.workouts);
  const day = date ?? today;
  const row = store.plans.workoutOn(user.telegramId, day);
  const next = all.find((w) => w.date > day && w.status === 'planned');
  const workout = row ? workoutFromRow(row) : date === null ? next : undefined;
  if (!workout) return [fitNothingOn(day, next, units, speech)];
  const bytes = Buffer.from(encodeWorkoutFit(workout, ctx.deps.now(), languageOf(user)));
  return [fitDocument(workout, fitFileName(workout), bytes, units, speech)];
}

/** `/fit`, `/fit tomorrow`, `/fit sat`, `/fit 2026-12-24`: the dates the runner's zone gives those words. */
export function fitDateArg(ctx: BotContext, text: string): string | null | 'invalid' {
  const arg = text.trim();
  if (!arg) return null;
  // A real calendar day: V8's Date.parse takes "2026-02-30" (as 2 March), which read "Nothing is planned on Mon 30 Feb".
  if (/^\d{4}-\d{2}-\d{2}$/.test(arg)) return localDateSchema.safeParse(arg).success ? arg : 'invalid';
  const zone = ctx.runner?.timezone ?? 'UTC';
  const found = findDates(normalize(arg), ctx.deps.now(), zone, 'future');
  return found[0]?.date ?? 'invalid';
}

watchFeature.command('fit', async (ctx) => {
  if (!ensureRunner(ctx)) return;
  const date = fitDateArg(ctx, ctx.match);
  await sendMessages(ctx, date === 'invalid' ? [fitBadDate(chatLanguage(ctx))] : fitReply(ctx, date));
});

watchFeature.callbackQuery(/^fit:/, async (ctx) => {
  const action = decode(ctx.callbackQuery.data);
  const lang = chatLanguage(ctx);
  if (action?.a !== 'fit' || !ctx.runner) {
    await ctx.answerCallbackQuery({ text: t(lang, 'feat-toast-expired-today') });
    return;
  }
  await ctx.answerCallbackQuery({ text: t(lang, 'feat-toast-fit-sending') });
  await sendMessages(ctx, fitReply(ctx, action.date));
});

/** The runner's feed link, making the token on first use; `renew` replaces it (the old link then 404s). */
export function calendarReply(ctx: BotContext, renew: boolean): OutgoingMessage[] {
  const { store, config } = ctx.deps;
  const userId = ctx.runner?.telegramId;
  if (userId === undefined) return [];
  const lang = chatLanguage(ctx);
  const reply = calendarLink(feedUrl(store, config.publicUrl, userId, renew), renew, lang);
  if (!store.plans.activeRef(userId)) reply.html += `\n\n${calendarNoPlanNote(lang)}`;
  return [reply];
}

watchFeature.command('calendar', async (ctx) => {
  if (!ensureRunner(ctx)) return;
  await sendMessages(ctx, calendarReply(ctx, false));
});

watchFeature.callbackQuery('calnew', async (ctx) => {
  const lang = chatLanguage(ctx);
  if (!ctx.runner) {
    await ctx.answerCallbackQuery({ text: t(lang, 'feat-toast-start-first') });
    return;
  }
  await ctx.answerCallbackQuery({ text: t(lang, 'feat-toast-calendar-renewed') });
  await sendMessages(ctx, calendarReply(ctx, true));
});

watchFeature.command('intervals', async (ctx) => {
  if (!ensureRunner(ctx)) return;
  const intervals = ctx.deps.intervals;
  const lang = chatLanguage(ctx);
  if (!intervals) return sendMessages(ctx, [intervalsNotSetUp(lang)]);
  const userId = ctx.chat.id;
  const arg = ctx.match.trim().toLowerCase();
  if (arg === 'off' || arg === 'disconnect') {
    if (!intervals.connected(userId)) return sendMessages(ctx, [intervalsNotConnected(lang)]);
    const { removed, reachable } = await intervals.disconnect(userId);
    return sendMessages(ctx, [intervalsDisconnected(removed, reachable, lang)]);
  }
  const linked = intervals.connected(userId);
  if (linked) return sendMessages(ctx, [intervalsStatus(linked.athleteId, lang)]);
  ctx.deps.store.users.update(userId, { pendingFlow: { kind: 'intervals' } });
  await sendMessages(ctx, [intervalsAsk(lang)]);
});

watchFeature.callbackQuery('ivoff', async (ctx) => {
  const intervals = ctx.deps.intervals;
  const lang = chatLanguage(ctx);
  if (!intervals || !ctx.runner || !intervals.connected(ctx.runner.telegramId)) {
    await ctx.answerCallbackQuery({ text: t(lang, 'feat-intervals-not-connected') });
    return;
  }
  await ctx.answerCallbackQuery();
  const { removed, reachable } = await intervals.disconnect(ctx.runner.telegramId);
  await sendMessages(ctx, [intervalsDisconnected(removed, reachable, lang)]);
});

/** An athlete id (`i123456`, or the bare number) and an API key (letters and digits). */
const CREDENTIALS = /^\s*(i?\d{1,12})[\s,;:]+([A-Za-z0-9_-]{8,128})\s*$/;
/** An athlete id or a key-like token somewhere in the text: an answer we could not read, not a new topic. */
const LOOKS_LIKE_CREDENTIALS = /\bi\d{3,12}\b|\b[A-Za-z0-9_-]{16,}\b|\b(?:api|key|athlete|id)\b/i;

/** The answer to INTERVALS_ASK: verified, stored encrypted, and the runner's message (it holds the key) deleted. */
watchFeature.on('message:text', async (ctx, next) => {
  const flow = ctx.runner?.pendingFlow as { kind?: string } | null | undefined;
  const intervals = ctx.deps.intervals;
  if (flow?.kind !== 'intervals' || !intervals || !ctx.runner) return next();
  const userId = ctx.runner.telegramId;
  const text = ctx.message.text;
  const lang = chatLanguage(ctx);
  if (text.startsWith('/')) {
    // Any command leaves the question: nobody is trapped in it.
    ctx.deps.store.users.update(userId, { pendingFlow: null });
    if (/^\/cancel\b/.test(text)) return sendMessages(ctx, [{ html: t(lang, 'feat-intervals-cancelled') }]);
    return next();
  }
  const m = CREDENTIALS.exec(text);
  if (!m) {
    // Something that looks like a try at the id and key is asked again; anything else is a message of its own
    // (the question never traps the runner: issue 14), so the question closes and the coach reads it.
    if (LOOKS_LIKE_CREDENTIALS.test(text)) return sendMessages(ctx, [intervalsUnreadable(lang)]);
    ctx.deps.store.users.update(userId, { pendingFlow: null });
    return next();
  }
  await ctx.deleteMessage().catch(() => undefined);
  const athleteId = (m[1] as string).startsWith('i') ? (m[1] as string) : `i${m[1]}`;
  const outcome = await intervals.connect(userId, athleteId, m[2] as string);
  if (!outcome.ok) {
    return sendMessages(ctx, [outcome.reason === 'refused' ? intervalsRefused(lang) : intervalsUnavailable(lang)]);
  }
  ctx.deps.store.users.update(userId, { pendingFlow: null });
  await sendMessages(ctx, [intervalsConnected(athleteId, outcome.events, lang)]);
});

/**
 * An activity file sent as a document: downloaded through getFile, parsed, and logged through the same path as
 * a typed run (source `file`), so it is matched and answered alike. The same file twice is the same run.
 */
watchFeature.on('message:document', async (ctx) => {
  if (!ensureRunner(ctx) || !ctx.runner) return;
  const doc = ctx.message.document;
  const user = ctx.runner;
  const lang = chatLanguage(ctx);
  if (!formatOf(doc.file_name ?? '')) {
    return sendMessages(ctx, [
      activityFileProblem(ctx.deps.coach.hearsAndSees?.() ? 'unsupported_media' : 'unsupported', lang),
    ]);
  }
  const download = await downloadFile(ctx, doc.file_id, doc.file_size, MAX_ACTIVITY_BYTES);
  if (!download.ok)
    return sendMessages(ctx, [activityFileProblem(download.reason === 'too_big' ? 'too_big' : 'download', lang)]);
  const bytes = Buffer.from(download.bytes);
  const parsed = await parseActivityFile(doc.file_name ?? '', bytes);
  if (!parsed.ok) return sendMessages(ctx, [activityFileProblem(parsed.reason, lang, parsed.sport)]);
  const a = parsed.activity;
  const date = localDate(new Date(a.startedAt), user.timezone);
  if (date > localDate(ctx.deps.now(), user.timezone)) return sendMessages(ctx, [activityFileProblem('future', lang)]);
  // As log_run: faster than 2:30/km for more than a sprint is not a run (the 10,000 m world record is 2:37/km).
  if (a.movingSec / a.distanceKm < 150 && a.distanceKm > 0.4) {
    return sendMessages(ctx, [activityFileProblem('too_fast', lang)]);
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  const result = recordRun(ctx.coachCtx(), {
    source: 'file',
    externalId: `${user.telegramId}:${sha}`,
    date,
    distanceKm: a.distanceKm,
    durationSec: a.movingSec,
    startedAt: a.startedAt,
    avgHr: a.avgHr,
  });
  await sendMessages(ctx, renderOutcome({ name: 'log_run', result }, ctx.deps.store.users.get(user.telegramId)));
});
