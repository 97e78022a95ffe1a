/**
 * What the bot says when it could not handle a message. It tells the truth: it never claims that nothing was
 * lost, because after a failure it cannot know what was saved, and it says what the runner can do.
 */
import type { storageFailure } from '../../db/busy.ts';

export type ApologyReason = 'error' | 'busy' | NonNullable<ReturnType<typeof storageFailure>>;

const APOLOGIES: Record<ApologyReason, string> = {
  error: 'Sorry, something went wrong on my side and I could not finish that. Please try again in a moment.',
  busy: 'Sorry, my database has been busy for several minutes, so I could not save that. Please send it again a little later.',
  'read-only': 'Sorry, I could not save that: my storage is read-only right now. Please send it again later.',
  'disk full': 'Sorry, I could not save that: my storage is full right now. Please send it again later.',
  'i/o error': 'Sorry, I could not save that: my storage is failing right now. Please send it again later.',
};

export function apologyHtml(reason: ApologyReason): string {
  return APOLOGIES[reason];
}

/** The answer to a button press that failed (a toast, plain text). */
export const BUTTON_FAILED = 'Sorry, that did not work. Try again?';
