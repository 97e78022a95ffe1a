/**
 * A new race date for the current plan, typed as runners of each language type it: the race and a date, joined by
 * the little word their language uses ("am", "el", "le"), which the vocabularies leave alone.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../../src/coach/offline/understand/index.ts';

const NOW = new Date('2026-11-30T12:00:00Z');

const CASES: [language: string, text: string][] = [
  ['en', 'half marathon on April 12'],
  ['en', 'race is on april 12'],
  ['de', 'Halbmarathon am 12. April'],
  ['de', 'Der Wettkampf ist am 12. April'],
  ['es', 'media maratón el 12 de abril'],
  ['fr', 'semi-marathon le 12 avril'],
  ['it', 'mezza maratona il 12 aprile'],
  ['pt', 'meia maratona em 12 de abril'],
  ['ru', 'полумарафон 12 апреля'],
  ['uk', 'напівмарафон 12 квітня'],
];

describe('a new race date for the current plan, in every language', () => {
  it.each(CASES)('%s: %s', (language, text) => {
    const u = understand(text, {
      now: NOW,
      timezone: 'Europe/Berlin',
      units: 'km',
      hasPlan: true,
      planGoal: 'half',
      language,
    } as never);
    expect(u).toMatchObject({ kind: 'tools', calls: [{ name: 'change_plan', args: { raceDate: '2027-04-12' } }] });
  });

  it('a run with a date is still a run, not a race date', () => {
    const u = understand('ran a half marathon on April 12', {
      now: NOW,
      timezone: 'Europe/Berlin',
      units: 'km',
      hasPlan: true,
      planGoal: 'half',
    } as never);
    expect(u).not.toMatchObject({ calls: [{ name: 'change_plan' }] });
  });
});
