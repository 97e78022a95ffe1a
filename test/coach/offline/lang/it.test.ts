/** Italian phrasings as runners type them → the English the detectors read (src/coach/offline/lang/it.ts). */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src/coach/offline/text.ts';

describe('Italian vocabulary', () => {
  // "ora" alone is also "now", so only "1 ora" and "un'ora" are an hour.
  it.each([
    ['voglio correre una maratona il 12 aprile', 'i want to run a marathon the april 12'],
    ['ho corso 12 km in 1 ora', 'ran 12 km in 1 hour'],
    ['mi fa male il ginocchio', 'hurts the knee'],
    ['sono malato', "i'm sick"],
    ["sposta l'allenamento a domani", "move l'workout to tomorrow"],
    ["oggi salto l'allenamento", "today skip l'workout"],
    ['4 giorni a settimana', '4 days a week'],
    [
      'lunedì martedì mercoledì giovedì venerdì sabato domenica',
      'monday tuesday wednesday thursday friday saturday sunday',
    ],
  ])('%s → %s', (text, english) => {
    expect(normalize(text, 'it')).toBe(english);
  });
});
