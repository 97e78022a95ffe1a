/** Greetings and thanks. */
import type { Input, Outcome } from './types.ts';

export const GREETING =
  "(?:hi+|hello|hey+|heya|hiya|yo|howdy|hallo|hola|ciao|salut|moin|servus|good (?:morning|afternoon|evening|day)|morning|evening|greetings|sup|what's up|whats up)";

/** A message that is only a greeting or only thanks, before anything reads "good" in "good morning" as feedback. */
export function detectPureSocial(i: Input): Outcome {
  const t = i.t
    .replace(/[^\p{L}\p{N}' ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (new RegExp(`^(?:${GREETING})(?: (?:coach|there|runcoach|everyone|all|friend|buddy|mate))?$`).test(t)) {
    return { kind: 'greeting' };
  }
  if (
    /^(?:thanks|thank you|thank u|cheers|much appreciated|appreciate it|ta)(?: (?:so much|a lot|coach|very much|again|mate))*$/.test(
      t,
    ) ||
    /^(?:bye|goodbye|bye bye|see you|see ya|cya|later|good night|night|ttyl)(?: (?:coach|for now|then|mate))?$/.test(t)
  ) {
    return { kind: 'thanks' };
  }
  return null;
}

export function detectSocial(i: Input): Outcome {
  const { t } = i;
  if (/\b(?:thanks|thank you|thank u|cheers|much appreciated|appreciate it|ta)\b/.test(t)) return { kind: 'thanks' };
  if (/^(?:ok|okay|k|kk|cool|got it|alright|all right|perfect|sounds good|noted|will do|great|nice)[.! ]*$/.test(t))
    return { kind: 'thanks' };
  if (
    /^(?:\/start|hi|hii+|hello|hey|heya|hiya|yo|howdy|hallo|hola|ciao|salut|moin|servus|good (?:morning|afternoon|evening|day)|morning|evening|greetings|sup|what's up|whats up)\b/.test(
      t,
    ) &&
    t.length < 60
  ) {
    return { kind: 'greeting' };
  }
  return null;
}
