/** detectTravelBusy: travel and busy weeks adjust the plan to the days left; a single busy day is a skip. */
import { describe, expect, it } from 'vitest';
import { detectTravelBusy } from '../../../../src/coach/offline/understand/travel.ts';
import { type Seen, tools } from '../helpers.ts';
import { D, input, LONG, notes, run } from './input.ts';

const adjust = (reason: 'travel' | 'busy', fromDate: string, days: number, availableDays?: string[]): Seen =>
  tools({
    name: 'adjust_plan',
    args: availableDays ? { reason, fromDate, days, availableDays } : { reason, fromDate, days },
  } as Parameters<typeof tools>[0]);

describe('detectTravelBusy', () => {
  it.each<[string, Seen]>([
    ["I'm travelling next week, can only run Wednesday and Sunday", adjust('travel', D.nextMon, 7, ['wed', 'sun'])],
    // Monday to Friday inclusive.
    ['on vacation until Friday', adjust('travel', D.today, 5)],
    ['work trip for 5 days', adjust('travel', D.today, 5)],
    ["I'm away this weekend", adjust('travel', D.sat, 2)],
    // "Only 2 runs" picks the long-run day (Sunday) and the day farthest from it (Wednesday).
    ['busy week, only 2 runs', adjust('busy', D.today, 7, ['wed', 'sun'])],
    ['crazy week at work', adjust('busy', D.today, 7)],
    ['too busy today', tools({ name: 'skip_workout', args: { date: D.today, reason: 'busy' } })],
  ])('%s', (text, expected) => {
    expect(run(detectTravelBusy, text)).toEqual(expected);
  });

  it('says what it guessed', () => {
    expect(notes(detectTravelBusy, 'busy week, only 2 runs')).toBe(
      'Picked Wednesday and Sunday for the 2 days you can run; name the days to change them.',
    );
  });

  it.each<[string, string, Seen]>([
    ['de', 'nächste Woche bin ich auf Reisen', adjust('travel', D.nextMon, 7)],
    ['es', 'la semana que viene estoy de viaje', adjust('travel', D.nextMon, 7)],
    ['ru', 'на следующей неделе я в командировке', adjust('travel', D.nextMon, 7)],
    ['fr', "je suis en vacances jusqu'à vendredi", adjust('travel', D.today, 5)],
  ])('%s: %s', (language, text, expected) => {
    expect(run(detectTravelBusy, text, { language })).toEqual(expected);
  });

  it.each([
    'how should I train when travelling?',
    // Travel that is over changes nothing ahead.
    'the trip was great',
    'back from vacation, ready to go',
    'I ran 10 km',
    '',
    '✈️',
  ])('not travel or a busy week: %j', (text) => {
    expect(run(detectTravelBusy, text)).toBeNull();
  });

  it('answers a span over 28 days with a hint', () => {
    expect(run(detectTravelBusy, 'travelling for 60 days')).toEqual({
      kind: 'unknown',
      hint: 'I can plan around 1 to 28 days — tell me e.g. "sick for 4 days".',
    });
  });

  it('never throws on 4,000 characters', () => {
    expect(() => detectTravelBusy(input(`busy ${LONG}`))).not.toThrow();
  });
});
