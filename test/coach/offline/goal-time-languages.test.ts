/**
 * A goal time as runners of each language type it (issue 17's leftover: only "goal time 1:45:00" was read): the
 * words that lead it ("objetivo", "Zielzeit", "цель", "en moins de", "sotto", "meta", "мета") and the way many
 * write hours ("1h45"), in a plan request and as a change to the current plan.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/coach/offline/understand/index.ts';
import { findGoalTime } from '../../../src/coach/offline/understand/phrases.ts';
import { Hint } from '../../../src/coach/offline/understand/types.ts';
import { startHarness } from '../../helpers/bot-harness.ts';

const NOW = new Date('2026-11-30T12:00:00Z');
const ctx = (language: string, hasPlan: boolean) =>
  ({ now: NOW, timezone: 'Europe/Berlin', units: 'km', hasPlan, planGoal: 'half', language }) as const;

describe('findGoalTime (English, as the vocabularies leave the text)', () => {
  it.each([
    ['goal time 1:45:00', 'half', '1:45:00'],
    ['my goal is 1:45', 'half', '1:45:00'],
    ['finish time 1:45:00', 'half', '1:45:00'],
    ['under 1h45', 'half', '1:45:00'],
    ['under 1 h 45', 'half', '1:45:00'],
    ['goal 3h30min', 'marathon', '3:30:00'],
    ['goal 1ч45', 'half', '1:45:00'],
    ['in 1:45', 'half', '1:45:00'],
    ['under 50 minutes', '10k', '50:00'],
    ['sub 20', '5k', '20:00'],
    ['sub 4', 'marathon', '4:00:00'],
    ['goal 45:30', '10k', '45:30'],
  ] as const)('%s (%s) → %s', (text, goal, time) => {
    expect(findGoalTime(text, goal)).toBe(time);
  });

  it('no lead word, no goal time', () => {
    expect(findGoalTime('1:45', 'half')).toBeNull();
    expect(findGoalTime('half marathon 1h45', 'half')).toBeNull();
  });

  it('an impossible time is a hint, not a goal', () => {
    expect(findGoalTime('under 5 minutes', '10k')).toBeInstanceOf(Hint);
  });
});

/** A change to the current half-marathon plan, typed in each language → goal time 1:45:00. */
const CHANGES: [language: string, text: string][] = [
  ['en', 'goal time 1:45:00'],
  ['en', 'under 1h45'],
  ['es', 'objetivo 1:45'],
  ['es', 'tiempo objetivo 1:45:00'],
  ['es', 'quiero bajar de 1:45'],
  ['es', 'mi objetivo es 1h45'],
  ['de', 'Zielzeit 1:45:00'],
  ['de', 'unter 1:45'],
  ['de', 'mein Ziel ist 1:45'],
  ['de', 'sub 1:45'],
  ['fr', 'en moins de 1h45'],
  ['fr', 'objectif 1h45'],
  ['fr', 'temps visé 1:45:00'],
  ['fr', 'sous les 1h45'],
  ['it', 'obiettivo 1h45'],
  ['it', 'tempo obiettivo 1:45:00'],
  ['it', 'sotto 1:45'],
  ['pt', 'meta 1:45'],
  ['pt', 'objetivo 1h45'],
  ['pt', 'abaixo de 1:45'],
  ['ru', 'цель 1:45'],
  ['ru', 'целевое время 1:45:00'],
  ['ru', 'хочу выбежать из 1:45'],
  ['ru', 'хочу пробежать в 1:45'],
  ['ru', 'моя цель 1ч45'],
  ['uk', 'мета 1:45'],
  ['uk', 'ціль 1:45'],
  ['uk', 'цільовий час 1:45:00'],
  ['uk', 'хочу вибігти з 1:45'],
];

describe('a new goal time for the current plan, in every language', () => {
  it.each(CHANGES)('%s: %s', (language, text) => {
    expect(understand(text, ctx(language, true))).toEqual({
      kind: 'tools',
      calls: [{ name: 'change_plan', args: { goalTime: '1:45:00' } }],
    });
  });
});

/** A first plan request with its goal time → a half marathon on the first Sunday of April 2027, in 1:45:00. */
const PLANS: [language: string, text: string][] = [
  ['en', 'half marathon in april, goal time 1:45:00'],
  ['es', 'media maratón en abril, objetivo 1:45'],
  ['de', 'Halbmarathon im April, Zielzeit 1:45:00'],
  ['de', 'Halbmarathon im April unter 1:45'],
  ['fr', 'semi-marathon en avril en moins de 1h45'],
  ['it', 'mezza maratona ad aprile, obiettivo 1h45'],
  ['pt', 'meia maratona em abril, meta 1:45'],
  ['ru', 'полумарафон в апреле, цель 1:45'],
  ['ru', 'полумарафон в апреле в 1:45'],
  ['uk', 'напівмарафон у квітні, мета 1:45'],
];

describe('a plan request with its goal time, in every language', () => {
  it.each(PLANS)('%s: %s', (language, text) => {
    expect(understand(text, ctx(language, false))).toMatchObject({
      kind: 'tools',
      calls: [{ name: 'create_plan', args: { goal: 'half', raceDate: '2027-04-04', goalTime: '1:45:00' } }],
    });
  });
});

describe('a Spanish runner changes the goal time, offline coach', () => {
  it('"objetivo 1:45" sets the plan’s goal time', async () => {
    const lucia = { id: 3191, first_name: 'Lucía', language_code: 'es' };
    const h = await startHarness({ now: '2026-12-01T08:00:00Z' });
    await h.say(lucia, '/start');
    await h.say(lucia, 'Quiero correr una media maratón el 14 de marzo, 4 días por semana, 25 km por semana');
    expect(h.store.plans.getActive(lucia.id)?.goal.goalTime ?? null).toBeNull();
    await h.say(lucia, 'objetivo 1:45');
    expect(h.store.plans.getActive(lucia.id)?.goal).toMatchObject({ distance: 'half', goalTime: '1:45:00' });
  }, 60_000);
});
