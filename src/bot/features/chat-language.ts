/** The language to answer in from a bot handler: the runner's, or for someone not yet known, their Telegram's. */
import { type Language, languageOf } from '../../messages/languages.ts';
import type { BotContext } from '../context.ts';

export function chatLanguage(ctx: BotContext): Language {
  return languageOf(ctx.runner ?? { languageCode: ctx.from?.language_code ?? null });
}
