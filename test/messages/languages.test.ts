import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { dateText, distanceText, durationText, paceText, weekdayText } from '../../src/messages/format.ts';
import { t } from '../../src/messages/i18n.ts';
import {
  defaultUnitsFor,
  intlLocale,
  languageOf,
  languageOfTag,
  resolveLanguage,
  setDefaultLanguage,
} from '../../src/messages/languages.ts';

describe('the runner language', () => {
  it('is the chosen one, else Telegram language when supported, else the default', () => {
    expect(resolveLanguage('de', 'ru', 'en')).toBe('de');
    expect(resolveLanguage(null, 'ru', 'en')).toBe('ru');
    expect(resolveLanguage(null, 'pt-br', 'en')).toBe('pt');
    expect(resolveLanguage(null, 'ja', 'es')).toBe('es');
    expect(resolveLanguage('xx', undefined, 'fr')).toBe('fr');
    expect(languageOfTag('UK')).toBe('uk');
    expect(languageOfTag('')).toBeNull();
  });

  it('follows DEFAULT_LANGUAGE for runners without a supported language', () => {
    setDefaultLanguage('it');
    try {
      expect(languageOf({ languageCode: 'ja' })).toBe('it');
      expect(languageOf(undefined)).toBe('it');
      expect(languageOf({ language: 'uk', languageCode: 'ja' })).toBe('uk');
    } finally {
      setDefaultLanguage('en');
    }
  });

  it('keeps the Telegram region for dates when it is the same language', () => {
    expect(intlLocale('en', 'en-GB')).toBe('en-GB');
    expect(intlLocale('de', 'en-GB')).toBe('de');
    expect(intlLocale('ru', null)).toBe('ru');
  });

  it('defaults to miles where runners count in miles', () => {
    expect(defaultUnitsFor('en-US')).toBe('mi');
    expect(defaultUnitsFor('en')).toBe('km');
    expect(defaultUnitsFor('de-DE')).toBe('km');
    expect(defaultUnitsFor(null)).toBe('km');
  });
});

describe('formatting in the runner language', () => {
  it('writes distances, paces and durations with the locale separators and unit words', () => {
    expect(distanceText('en', 12.5, 'km')).toBe('12.5 km');
    expect(distanceText('ru', 12.5, 'km')).toBe('12,5 км');
    expect(distanceText('en', 16.09344, 'mi')).toBe('10 mi');
    expect(paceText('ru', 300, 'km')).toBe('5:00/км');
    expect(durationText('en', 45 * 60)).toBe('45 min');
    expect(durationText('ru', 65 * 60)).toBe('1 ч 05 мин');
  });

  it('writes dates and weekdays through Intl, with no isolation marks in texts', () => {
    expect(dateText('ru', '2026-12-07')).toMatch(/7 дек/);
    expect(weekdayText('de', 'sun')).toBe('Sonntag');
    expect(weekdayText('en', 'mon')).toBe('Monday');
    expect(t('ru', 'duration-min', { min: 5 })).toBe('5 мин');
  });
});

describe('DEFAULT_LANGUAGE', () => {
  it('is en by default, accepts the eight languages and names itself when wrong', () => {
    expect(parseConfig({}).defaultLanguage).toBe('en');
    expect(parseConfig({ DEFAULT_LANGUAGE: 'RU' }).defaultLanguage).toBe('ru');
    expect(() => parseConfig({ DEFAULT_LANGUAGE: 'ja' })).toThrow(/^DEFAULT_LANGUAGE: must be one of en, es/);
  });
});
