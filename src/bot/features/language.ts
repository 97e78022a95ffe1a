/** /language: the runner picks the language runcoach speaks to them; the choice is kept and used from then on. */
import { Composer } from 'grammy';
import type { Button } from '../../coach/types.ts';
import { decode, encode } from '../../messages/callback-data.ts';
import { t } from '../../messages/i18n.ts';
import {
  getDefaultLanguage,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  languageOf,
  languageOfTag,
} from '../../messages/languages.ts';
import type { BotContext } from '../context.ts';
import { sendMessages } from '../send.ts';
import { ensureRunner } from './start.ts';

export const languageFeature = new Composer<BotContext>();

/** The runner's Telegram language first when we speak it (else DEFAULT_LANGUAGE), then the rest, two a row. */
export function languageButtons(telegramCode: string | null | undefined): Button[][] {
  const first = languageOfTag(telegramCode) ?? getDefaultLanguage();
  const order: Language[] = [first, ...LANGUAGES.filter((l) => l !== first)];
  const rows: Button[][] = [];
  for (let i = 0; i < order.length; i += 2) {
    rows.push(order.slice(i, i + 2).map((lang) => ({ text: LANGUAGE_NAMES[lang], data: encode({ a: 'lang', lang }) })));
  }
  return rows;
}

languageFeature.command('language', async (ctx) => {
  if (!ensureRunner(ctx)) return;
  const lang = languageOf(ctx.runner);
  await sendMessages(ctx, [
    {
      html: t(lang, 'language-choose', { current: LANGUAGE_NAMES[lang] }),
      buttons: languageButtons(ctx.from?.language_code),
    },
  ]);
});

languageFeature.callbackQuery(/^lang:/, async (ctx) => {
  const action = decode(ctx.callbackQuery.data);
  if (action?.a !== 'lang' || !ensureRunner(ctx)) {
    await ctx.answerCallbackQuery({ text: t(languageOf(ctx.runner), 'button-expired') });
    return;
  }
  ctx.runner = ctx.deps.store.users.update(ctx.from.id, { language: action.lang }) ?? ctx.runner;
  await ctx.answerCallbackQuery({ text: t(action.lang, 'language-saved') });
  await sendMessages(ctx, [{ html: t(action.lang, 'language-set', { language: LANGUAGE_NAMES[action.lang] }) }]);
});
