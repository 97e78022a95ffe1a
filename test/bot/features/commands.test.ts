/** src/bot/features/commands.ts: /today, /week, /plan, /progress, /log and /strava, each on its own. */
import { describe, expect, it } from 'vitest';
import { startHarness, text } from '../../helpers/bot-harness.ts';
import { buttonsOf, dataOf } from './buttons.ts';

const kim = { id: 6301, first_name: 'Kim', language_code: 'en' };
const olga = { id: 6302, first_name: 'Olga', language_code: 'ru' };

describe('without a plan', () => {
  it('/today, /week and /plan say there is no plan and offer the setup button', async () => {
    const h = await startHarness();
    await h.say(kim, '/start');
    const [today] = await h.say(kim, '/today');
    expect(today?.text).toBe(
      'No plan yet, so nothing is scheduled. Tell me your goal race (10k on May 3, 4 days a week) or tap below.',
    );
    expect(dataOf(today)).toEqual(['setup:go']);
    const [plan] = await h.say(kim, '/plan');
    expect(plan?.text).toBe('You have no plan yet. Tell me your goal (10k on May 3, 4 days a week) or tap below.');
    expect(dataOf(plan)).toEqual(['setup:go']);
    expect(text(await h.say(kim, '/week'))).toMatch(/No plan yet/);
  });

  it('/progress with nothing logged', async () => {
    const h = await startHarness();
    await h.say(kim, '/start');
    expect(text(await h.say(kim, '/progress'))).toMatch(/^Your training\nNo weeks to show yet\./);
  });

  it('answers a stranger too (the runner is created first), in Russian', async () => {
    const h = await startHarness();
    const [plan] = await h.say(olga, '/plan');
    expect(h.store.users.get(olga.id)).toBeDefined();
    expect(plan?.text).toMatch(/[А-Яа-я]/);
    expect(dataOf(plan)).toEqual(['setup:go']);
  });
});

describe('with a plan', () => {
  async function withPlan(env: Record<string, string> = {}) {
    const h = await startHarness({ env });
    await h.say(kim, '/start');
    await h.say(kim, 'half marathon on March 14, 4 days a week, 30 km');
    expect(h.store.plans.activeRef(kim.id)).toBeDefined();
    return h;
  }

  it('/plan shows goal, weeks and this week; "Open plan" only when the Mini App is on https', async () => {
    const h = await withPlan();
    const [plan] = await h.say(kim, '/plan');
    expect(plan?.text).toMatch(/^Half marathon on Sun 14 Mar 2027\n/i);
    expect(buttonsOf(plan)).toEqual([
      [
        { text: 'This week', data: 'week' },
        { text: expect.stringMatching(/today/i), data: 'today' },
      ],
    ]);
    const secure = await withPlan({ PUBLIC_URL: 'https://coach.example.org/' });
    const [withApp] = await secure.say(kim, '/plan');
    expect(buttonsOf(withApp)[1]).toEqual([{ text: '📅 Open plan', webApp: 'https://coach.example.org/app' }]);
  });

  it('/today and /week answer with the plan, /progress with the planned weeks', async () => {
    const h = await withPlan();
    expect(text(await h.say(kim, '/week'))).toMatch(/km planned/);
    expect((await h.say(kim, '/today')).length).toBeGreaterThan(0);
    expect(text(await h.say(kim, '/progress'))).toMatch(/^Your training\n/);
  });
});

describe('/log', () => {
  it('with arguments logs the run at once', async () => {
    const h = await startHarness();
    await h.say(kim, '/start');
    const reply = text(await h.say(kim, '/log 8k 42:30 rpe 5'));
    expect(reply).toMatch(/8 km/);
    expect(h.store.runs.all(kim.id)).toMatchObject([{ distanceKm: 8, durationSec: 2550 }]);
  });

  it('without arguments asks for the run and takes the next message as it', async () => {
    const h = await startHarness();
    await h.say(kim, '/start');
    expect(text(await h.say(kim, '/log'))).toBe(
      'Tell me the run: distance and time, and how hard it felt if you like. For example 8k 42:30 rpe 5 or 6 miles in 55 min yesterday.',
    );
    await h.say(kim, '10 km 55:00');
    expect(h.store.runs.all(kim.id)).toMatchObject([{ distanceKm: 10, durationSec: 3300 }]);
  });

  it('garbage arguments log nothing and say so', async () => {
    const h = await startHarness();
    await h.say(kim, '/start');
    const reply = text(await h.say(kim, '/log banana'));
    expect(reply.length).toBeGreaterThan(0);
    expect(h.store.runs.all(kim.id)).toEqual([]);
  });
});

describe('/strava', () => {
  it('says Strava is not set up when this coach has no Strava app', async () => {
    const h = await startHarness();
    await h.say(kim, '/start');
    expect(text(await h.say(kim, '/strava'))).toBe(
      'Strava is not set up on this coach yet. Until it is, tell me about your runs in your own words (ran 8k in 42:30) or use /log.',
    );
    const ru = text(await h.say(olga, '/strava'));
    expect(ru).toMatch(/Strava/);
    expect(ru).toMatch(/[А-Яа-я]/);
  });
});
