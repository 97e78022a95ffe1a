/** German phrasings as runners type them → the English the detectors read (src/coach/offline/lang/de.ts). */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src/coach/offline/text.ts';

describe('German vocabulary', () => {
  // Umlauts typed or not ("müde", "muede") are folded before the table is read.
  it.each([
    ['Halbmarathon am 12. April', 'half marathon am april 12'],
    ['bin heute 8 km in 45 Minuten gelaufen', 'bin today 8 km in 45 minutes ran'],
    ['mein Knie tut weh, 6 von 10', 'my knee hurts, 6/10'],
    ['ich bin krank', "i'm sick"],
    ['verschieb den Lauf auf morgen', 'move the run to tomorrow'],
    ['heute kein Training', 'today no run'],
    ['4 Tage pro Woche', '4 days a week'],
    ['fühlte mich super', 'felt great'],
    [
      'Montag, Dienstag, Mittwoch, Donnerstag, Freitag, Samstag, Sonntag',
      'monday, tuesday, wednesday, thursday, friday, saturday, sunday',
    ],
    ['erledigt', 'done'],
    ['ich bin müde', 'ich bin tired'],
    ['ich bin muede', 'ich bin tired'],
  ])('%s → %s', (text, english) => {
    expect(normalize(text, 'de')).toBe(english);
  });
});
