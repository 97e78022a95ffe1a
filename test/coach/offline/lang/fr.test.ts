/** French phrasings as runners type them → the English the detectors read (src/coach/offline/lang/fr.ts). */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src/coach/offline/text.ts';

describe('French vocabulary', () => {
  // Elisions ("j'ai") and hyphens ("semi-marathon") are part of the phrases.
  it.each([
    ['je veux courir un semi-marathon le 12 avril', 'i want to run a half marathon the april 12'],
    ["j'ai couru 10 km en 55 minutes", 'ran 10 km in 55 minutes'],
    ["j'ai mal au genou droit", 'pain in the right knee'],
    ['je suis malade depuis hier', "i'm sick since yesterday"],
    ['déplace la séance à jeudi', 'move the workout to thursday'],
    ['je ne peux pas courir demain', "can't run tomorrow"],
    ['4 jours par semaine', '4 days a week'],
    ['lundi mardi mercredi jeudi vendredi samedi dimanche', 'monday tuesday wednesday thursday friday saturday sunday'],
  ])('%s → %s', (text, english) => {
    expect(normalize(text, 'fr')).toBe(english);
  });
});
