import { describe, expect, it } from 'vitest';
import { startHarness, text } from '../helpers/bot-harness.ts';

const ana = { id: 1001, first_name: 'Ana', username: 'ana' };

describe('a new runner in Telegram (offline coach, no keys)', () => {
  it('/start welcomes, registers the command list, and creates the runner once', async () => {
    const h = await startHarness();
    const first = await h.say(ana, '/start');
    expect(text(first)).toMatch(/Hi, Ana!/);
    expect(first.at(-1)?.replyMarkup).toBeDefined();
    expect(h.api.myCommands().map((c) => c.command)).toEqual(
      expect.arrayContaining(['today', 'week', 'plan', 'log', 'settings', 'strava', 'export', 'delete', 'help']),
    );
    await h.say(ana, '/start');
    expect(h.store.users.count()).toBe(1);
  });

  it('builds a plan from one plain sentence and shows this week', async () => {
    const h = await startHarness({ now: '2026-12-01T09:00:00Z' });
    await h.say(ana, '/start');
    h.store.users.update(ana.id, { timezone: 'Europe/Berlin' });
    const reply = await h.say(ana, 'half marathon on March 14, I run 4 days a week, about 30 km');
    const t = text(reply);
    expect(t).toMatch(/half marathon plan is ready/i);
    expect(t).toMatch(/Race day: Sun 14 Mar 2027/);
    const plan = h.store.plans.getActive(ana.id);
    expect(plan?.goal).toMatchObject({ distance: 'half', raceDate: '2027-03-14' });
    expect(h.store.users.get(ana.id)).toMatchObject({ daysPerWeek: 4, weeklyKm: 30 });
  });

  it('guided setup on buttons: goal, weeks, days, volume, long-run day → plan', async () => {
    const h = await startHarness({ now: '2026-12-01T09:00:00Z' });
    await h.say(ana, '/start');
    await h.press(ana, 'Set up my plan');
    await h.press(ana, '10K');
    await h.press(ana, 'in 10 weeks');
    await h.press(ana, '4');
    await h.press(ana, '~20 km');
    const done = await h.press(ana, 'Sat');
    expect(text(done.messages)).toMatch(/10K plan is ready/);
    const plan = h.store.plans.getActive(ana.id);
    expect(plan?.goal.distance).toBe('10k');
    expect(h.store.users.get(ana.id)).toMatchObject({ longRunDay: 'sat', daysPerWeek: 4, weeklyKm: 20 });
    // Then onboarding asks where the runner is, with Telegram's location button, and the morning time.
    expect(text(done.messages)).toMatch(/Where do you live/);
    expect(h.api.replyKeyboard(ana.id)).toEqual([['📍 Share my location']]);
    expect(text(await h.say(ana, 'New York'))).toMatch(/New York time[\s\S]*When should your workout arrive/);
    const set = await h.press(ana, '06:30');
    expect(text(set.messages)).toMatch(/Your workout arrives at 06:30 New York time/);
    expect(h.store.users.get(ana.id)).toMatchObject({ timezone: 'America/New_York', morningTime: '06:30' });
  });

  it('setup never traps: a question in the middle of it is answered', async () => {
    const h = await startHarness();
    await h.say(ana, '/start');
    await h.press(ana, 'Set up my plan');
    await h.press(ana, 'Marathon');
    const reply = await h.say(ana, 'what is /help?');
    expect(text(reply)).not.toBe('');
    const typedDate = await h.say(ana, '/setup');
    expect(text(typedDate)).toMatch(/Which race/);
  });

  it('a typed race date is accepted during setup', async () => {
    const h = await startHarness({ now: '2026-12-01T09:00:00Z' });
    await h.say(ana, '/start');
    await h.press(ana, 'Set up my plan');
    await h.press(ana, 'Half marathon');
    const reply = await h.say(ana, 'April 11');
    expect(text(reply)).toMatch(/Race day: Sun 11 Apr 2027\./);
    expect(text(reply)).toMatch(/How many days a week/);
  });
});
