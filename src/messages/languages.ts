/**
 * The languages runcoach speaks, and which one a runner gets: the one they chose with /language, else their
 * Telegram `language_code` when we speak it, else DEFAULT_LANGUAGE.
 */

export const LANGUAGES = ['en', 'es', 'de', 'fr', 'it', 'pt', 'ru', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language in its own words, as the /language buttons show them. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
  it: 'Italiano',
  pt: 'Português',
  ru: 'Русский',
  uk: 'Українська',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The supported language of a BCP 47 tag ("pt-br" → pt, "en-US" → en), or null when we do not speak it. */
export function languageOfTag(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : null;
}

/** The runner's language: chosen > Telegram's when supported > the operator's default. */
export function resolveLanguage(
  chosen: string | null | undefined,
  telegramCode: string | null | undefined,
  fallback: Language,
): Language {
  if (isLanguage(chosen)) return chosen;
  return languageOfTag(telegramCode) ?? fallback;
}

/**
 * The locale for Intl dates and numbers: the runner's Telegram tag when it is a variant of their language
 * ("en-GB" keeps day-month order for an English runner), else the language itself.
 */
export function intlLocale(lang: Language, telegramCode?: string | null): string {
  if (telegramCode && languageOfTag(telegramCode) === lang) {
    try {
      return Intl.getCanonicalLocales(telegramCode.replace('_', '-'))[0] ?? lang;
    } catch {
      return lang;
    }
  }
  return lang;
}

/**
 * Regions whose runners count in miles: the United States, Liberia and Myanmar still use the imperial mile
 * (CIA World Factbook, Appendix G "Weights and Measures"); the UK's road signs use miles but its runners
 * log km as often, so they keep km and can switch in /settings.
 */
const MILE_REGIONS = new Set(['US', 'LR', 'MM']);

/** Default units for a new runner from their Telegram language tag ("en-US" → mi). */
export function defaultUnitsFor(telegramCode: string | null | undefined): 'km' | 'mi' {
  if (!telegramCode) return 'km';
  const region = telegramCode.replace('_', '-').split('-')[1]?.toUpperCase();
  return region && MILE_REGIONS.has(region) ? 'mi' : 'km';
}

/**
 * DEFAULT_LANGUAGE, set once at start-up (src/service.ts) so that every sender (chat, jobs, Strava) resolves a
 * runner's language the same way without carrying the config around.
 */
let defaultLanguage: Language = 'en';

export function setDefaultLanguage(lang: Language): void {
  defaultLanguage = lang;
}

export function getDefaultLanguage(): Language {
  return defaultLanguage;
}

/** What a runner row carries for language: their choice (`language`) and Telegram's tag (`languageCode`). */
export interface LanguageFields {
  language?: string | null;
  languageCode?: string | null;
}

/** The language to speak to this runner (unknown runner: DEFAULT_LANGUAGE). */
export function languageOf(user: LanguageFields | undefined | null): Language {
  return resolveLanguage(user?.language, user?.languageCode, defaultLanguage);
}

/** The Intl locale for this runner's dates and numbers. */
export function localeOf(user: LanguageFields | undefined | null): string {
  return intlLocale(languageOf(user), user?.languageCode);
}
