/** src/bot/features/chat-language.ts: the runner's language, or for someone unknown, their Telegram's. */
import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../../src/bot/context.ts';
import { chatLanguage } from '../../../src/bot/features/chat-language.ts';

/** Only `runner` and `from` are read: a handler's context reduced to them (the rest of BotContext is unused). */
function ctxWith(runner: { languageCode: string | null; language?: string | null } | undefined, code?: string) {
  return { runner, from: code === undefined ? undefined : { language_code: code } } as unknown as BotContext;
}

describe('chatLanguage', () => {
  it.each([
    [undefined, 'ru', 'ru'],
    [undefined, 'de-AT', 'de'],
    [undefined, 'pt-BR', 'pt'],
    [undefined, 'ja', 'en'],
    [undefined, undefined, 'en'],
  ])('someone unknown with Telegram %s → %s', (runner, code, expected) => {
    expect(chatLanguage(ctxWith(runner, code))).toBe(expected);
  });

  it("a runner's chosen language wins over Telegram's, and their stored tag over the update's", () => {
    expect(chatLanguage(ctxWith({ languageCode: 'en', language: 'uk' }, 'en'))).toBe('uk');
    expect(chatLanguage(ctxWith({ languageCode: 'de', language: null }, 'ru'))).toBe('de');
  });
});
