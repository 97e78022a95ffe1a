/**
 * The Mini App API's words in the runner's language (issue 17): the authenticated runner's language, else (before
 * authentication, or before /start) the browser's Accept-Language when we speak it, else DEFAULT_LANGUAGE.
 */
import type { Request, Response } from 'express';
import type { Store } from '../db/store/index.ts';
import { browserLanguage } from '../http/browser-language.ts';
import { type Language, languageOf, localeOf } from '../messages/languages.ts';
import { type MessageRef, renderRef } from '../messages/refs.ts';

export interface Speech {
  lang: Language;
  locale: string;
}

/** Who reads this response: the runner in res.locals once authenticated and started, else the browser. */
export function speechOf(store: Store, req: Request, res: Response): Speech {
  const userId = (res.locals as { userId?: number }).userId;
  const user = userId === undefined ? undefined : store.users.get(userId);
  if (user) return { lang: languageOf(user), locale: localeOf(user) };
  const lang = browserLanguage(req);
  return { lang, locale: lang };
}

/** An error answer: `{ error, code }`, the error in the reader's language, the code its message key. */
export function sendError(store: Store, req: Request, res: Response, status: number, message: MessageRef): void {
  const { lang, locale } = speechOf(store, req, res);
  res.status(status).json({ error: renderRef(lang, message, locale), code: message.key });
}
