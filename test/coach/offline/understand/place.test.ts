/** detectBarePlace: a message that is only a place name sets the runner's time zone. */
import { describe, expect, it } from 'vitest';
import { detectBarePlace } from '../../../../src/coach/offline/understand/place.ts';
import { tools } from '../helpers.ts';
import { input, LONG, run } from './input.ts';

describe('detectBarePlace', () => {
  it.each([
    ['Berlin', 'Europe/Berlin'],
    ['New York', 'America/New_York'],
    ['Paris.', 'Europe/Paris'],
    ['Tokyo', 'Asia/Tokyo'],
  ])('%s → %s', (text, timezone) => {
    expect(run(detectBarePlace, text)).toEqual(tools({ name: 'update_profile', args: { timezone } }));
  });

  it.each([
    // Lower case is a word, not a name typed as an answer.
    'berlin',
    'Springfield',
    'Hello',
    'Berlin is nice',
    // A country with several zones is not one place.
    'Australia',
    '',
    '🇩🇪',
  ])('not a bare place: %j', (text) => {
    expect(run(detectBarePlace, text)).toBeNull();
  });

  it('never throws on 4,000 characters', () => {
    expect(() => detectBarePlace(input(`B${LONG}`))).not.toThrow();
  });
});
