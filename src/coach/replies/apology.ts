/**
 * What the bot says when it could not handle a message. It tells the truth: it never claims that nothing was
 * lost, because after a failure it cannot know what was saved, and it says what the runner can do.
 */
import type { storageFailure } from '../../db/busy.ts';
import { t } from '../../messages/i18n.ts';
import type { Language } from '../../messages/languages.ts';

export type ApologyReason = 'error' | 'busy' | NonNullable<ReturnType<typeof storageFailure>>;

/** Each reason's key (locales/<lang>/features.ftl), written literally for the locales test. */
const APOLOGIES: Record<ApologyReason, string> = {
  error: 'feat-apology-error',
  busy: 'feat-apology-busy',
  'read-only': 'feat-apology-read-only',
  'disk full': 'feat-apology-disk-full',
  'i/o error': 'feat-apology-io',
};

export function apologyHtml(reason: ApologyReason, lang: Language = 'en'): string {
  return t(lang, APOLOGIES[reason]);
}

/** The answer to a button press that failed (a toast, plain text). */
export function buttonFailed(lang: Language = 'en'): string {
  return t(lang, 'feat-toast-failed');
}
