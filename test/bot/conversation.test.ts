/**
 * Issue 14's verbatim conversations, through the local Bot API with the offline coach: every question the coach
 * asks is answerable, settings change the current plan, and runners' questions get answers, not the day's card.
 */
import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/jobs/run.ts';
import { refreshSchedule } from '../../src/jobs/schedule.ts';
import { type Harness, startHarness, text } from '../helpers/bot-harness.ts';
import { jobCtx, outbox } from '../jobs/helpers.ts';

const ana = { id: 7101, first_name: 'Ana' };

/** Tuesday 1 December 2026, 09:00 UTC; a half marathon plan on 14 March 2027, 3 days a week, 25 km. */
async function withPlan(days = 3): Promise<Harness> {
  const h = await startHarness({ now: '2026-12-01T09:00:00Z' });
  await h.say(ana, '/start');
  await h.say(ana, `half marathon on March 14, ${days} days a week, about 25 km`);
  expect(h.store.plans.getActive(ana.id)?.goal.raceDate).toBe('2027-03-14');
  return h;
}

const workouts = (h: Harness) => h.store.plans.getActive(ana.id)?.weeks.flatMap((w) => w.workouts) ?? [];

describe('guided setup takes typed answers at every step', () => {
  it('"about 15 km" and the other steps typed; the buttons stay', async () => {
    const h = await startHarness({ now: '2026-12-01T09:00:00Z' });
    await h.say(ana, '/start');
    await h.press(ana, 'Set up my plan');
    expect(text(await h.say(ana, 'half'))).toMatch(/When is the race/);
    await h.press(ana, 'in 12 weeks');
    expect(text(await h.say(ana, '4 days'))).toMatch(/how much do you run/);
    const km = await h.say(ana, 'about 15 km');
    expect(text(km)).toMatch(/which day suits your long run/i);
    expect(km.at(-1)?.replyMarkup).toBeDefined();
    // Nonsense at a step asks it again with its buttons, never a wall of examples.
    const again = await h.say(ana, 'blorp');
    expect(text(again)).toMatch(/didn’t catch that[\s\S]*long run/);
    expect(text(again)).not.toMatch(/I understand things like/);
    await h.press(ana, 'Sat');
    const user = h.store.users.get(ana.id);
    expect(user).toMatchObject({ weeklyKm: 15, daysPerWeek: 4, longRunDay: 'sat' });
    expect(h.store.plans.getActive(ana.id)?.goal.distance).toBe('half');
  });

  it('a runner who only chats is asked where they are and gets the workout at their own 06:30', async () => {
    const h = await startHarness({ now: '2026-12-01T09:00:00Z' });
    await h.say(ana, '/start');
    await h.press(ana, 'Set up my plan');
    await h.press(ana, '10K');
    await h.say(ana, 'March 7');
    await h.say(ana, '3');
    await h.say(ana, '20 km');
    expect(text(await h.say(ana, 'sunday'))).toMatch(/Where do you live/);
    expect(text(await h.say(ana, 'Springfield'))).toMatch(/don’t know where Springfield is/);
    expect(text(await h.say(ana, 'I live in New York'))).toMatch(/New York time/);
    expect(text(await h.say(ana, '6:30am'))).toMatch(/Your workout arrives at 06:30 New York time/);
    refreshSchedule(h.store, ana.id, h.clock.now);
    // 06:30 in New York on 2 December is 11:30 UTC, not 06:30 UTC.
    await runJob('morning', jobCtx(h.store, '2026-12-02T06:35:00Z'));
    expect(outbox(h.store).filter((r) => r.kind === 'morning')).toHaveLength(0);
    await runJob('morning', jobCtx(h.store, '2026-12-02T11:31:00Z'));
    expect(
      outbox(h.store)
        .filter((r) => r.kind === 'morning')
        .map((r) => r.key),
    ).toEqual([`morning:${ana.id}:2026-12-02`]);
  });

  it('Telegram’s location button sets the zone from coordinates; "Berlin" typed later works too', async () => {
    const h = await startHarness({ now: '2026-12-01T09:00:00Z' });
    await h.say(ana, '/start');
    // A runner who only chats is asked where they are once the first plan is built.
    const plan = await h.say(ana, 'half marathon on March 14, 4 days a week, about 30 km');
    expect(text(plan)).toMatch(/Where do you live/);
    expect(h.api.replyKeyboard(ana.id)).toEqual([['📍 Share my location']]);
    const since = h.api.seq;
    h.api.pushUpdate({
      message: {
        message_id: 501,
        date: Math.floor(Date.now() / 1000),
        chat: { id: ana.id, type: 'private', first_name: 'Ana' },
        from: { id: ana.id, is_bot: false, first_name: 'Ana' },
        location: { latitude: 35.68, longitude: 139.77 },
      },
    });
    await h.api.waitForIdle({ quietMs: 50, timeoutMs: 10_000 });
    const replies = h.api.messageEvents.filter((e) => e.seq > since && e.message.from === 'bot').map((e) => e.message);
    expect(text(replies)).toMatch(/Tokyo time[\s\S]*When should your workout arrive/);
    expect(h.store.users.get(ana.id)?.timezone).toBe('Asia/Tokyo');
    expect(h.api.replyKeyboard(ana.id)).toEqual([]);
    await h.say(ana, 'timezone Berlin');
    expect(h.store.users.get(ana.id)?.timezone).toBe('Europe/Berlin');
  });
});

describe('questions the coach asks get answered', () => {
  it('"I did the tempo today, 5k total, felt hard" → "How long?" → "27 minutes"', async () => {
    const h = await withPlan();
    const ask = await h.say(ana, 'I did the tempo today, 5k total, felt hard');
    expect(text(ask)).toMatch(/How long did it take/);
    expect(text(ask)).not.toMatch(/I understand things like/);
    const done = await h.say(ana, '27 minutes');
    expect(text(done)).not.toMatch(/didn't quite get that/);
    const runs = h.store.runs.all(ana.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ date: '2026-12-01', distanceKm: 5, durationSec: 27 * 60 });
    expect(h.store.users.get(ana.id)?.pendingFlow).toBeNull();
  });

  it('"I didn\'t get that" offers buttons for the likely intents, with no examples wall for clarifications', async () => {
    const h = await withPlan();
    const reply = await h.say(ana, 'asdf qwerty zxcv');
    expect(text(reply)).toMatch(/didn't quite get that/);
    const labels = JSON.stringify(reply.at(-1)?.replyMarkup);
    expect(labels).toMatch(/Log a run/);
    const log = await h.press(ana, 'Log a run');
    expect(text(log.messages)).toMatch(/Tell me the run/);
    await h.say(ana, '6k 33:00');
    expect(h.store.runs.all(ana.id)).toHaveLength(1);
  });
});

describe('changes to the current plan', () => {
  it('"race is on april 11" and "change my race date to 11 April" move the race and keep the past', async () => {
    const h = await withPlan();
    // A week later, with the first workout done.
    const first = workouts(h).find((w) => w.date >= '2026-12-01');
    expect(first).toBeDefined();
    h.store.plans.setWorkoutStatus(ana.id, first?.date ?? '', 'done');
    h.clock.now = new Date('2026-12-08T09:00:00Z');
    const reply = await h.say(ana, 'race is on april 11');
    expect(text(reply)).toMatch(/race day is now Sun 11 Apr/);
    const plan = h.store.plans.getActive(ana.id);
    expect(plan?.goal.raceDate).toBe('2027-04-11');
    expect(plan?.startDate).toBe('2026-12-01');
    expect(workouts(h).find((w) => w.date === first?.date)).toMatchObject({ status: 'done', title: first?.title });
    expect(
      workouts(h)
        .filter((w) => w.type === 'race')
        .map((w) => w.date),
    ).toEqual(['2027-04-11']);
    const h2 = await withPlan();
    await h2.say(ana, 'change my race date to 11 April');
    expect(h2.store.plans.getActive(ana.id)?.goal.raceDate).toBe('2027-04-11');
  });

  it('"goal time 1:59:00" and "I want to break 2 hours in the half" set the goal time of the current plan', async () => {
    const h = await withPlan();
    expect(text(await h.say(ana, 'goal time 1:59:00'))).toMatch(/goal time 1:59:00/);
    expect(h.store.plans.getActive(ana.id)?.goal.goalTime).toBe('1:59:00');
    expect(text(await h.say(ana, 'I want to break 2 hours in the half'))).not.toMatch(/When is the race/);
    expect(h.store.plans.getActive(ana.id)?.goal.goalTime).toBe('2:00:00');
    expect(h.store.plans.getActive(ana.id)?.goal.raceDate).toBe('2027-03-14');
  });

  it('"I\'d rather do my long run on Saturdays" and "I can run 4 days a week now" change the plan, not only new ones', async () => {
    const h = await withPlan(3);
    const lr = await h.say(ana, "I'd rather do my long run on Saturdays");
    expect(text(lr)).not.toMatch(/new plans use it/);
    const longs = workouts(h).filter((w) => w.type === 'long' && w.date >= '2026-12-01');
    expect(longs.length).toBeGreaterThan(0);
    expect(longs.every((w) => new Date(`${w.date}T00:00:00Z`).getUTCDay() === 6)).toBe(true);
    await h.say(ana, 'I can run 4 days a week now');
    expect(h.store.users.get(ana.id)?.daysPerWeek).toBe(4);
    const plan = h.store.plans.getActive(ana.id);
    const later = plan?.weeks.filter((w) => w.startDate >= '2026-12-07' && w.phase !== 'taper' && w.phase !== 'race');
    expect(later?.some((w) => w.workouts.length === 4)).toBe(true);
  });

  it('the /settings buttons for days a week and the long-run day change the current plan too', async () => {
    const h = await withPlan(3);
    await h.say(ana, '/settings');
    await h.press(ana, 'Long-run day');
    const set = await h.press(ana, 'Sat');
    expect(text(set.messages)).toMatch(/Long runs on Saturday[\s\S]*rebuilt your plan from today/);
    const longs = workouts(h).filter((w) => w.type === 'long' && w.date >= '2026-12-01');
    expect(longs.every((w) => new Date(`${w.date}T00:00:00Z`).getUTCDay() === 6)).toBe(true);
  });

  it('"actually I can run on thursday, put it back" restores the skipped workout', async () => {
    const h = await withPlan(4);
    const thursday = '2026-12-03';
    const planned = workouts(h).find((w) => w.date === thursday);
    expect(planned).toBeDefined();
    await h.say(ana, 'skip thursday');
    expect(workouts(h).find((w) => w.date === thursday)?.status).toBe('skipped');
    const back = await h.say(ana, 'actually I can run on thursday, put it back');
    expect(text(back)).toMatch(/Back on the plan: Thu 3 Dec/);
    expect(workouts(h).find((w) => w.date === thursday)?.status).toBe('planned');
  });

  it('clearance ends the rest after pain, and "I\'m healthy again" after illness restarts gently', async () => {
    const h = await withPlan(4);
    await h.say(ana, 'my knee hurts, 7/10');
    const rest = workouts(h).filter((w) => w.date > '2026-12-01' && w.date <= '2026-12-08');
    expect(rest.every((w) => w.status === 'skipped')).toBe(true);
    const cleared = await h.say(ana, "saw the physio, she says it's just tight, I can run easy again");
    expect(text(cleared)).toMatch(/welcome back/i);
    const week = workouts(h).filter((w) => w.date >= '2026-12-01' && w.date < '2026-12-08' && w.status === 'planned');
    expect(week.length).toBeGreaterThan(0);
    expect(week.every((w) => w.type === 'easy' || w.type === 'recovery')).toBe(true);

    const h2 = await withPlan(4);
    await h2.say(ana, "I'm sick");
    expect(text(await h2.say(ana, "I'm healthy again"))).toMatch(/welcome back/i);
  });

  it('"please stop sending me morning messages" pauses them and the morning job honours it', async () => {
    const h = await withPlan();
    const reply = await h.say(ana, 'please stop sending me morning messages');
    expect(text(reply)).toMatch(/Paused/);
    expect(h.store.users.get(ana.id)?.pausedMessages).toEqual(['morning']);
    refreshSchedule(h.store, ana.id, h.clock.now);
    await runJob('morning', jobCtx(h.store, '2026-12-02T06:31:00Z'));
    expect(outbox(h.store).filter((r) => r.kind === 'morning')).toHaveLength(0);
    await h.say(ana, 'resume morning messages');
    expect(h.store.users.get(ana.id)?.pausedMessages ?? []).toEqual([]);
    refreshSchedule(h.store, ana.id, new Date('2026-12-02T12:00:00Z'));
    await runJob('morning', jobCtx(h.store, '2026-12-03T06:31:00Z'));
    expect(outbox(h.store).filter((r) => r.kind === 'morning')).toHaveLength(1);
  });
});

describe('questions are answered as questions, not with the day’s card', () => {
  const cases: [string, RegExp][] = [
    ['what pace should I run my tempo runs at?', /Threshold[\s\S]*Tempo runs go at threshold pace/],
    ['what are my paces?', /Your paces|by effort/],
    ['can I do a parkrun on saturday?', /Sat 5 Dec/],
    ['why is next week so light?', /The week of Mon 7 Dec has/],
    ['what should I eat before my long run?', /carbohydrate[\s\S]*Source: ACSM/],
    ['should I run with a sore throat?', /above the neck[\s\S]*Source: Eichner/],
  ];
  it.each(cases)('%s', async (question, expected) => {
    const h = await withPlan();
    await h.say(ana, 'I ran a 10k in 50:00 last month');
    const before = JSON.stringify(workouts(h));
    const reply = await h.say(ana, question);
    expect(text(reply)).toMatch(expected);
    expect(text(reply)).not.toMatch(/^Today/m);
    expect(text(reply)).not.toMatch(/didn't quite get that/);
    // Nothing recorded: a question about a cold is not an illness.
    expect(JSON.stringify(workouts(h))).toBe(before);
    expect(h.store.feedback.between(ana.id, '2026-11-01', '2027-12-31')).toEqual([]);
  });
});
