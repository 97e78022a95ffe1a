/** src/bot/features/language.ts: /language, its buttons, the choice kept; forged buttons answered politely. */
import { describe, expect, it } from 'vitest';
import { languageButtons } from '../../../src/bot/features/language.ts';
import { setDefaultLanguage } from '../../../src/messages/languages.ts';
import { startHarness } from '../../helpers/bot-harness.ts';
import { buttonsOf } from './buttons.ts';

const eve = { id: 6201, first_name: 'Eve', language_code: 'de' };

/** The callback data of the first button. */
const first = (code: string | null) => {
  const b = languageButtons(code)[0]?.[0];
  return b && 'data' in b ? b.data : undefined;
};

describe('languageButtons', () => {
  it("puts the runner's Telegram language first, then the rest in order, two a row", () => {
    expect(languageButtons('ru')).toEqual([
      [
        { text: 'Русский', data: 'lang:ru' },
        { text: 'English', data: 'lang:en' },
      ],
      [
        { text: 'Español', data: 'lang:es' },
        { text: 'Deutsch', data: 'lang:de' },
      ],
      [
        { text: 'Français', data: 'lang:fr' },
        { text: 'Italiano', data: 'lang:it' },
      ],
      [
        { text: 'Português', data: 'lang:pt' },
        { text: 'Українська', data: 'lang:uk' },
      ],
    ]);
  });

  it('reads regional tags, and falls back to DEFAULT_LANGUAGE for a language we do not speak', () => {
    expect(first('pt-BR')).toBe('lang:pt');
    expect(first('ja')).toBe('lang:en');
    expect(first(null)).toBe('lang:en');
    setDefaultLanguage('de');
    try {
      expect(first('ja')).toBe('lang:de');
    } finally {
      setDefaultLanguage('en');
    }
    // Every language once, whatever comes first.
    expect(languageButtons('uk').flat()).toHaveLength(8);
    expect(
      new Set(
        languageButtons('uk')
          .flat()
          .map((b) => ('data' in b ? b.data : '')),
      ).size,
    ).toBe(8);
  });
});

describe('/language', () => {
  it('names the current language and offers all eight, the Telegram one first', async () => {
    const h = await startHarness();
    await h.say(eve, '/start');
    const [msg] = await h.say(eve, '/language');
    expect(msg?.text).toBe('Gerade sprechen wir Deutsch. Welche Sprache ist dir lieber?');
    expect(buttonsOf(msg).flat()[0]).toEqual({ text: 'Deutsch', data: 'lang:de' });
  });

  it('a choice is saved, confirmed in the new language, and used from then on', async () => {
    const h = await startHarness();
    await h.say(eve, '/start');
    await h.say(eve, '/language');
    const r = await h.press(eve, 'Русский');
    expect(r.answer).toBe('Сохранено');
    expect(r.messages.map((m) => m.text)).toEqual(['Готово: Русский. Дальше пишу вам по-русски.']);
    expect(h.store.users.get(eve.id)?.language).toBe('ru');
    expect((await h.say(eve, '/language'))[0]?.text).toBe('Сейчас я говорю: Русский. На каком языке вам удобнее?');
    expect((await h.say(eve, '/help'))[0]?.text).toMatch(/^Что я умею/);
  });

  it('a forged language button changes nothing and is answered as expired', async () => {
    const h = await startHarness();
    await h.say(eve, '/start');
    const [msg] = await h.say(eve, '/language');
    for (const data of ['lang:xx', 'lang:', 'lang:ru:extra', 'lang:EN']) {
      const r = await h.pressData(eve, msg?.messageId ?? 0, data);
      expect(r.answer).toBe('Dieser Button ist abgelaufen.');
      expect(r.messages).toEqual([]);
    }
    expect(h.store.users.get(eve.id)?.language ?? null).toBeNull();
  });

  it('/language from someone never seen creates them first', async () => {
    const h = await startHarness();
    const [msg] = await h.say({ id: 6202, first_name: 'Ola', language_code: 'es' }, '/language');
    expect(h.store.users.get(6202)).toBeDefined();
    expect(buttonsOf(msg).flat()[0]?.data).toBe('lang:es');
  });
});
