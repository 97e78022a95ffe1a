/**
 * Varied, warm, short confirmations: a coach does not say "Saved. ✔️" eight times in a row. The choice is
 * deterministic (a hash of what happened), so the same event always reads the same and tests stay stable, while
 * different events read differently. The lists hold message keys (locales/<lang>/outcomes.ftl): each language
 * writes its own variants, as its runners would say them, so a choice is never a word-for-word translation.
 */
import { t } from '../../messages/i18n.ts';
import type { Language } from '../../messages/languages.ts';

/** FNV-1a, 32-bit: small, fast and well spread for short keys. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One of `options`, chosen by `key` (any JSON-able description of the event). */
export function pick<T extends string>(options: readonly [T, ...T[]], key: unknown): T {
  return options[hash(JSON.stringify(key) ?? '') % options.length] as T;
}

/** One of the variants `keys`, chosen by `event`, in the runner's language. */
export function say(lang: Language, keys: readonly [string, ...string[]], event: unknown): string {
  return t(lang, pick(keys, event));
}

/** After a setting is saved. */
export const SAVED = [
  'out-saved-1',
  'out-saved-2',
  'out-saved-3',
  'out-saved-4',
  'out-saved-5',
  'out-saved-6',
] as const;

/** After an effort that fits the plan (RPE up to 6). */
export const EFFORT_FITS = [
  'out-effort-fits-1',
  'out-effort-fits-2',
  'out-effort-fits-3',
  'out-effort-fits-4',
  'out-effort-fits-5',
] as const;

/** After a hard effort still within what the plan expects. */
export const EFFORT_HARD = ['out-effort-hard-1', 'out-effort-hard-2', 'out-effort-hard-3'] as const;

/** Before what the runner reported (a feeling or pain): "Thanks for telling me: knee pain 3/10." */
export const NOTED = ['out-noted-1', 'out-noted-2', 'out-noted-3'] as const;
