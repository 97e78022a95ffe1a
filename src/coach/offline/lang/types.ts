/** The languages the offline coach understands (issue 17), and the shape of their vocabularies. */
export const LANGUAGES = ['en', 'es', 'de', 'fr', 'it', 'pt', 'ru', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * One language's vocabulary: phrases as runners type them → the English the detectors read. A phrase is
 * matched as whole words, lower-cased and accent-folded (so "maratón" and "maraton" both match "maraton");
 * a word ending in `*` matches any ending of that stem ("пробежал*" → пробежал, пробежала, пробежали).
 * Longer phrases win over shorter ones, so put a phrase's own meaning in it ("la semana que viene" → "next
 * week") rather than relying on its words. Never map a word that is also a common English word ("am", "in",
 * "will"): English text passes through the same step.
 */
export type Vocabulary = readonly (readonly [phrase: string, english: string])[];

export function isLanguage(code: unknown): code is Language {
  return typeof code === 'string' && (LANGUAGES as readonly string[]).includes(code);
}

/** "es-ES", "pt_BR", "UK" → the supported language, or null. */
export function languageOf(code: string | null | undefined): Language | null {
  if (typeof code !== 'string') return null;
  const base = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(base) ? base : null;
}
