/**
 * Varied, warm, short confirmations: a coach does not say "Saved. ✔️" eight times in a row. The choice is
 * deterministic (a hash of what happened), so the same event always reads the same and tests stay stable, while
 * different events read differently.
 */

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
export function pick(options: readonly [string, ...string[]], key: unknown): string {
  return options[hash(JSON.stringify(key) ?? '') % options.length] as string;
}

/** After a setting is saved. */
export const SAVED = ['Done.', 'Got it.', 'All set.', 'Noted.', 'Updated.', 'Changed.'] as const;

/** After an effort that fits the plan (RPE up to 6). */
export const EFFORT_FITS = [
  'That is right where it should be.',
  'Good: that is the effort the plan wants.',
  'Nicely judged. Keep it up!',
  'Just right. Consistency like this is what builds fitness.',
  'Well done, that is how easy days should feel.',
] as const;

/** After a hard effort still within what the plan expects. */
export const EFFORT_HARD = [
  'Hard, but within what the plan expects. Keep the easy days truly easy.',
  'A tough one. Take the next easy run really easy.',
  'Solid work. Recovery is part of the training: keep tomorrow gentle.',
] as const;

/** Before what the runner reported (a feeling or pain): "Thanks for telling me: knee pain 3/10." */
export const NOTED = ['Thanks for telling me', 'Good to know, thanks', 'Thanks, noted'] as const;
