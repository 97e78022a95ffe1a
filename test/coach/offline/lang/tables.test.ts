/**
 * The seven vocabularies (src/coach/offline/lang/*.ts) checked as data: no empty or padded phrases, no phrase
 * given two meanings, English targets that pass through translate() unchanged, and every concept the English
 * detectors read (days, months, relative dates, units, races, a run, feelings, illness, skip, move, greetings).
 */
import { describe, expect, it } from 'vitest';
import { de } from '../../../../src/coach/offline/lang/de.ts';
import { es } from '../../../../src/coach/offline/lang/es.ts';
import { fr } from '../../../../src/coach/offline/lang/fr.ts';
import { it as italian } from '../../../../src/coach/offline/lang/it.ts';
import { pt } from '../../../../src/coach/offline/lang/pt.ts';
import { ru } from '../../../../src/coach/offline/lang/ru.ts';
import { fold, translate } from '../../../../src/coach/offline/lang/translate.ts';
import {
  isLanguage,
  LANGUAGES,
  type Language,
  languageOf,
  type Vocabulary,
} from '../../../../src/coach/offline/lang/types.ts';
import { uk } from '../../../../src/coach/offline/lang/uk.ts';

const TABLES: Record<Exclude<Language, 'en'>, Vocabulary> = { de, es, fr, it: italian, pt, ru, uk };

/** The English the detectors read for each concept; each table must map its own words to these. */
const CORE = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'today',
  'tomorrow',
  'yesterday',
  'next week',
  'this week',
  'week',
  'days a week',
  'km',
  'minutes',
  'hours',
  'half marathon',
  'marathon',
  'ran',
  'tired',
  'great',
  'good',
  "i'm sick",
  'skip',
  'move',
  'thanks',
  'hi',
  'messages',
  'reminders',
  'resume',
] as const;

/** Concepts a language spells as English does, so its table needs no entry (German "April", "August"…). */
const SPELLED_ALIKE: Partial<Record<Language, readonly string[]>> = {
  de: ['april', 'august', 'september', 'november'],
  fr: ['messages'],
};

/** Deliberate deletions: a word with no English counterpart ("7 Uhr" is "7"). */
const DELETED: Partial<Record<Language, readonly string[]>> = { de: ['uhr'] };

describe.each(Object.entries(TABLES) as [Exclude<Language, 'en'>, Vocabulary][])('the %s vocabulary', (lang, table) => {
  it('has no empty, padded or doubled phrases', () => {
    for (const [phrase, english] of table) {
      expect(phrase.trim(), `phrase ${JSON.stringify(phrase)}`).toBe(phrase);
      expect(phrase.length, `phrase ${JSON.stringify(phrase)}`).toBeGreaterThan(0);
      expect(phrase.startsWith('*'), `phrase ${JSON.stringify(phrase)} starts with *`).toBe(false);
      expect(/\s{2,}/.test(phrase), `phrase ${JSON.stringify(phrase)} has double spaces`).toBe(false);
      if (!(DELETED[lang] ?? []).includes(phrase)) expect(english.trim(), `english of ${phrase}`).not.toBe('');
      expect(english.trim()).toBe(english);
    }
  });

  it('gives no phrase two meanings (after folding case and accents)', () => {
    const seen = new Map<string, string>();
    const conflicts: string[] = [];
    for (const [phrase, english] of table) {
      const key = fold(phrase);
      const before = seen.get(key);
      if (before !== undefined && before !== english) conflicts.push(`${phrase}: ${before} | ${english}`);
      seen.set(key, english);
    }
    expect(conflicts).toEqual([]);
  });

  it('maps to English that translate() leaves as it is (the step never undoes itself)', () => {
    const unstable = [...new Set(table.map(([, english]) => english))]
      .filter((english) => english !== '')
      .filter((english) => translate(english, lang) !== english);
    expect(unstable).toEqual([]);
  });

  it('covers every concept the detectors read', () => {
    const english = new Set(table.map(([, e]) => e));
    const missing = CORE.filter((c) => !english.has(c) && !(SPELLED_ALIKE[lang] ?? []).includes(c));
    expect(missing).toEqual([]);
  });
});

describe('language codes', () => {
  it('are the eight the offline coach understands', () => {
    expect(LANGUAGES).toEqual(['en', 'es', 'de', 'fr', 'it', 'pt', 'ru', 'uk']);
    expect(Object.keys(TABLES).sort()).toEqual(LANGUAGES.filter((l) => l !== 'en').sort());
  });

  it.each<[unknown, Language | null]>([
    ['es', 'es'],
    ['es-ES', 'es'],
    ['pt_BR', 'pt'],
    ['UK', 'uk'],
    [' de-AT ', 'de'],
    ['zh', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('languageOf(%j) → %s', (code, expected) => {
    expect(languageOf(code as string | null | undefined)).toBe(expected);
  });

  it('isLanguage accepts only a supported code', () => {
    expect(isLanguage('ru')).toBe(true);
    expect(isLanguage('RU')).toBe(false);
    expect(isLanguage(7)).toBe(false);
  });
});
