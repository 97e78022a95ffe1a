/**
 * A first message with a goal race and a recent result, each with its month (issue 17's leftover: "Halbmarathon im
 * April … 10 km in 52:30 im Oktober" took October as the race month and dropped the 10 km): the race month is the
 * one tied to the race; the result is read too, dated in its own month, in the past.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/coach/offline/understand/index.ts';
import { startHarness } from '../../helpers/bot-harness.ts';

// A Monday; October 2026 is behind, April 2027 ahead.
const NOW = new Date('2026-11-30T12:00:00Z');
const ctx = (language: string) =>
  ({ now: NOW, timezone: 'Europe/Berlin', units: 'km', hasPlan: false, language }) as const;

const TOLD: [language: string, text: string][] = [
  ['en', 'half marathon in april, I ran 10k in 52:30 in october'],
  ['en', 'half marathon in april, 10k in 52:30 in october'],
  ['de', 'Ich möchte einen Halbmarathon im April laufen. 10 km in 52:30 im Oktober'],
  ['de', 'Halbmarathon im April … 10 km in 52:30 im Oktober'],
  ['de', 'Halbmarathon im April, ich bin im Oktober 10 km in 52:30 gelaufen'],
  ['es', 'media maratón en abril, hice 10k en 52:30 en octubre'],
  ['fr', "semi-marathon en avril, j'ai couru 10 km en 52:30 en octobre"],
  ['it', 'mezza maratona ad aprile, ho corso 10 km in 52:30 a ottobre'],
  ['pt', 'meia maratona em abril, corri 10 km em 52:30 em outubro'],
  ['ru', 'полумарафон в апреле, в октябре пробежал 10 км за 52:30'],
  ['ru', 'полумарафон в апреле, 10 км за 52:30 в октябре'],
  ['uk', 'напівмарафон у квітні, у жовтні пробіг 10 км за 52:30'],
];

describe('the race month and the recent result, in every language', () => {
  it.each(TOLD)('%s: %s', (language, text) => {
    const u = understand(text, ctx(language));
    // The result first (the plan's paces come from it), dated mid-October; the race on the first Sunday of April.
    expect(u).toMatchObject({
      kind: 'tools',
      calls: [
        { name: 'update_profile', args: { recentRace: { distance: '10k', time: '52:30', date: '2026-10-15' } } },
        { name: 'create_plan', args: { goal: 'half', raceDate: '2027-04-04' } },
      ],
    });
    if (u.kind !== 'tools') return;
    // Neither the result's time nor its distance is read as the plan's goal time or weekly volume.
    expect(u.calls[1]?.args).toEqual({ goal: 'half', raceDate: '2027-04-04' });
  });

  it('a best told without a month has no date', () => {
    expect(understand('half marathon in april, my 10k pb is 52:30', ctx('en'))).toMatchObject({
      calls: [
        { name: 'update_profile', args: { recentRace: { distance: '10k', time: '52:30' } } },
        { name: 'create_plan', args: { goal: 'half', raceDate: '2027-04-04' } },
      ],
    });
    const u = understand('half marathon in april, my 10k pb is 52:30', ctx('en'));
    const race = u.kind === 'tools' ? (u.calls[0]?.args as { recentRace?: object } | undefined)?.recentRace : undefined;
    expect(race).toEqual({ distance: '10k', time: '52:30' });
  });

  it('a result in the month we are in is dated no later than today', () => {
    const early = new Date('2026-11-05T12:00:00Z');
    expect(
      understand('half marathon in april, I ran 10k in 52:30 in november', { ...ctx('en'), now: early }),
    ).toMatchObject({ calls: [{ args: { recentRace: { date: '2026-11-05' } } }, { name: 'create_plan' }] });
  });

  it('a race month with no result is still the race month', () => {
    expect(understand('Halbmarathon im April, 4 Tage pro Woche', ctx('de'))).toMatchObject({
      calls: [{ name: 'create_plan', args: { goal: 'half', raceDate: '2027-04-04', daysPerWeek: 4 } }],
    });
  });

  it('a time with no past word and a month before the race is not read as a result', () => {
    const u = understand('half marathon in april, 10k in 45:00 in february', ctx('en'));
    expect(u).not.toMatchObject({ calls: [{ name: 'update_profile' }] });
  });

  it('a result alone (one clause) is left to the run detector', () => {
    expect(understand('I ran 10k in 52:30 in october', ctx('en'))).toMatchObject({
      calls: [{ name: 'update_profile', args: { recentRace: { distance: '10k', time: '52:30' } } }],
    });
  });
});

describe('a German runner’s first message, offline coach', () => {
  it('gets a plan for April and paces from the October 10 km', async () => {
    const h = await startHarness({ now: '2026-11-30T08:00:00Z' });
    const anna = { id: 3201, first_name: 'Anna', language_code: 'de' };
    await h.say(anna, '/start');
    const replies = await h.say(anna, 'Ich möchte einen Halbmarathon im April laufen. 10 km in 52:30 im Oktober');
    const text = replies.map((m) => m.text).join('\n');
    expect(text).toContain('10 km in 52:30');
    expect(text).toContain('Als Wettkampftag angenommen: So., 4. Apr. 2027');
    expect(h.store.plans.getActive(anna.id)?.goal).toMatchObject({ distance: 'half', raceDate: '2027-04-04' });
    const user = h.store.users.get(anna.id);
    expect([user?.recentRaceDistance, user?.recentRaceTimeSec]).toEqual(['10k', 52 * 60 + 30]);
  }, 60_000);
});

describe('a result told with its month alone carries that date (rule 16)', () => {
  it.each([
    ['en', 'I ran a half marathon in 1:38:12 in march', 'half', '1:38:12', '2026-03-15'],
    ['en', 'I ran a 10k in 45:00 three weeks ago', '10k', '45:00', '2026-11-09'],
    ['de', 'Ich bin im März einen Halbmarathon in 1:38:12 gelaufen', 'half', '1:38:12', '2026-03-15'],
    ['ru', 'в марте пробежал полумарафон за 1:38:12', 'half', '1:38:12', '2026-03-15'],
  ])('%s: %s', (language, text, distance, time, date) => {
    expect(understand(text, { ...ctx(language), hasPlan: true, planGoal: 'half' })).toEqual({
      kind: 'tools',
      calls: [{ name: 'update_profile', args: { recentRace: { distance, time, date } } }],
    });
  });

  it('with a plan, the distance told with the time is the result’s, and the race’s month is not its date', () => {
    expect(
      understand('half marathon in april, my 10k pb is 52:30', { ...ctx('en'), hasPlan: true, planGoal: 'half' }),
    ).toEqual({
      kind: 'tools',
      calls: [{ name: 'update_profile', args: { recentRace: { distance: '10k', time: '52:30' } } }],
    });
  });

  it('an old result sets no paces: it is not stored as if run today', async () => {
    const h = await startHarness({ now: '2026-11-30T08:00:00Z' });
    const tom = { id: 3211, first_name: 'Tom', language_code: 'en' };
    await h.say(tom, '/start');
    const replies = await h.say(tom, 'I ran a half marathon in 1:38:12 in march');
    const user = h.store.users.get(tom.id);
    expect(user?.recentRaceTimeSec ?? null).toBeNull();
    expect(replies.map((m) => m.text).join('\n')).toMatch(/Mar/);
  }, 60_000);
});
