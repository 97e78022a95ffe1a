import { Composer } from 'grammy';
import { renderOutcome } from '../../coach/replies/outcomes.ts';
import { settingsMessages, settingsPicker } from '../../coach/replies/settings.ts';
import { callTool } from '../../coach/tools/index.ts';
import type { ToolCall } from '../../coach/tools/schemas.ts';
import { decode } from '../../messages/callback-data.ts';
import { t } from '../../messages/i18n.ts';
import { languageOf, localeOf } from '../../messages/languages.ts';
import { WEEKDAY_NAMES } from '../../training/types.ts';
import type { BotContext } from '../context.ts';
import { sendMessages } from '../send.ts';
import { chatLanguage } from './chat-language.ts';
import { ensureRunner } from './start.ts';

export const settingsFeature = new Composer<BotContext>();

settingsFeature.command('settings', async (ctx) => {
  if (!ensureRunner(ctx)) return;
  await sendMessages(ctx, settingsMessages(ctx.coachCtx()));
});

/** Settings buttons: `set:<key>` opens a picker, `set:<key>:<value>` applies through update_profile. */
settingsFeature.callbackQuery(/^set:/, async (ctx, next) => {
  const action = decode(ctx.callbackQuery.data);
  if (action?.a !== 'set' || !ctx.runner) return next();
  const cc = ctx.coachCtx();
  const lang = chatLanguage(ctx);
  if (action.key === 'strava') {
    await ctx.answerCallbackQuery();
    // `set:strava:yes:<athlete>` / `no:<athlete>`: the answer to "Link Strava athlete …?" (issue 15).
    const answer = /^(yes|no):(\d{1,15})$/.exec(action.value ?? '');
    if (answer) {
      if (ctx.deps.strava?.answerLink) {
        const reply = await ctx.deps.strava.answerLink(cc.userId, Number(answer[2]), answer[1] === 'yes');
        await sendMessages(ctx, [reply]);
      }
      return;
    }
    if (ctx.deps.strava) {
      await ctx.deps.strava.disconnect(cc.userId);
      await sendMessages(ctx, [{ html: t(lang, 'feat-strava-disconnected') }]);
    }
    return;
  }
  if (action.value === undefined) {
    await ctx.answerCallbackQuery();
    await sendMessages(ctx, settingsPicker(action.key, languageOf(ctx.runner), localeOf(ctx.runner)));
    return;
  }
  const call = settingCall(action.key, action.value);
  if (!call) {
    await ctx.answerCallbackQuery({ text: t(lang, 'feat-toast-option-expired') });
    return;
  }
  const outcome = callTool(cc, call.name, call.args);
  await ctx.answerCallbackQuery({
    text: outcome.result.ok ? t(lang, 'feat-toast-saved') : t(lang, 'feat-toast-not-saved'),
  });
  await sendMessages(ctx, renderOutcome(outcome, ctx.deps.store.users.get(cc.userId)));
});

function settingCall(key: string, value: string): ToolCall | null {
  switch (key) {
    case 'units':
      return value === 'km' || value === 'mi' ? { name: 'update_profile', args: { units: value } } : null;
    case 'days': {
      const n = Number(value);
      return Number.isInteger(n) && n >= 2 && n <= 7 ? { name: 'update_profile', args: { daysPerWeek: n } } : null;
    }
    case 'lrd':
      return (WEEKDAY_NAMES as readonly string[]).includes(value)
        ? { name: 'update_profile', args: { longRunDay: value as 'sun' } }
        : null;
    case 'morning':
    case 'evening': {
      const time = value.replace('.', ':');
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
      return key === 'morning'
        ? { name: 'update_profile', args: { morningTime: time } }
        : { name: 'update_profile', args: { eveningTime: time } };
    }
    case 'tz':
      return { name: 'update_profile', args: { timezone: value } };
    default:
      return null;
  }
}
