/** src/coach/replies/apology.ts: the truth after a failure, in the runner's language, never "nothing was lost". */
import { describe, expect, it } from 'vitest';
import { type ApologyReason, apologyHtml, buttonFailed } from '../../../src/coach/replies/apology.ts';
import { LANGUAGES } from '../../../src/messages/languages.ts';

const REASONS: ApologyReason[] = ['error', 'busy', 'read-only', 'disk full', 'i/o error'];

describe('apologyHtml', () => {
  it.each([
    ['error', 'Sorry, something went wrong on my side and I could not finish that. Please try again in a moment.'],
    [
      'busy',
      'Sorry, my database has been busy for several minutes, so I could not save that. Please send it again a little later.',
    ],
    ['read-only', 'Sorry, I could not save that: my storage is read-only right now. Please send it again later.'],
    ['disk full', 'Sorry, I could not save that: my storage is full right now. Please send it again later.'],
    ['i/o error', 'Sorry, I could not save that: my storage is failing right now. Please send it again later.'],
  ] as const)('%s in English', (reason, expected) => {
    expect(apologyHtml(reason)).toBe(expected);
    expect(apologyHtml(reason, 'en')).toBe(expected);
  });

  it.each([
    [
      'ru',
      'busy',
      'Извините, моя база данных занята уже несколько минут, и я не смог это сохранить. Пришлите ещё раз чуть позже.',
    ],
    ['ru', 'disk full', 'Извините, не смог сохранить: хранилище сейчас переполнено. Пришлите ещё раз позже.'],
    [
      'de',
      'read-only',
      'Entschuldige, ich konnte das nicht speichern: Mein Speicher ist gerade schreibgeschützt. Schick es bitte später noch mal.',
    ],
  ] as const)('%s %s', (lang, reason, expected) => {
    expect(apologyHtml(reason, lang)).toBe(expected);
  });

  it('never claims nothing was lost, and always says what to do (every language, every reason)', () => {
    for (const lang of LANGUAGES) {
      const texts = REASONS.map((r) => apologyHtml(r, lang));
      for (const text of texts) {
        expect(text.length).toBeGreaterThan(20);
        expect(text).not.toMatch(/nothing (was|is) lost|nichts verloren|ничего не потеря/i);
      }
      // Each reason reads differently: the runner learns which one it was.
      expect(new Set(texts).size).toBe(REASONS.length);
    }
  });
});

describe('buttonFailed', () => {
  it.each([
    ['en', 'Sorry, that did not work. Try again?'],
    ['ru', 'Извините, не получилось. Попробуете ещё раз?'],
    ['de', 'Entschuldige, das hat nicht geklappt. Noch mal versuchen?'],
  ] as const)('%s: a plain toast without HTML', (lang, expected) => {
    expect(buttonFailed(lang)).toBe(expected);
    expect(buttonFailed(lang)).not.toMatch(/[<>]/);
  });

  it('defaults to English', () => {
    expect(buttonFailed()).toBe('Sorry, that did not work. Try again?');
  });
});
