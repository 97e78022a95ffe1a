/**
 * The language of a browser whose runner is not known yet (the Strava pages, the Mini App before sign-in): the
 * browser's preferred language we speak (Accept-Language), else the operator's DEFAULT_LANGUAGE.
 */
import type { Request } from 'express';
import { getDefaultLanguage, LANGUAGES, type Language, languageOfTag } from '../messages/languages.ts';

export function browserLanguage(req: Request): Language {
  // Express answers "the first offered" (English) to a missing header or a bare "*": those say nothing, so the
  // operator's DEFAULT_LANGUAGE speaks.
  const header = req.get('accept-language')?.trim();
  if (!header || header === '*') return getDefaultLanguage();
  const best = req.acceptsLanguages(...LANGUAGES);
  return languageOfTag(typeof best === 'string' ? best : null) ?? getDefaultLanguage();
}
