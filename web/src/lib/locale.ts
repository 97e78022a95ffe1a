/**
 * The Mini App's language: the runner's `user.language` from /api/me when present, else Telegram's
 * `language_code` when we speak it, else English (contracts.md, `/language`).
 */

export const LANGUAGES = ['en', 'es', 'de', 'fr', 'it', 'pt', 'ru', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** "pt-br", "ru_RU", "DE" → the supported base language, or null for one we do not speak (or garbage). */
export function supportedLanguage(code: string | null | undefined): Language | null {
  if (typeof code !== 'string') return null;
  const base = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : null;
}

export function pickLanguage(
  userLanguage: string | null | undefined,
  telegramCode: string | null | undefined,
): Language {
  return supportedLanguage(userLanguage) ?? supportedLanguage(telegramCode) ?? DEFAULT_LANGUAGE;
}

/**
 * The locale `Intl` formats in. English is British English, as the app's words are ("Sat 14 Mar", "kilometres");
 * the others are the language itself.
 */
export function intlLocale(language: Language): string {
  return language === 'en' ? 'en-GB' : language;
}
