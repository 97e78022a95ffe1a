/** translate.ts: one pass from any supported language to the English the detectors read. */
import { describe, expect, it } from 'vitest';
import { fold, translate } from '../../../../src/coach/offline/lang/translate.ts';
import { normalize } from '../../../../src/coach/offline/text.ts';

describe('fold', () => {
  it.each([
    ['Maratón', 'maraton'],
    ['MÜDE', 'mude'],
    ['Ça Va', 'ca va'],
    ['п’ятниця', "п'ятниця"],
    // The Ukrainian apostrophe (U+02BC) is folded like the typewriter one.
    ['пʼятниця', "п'ятниця"],
    ['j´ai', "j'ai"],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('translate', () => {
  it.each([
    'i ran 10 km in 50 minutes, felt great',
    'my knee hurts, 6/10',
    'no run today, i am busy',
    'move the run to tomorrow',
    'half marathon on april 12',
    '',
  ])('leaves English as it is: %j', (text) => {
    expect(translate(text)).toBe(text);
    expect(translate(text, 'es')).toBe(text);
  });

  it('round-trips: translating its own output changes nothing', () => {
    for (const [text, lang] of [
      ['ayer corri 8 km en 45 minutos', 'es'],
      ['bin heute 8 km in 45 minuten gelaufen', 'de'],
      ['пробежал 10 км за 50 минут', 'ru'],
      ["j'ai mal au genou droit", 'fr'],
    ] as const) {
      const once = translate(text, lang);
      expect(once).not.toBe(text);
      expect(translate(once, lang)).toBe(once);
    }
  });

  it('puts the day after the month, as English dates read', () => {
    expect(translate('media maraton el 12 de abril de 2027', 'es')).toBe('half marathon the april 12 2027');
    expect(translate('halbmarathon am 12. april', 'de')).toBe('half marathon am april 12');
  });

  it('reads "7 de 10", "6 von 10", "6 из 10" as a rating, not a distance', () => {
    expect(translate('me duele la rodilla, 7 de 10', 'es')).toBe('hurts the knee, 7/10');
    expect(translate('mein knie tut weh, 6 von 10', 'de')).toBe('my knee hurts, 6/10');
    expect(translate('болит колено, 6 из 10', 'ru')).toBe('hurts knee, 6/10');
  });

  it('puts the side before the body part ("rodilla izquierda" → "left knee")', () => {
    expect(translate('me duele la rodilla izquierda', 'es')).toBe('hurts the left knee');
  });

  it('a stem ending in * matches every ending', () => {
    expect(translate('пробежал 5 км', 'ru')).toBe('ran 5 km');
    expect(translate('пробежала 5 км', 'ru')).toBe('ran 5 km');
    expect(translate('пробежали 5 км', 'ru')).toBe('ran 5 km');
  });

  it('the longest phrase wins over its words', () => {
    expect(translate('la semana que viene', 'es')).toBe('next week');
    expect(translate('перенеси тренування на завтра', 'uk')).toBe('move the workout to tomorrow');
    expect(translate('яке тренування на завтра', 'uk')).toContain("tomorrow's workout");
  });

  it("the runner's language decides a word two languages spell alike", () => {
    // "dos" is two in Spanish, back in French.
    expect(translate("j'ai mal au dos", 'fr')).toBe('pain in the back');
    expect(translate('dos dias', 'es')).toBe('2 days');
  });

  it('matches whole words only, never the first part of a hyphenated word', () => {
    // Spanish "un" (a) once turned English "un-skip" into "a-skip".
    expect(translate('un-skip friday', 'en')).toBe('un-skip friday');
    expect(translate('un dia', 'es')).toBe('a day');
  });

  it('never throws, whatever comes in', () => {
    for (const text of ['🏃‍♀️🏃‍♀️', '\u0000', 'x'.repeat(4000), 'de '.repeat(2000)]) {
      expect(() => translate(text, 'es')).not.toThrow();
    }
    expect(translate('de '.repeat(3).trim(), 'es')).toBe('of of of');
  });

  it('normalize() runs it after folding, with the runner’s language first', () => {
    expect(normalize('Ich bin MÜDE', 'de')).toBe('ich bin tired');
    expect(normalize('пʼятниця', 'uk')).toBe('friday');
  });
});
