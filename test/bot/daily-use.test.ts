import { describe, expect, it } from 'vitest';
import { type Harness, startHarness, text } from '../helpers/bot-harness.ts';

const ben = { id: 2002, first_name: 'Ben' };

/** Ben has a 10K plan that started on Monday 30 Nov 2026; his clock is set per test. */
async function withPlan(timezone: string, now: string): Promise<Harness> {
  const h = await startHarness({ now: '2026-11-30T08:00:00Z' });
  await h.say(ben, '/start');
  h.store.users.update(ben.id, { timezone });
  await h.say(ben, '10k on February 14, 4 days a week, about 25 km, long runs on Sunday');
  expect(h.store.plans.getActive(ben.id)).not.toBeNull();
  h.clock.now = new Date(now);
  return h;
}

function firstWorkoutDate(h: Harness, from: string): string {
  const plan = h.store.plans.getActive(ben.id);
  const w = plan?.weeks.flatMap((x) => x.workouts).find((x) => x.date >= from && x.type !== 'race');
  if (!w) throw new Error('no workout');
  return w.date;
}

describe.each([
  ['Europe/Berlin', 'T07:00:00+01:00'],
  ['America/Los_Angeles', 'T07:00:00-08:00'],
])('daily use in %s', (timezone, morning) => {
  it('/today shows the local day: a workout with buttons, or a rest day', async () => {
    const h = await withPlan(timezone, '2026-11-30T12:00:00Z');
    const date = firstWorkoutDate(h, '2026-11-30');
    h.clock.now = new Date(`${date}${morning}`);
    const reply = await h.say(ben, '/today');
    expect(text(reply)).toMatch(/Today/);
    const labels = JSON.stringify(reply.at(-1)?.replyMarkup);
    expect(labels).toContain(`done:${date}`);
    expect(labels).toContain(`skip:${date}`);
  });

  it('/week and /plan give the overview', async () => {
    const h = await withPlan(timezone, '2026-12-02T12:00:00Z');
    expect(text(await h.say(ben, '/week'))).toMatch(/30 Nov – Sun 6 Dec/);
    const plan = text(await h.say(ben, '/plan'));
    expect(plan).toMatch(/10K/);
    expect(plan).toMatch(/Base/);
    expect(plan).toMatch(/This week/);
  });

  it('logs a run in words, matches it to the plan and asks how it felt', async () => {
    const h = await withPlan(timezone, '2026-11-30T12:00:00Z');
    const date = firstWorkoutDate(h, '2026-11-30');
    h.clock.now = new Date(`${date}T20:00:00Z`);
    const planned = h.store.plans.workoutOn(ben.id, date);
    const km = planned?.distanceKm ?? 6;
    const reply = await h.say(ben, `ran ${km}k in 40:00, felt great`);
    expect(text(reply)).toMatch(/Logged/);
    expect(h.store.plans.workoutOn(ben.id, date)?.status).toBe('done');
    expect(h.store.runs.all(ben.id)).toHaveLength(1);
    expect(h.store.feedback.all(ben.id)[0]).toMatchObject({ feeling: 'great' });
  });

  it('/log with arguments, and guided /log', async () => {
    const h = await withPlan(timezone, '2026-12-03T18:00:00Z');
    expect(text(await h.say(ben, '/log 8k 42:30 rpe 5'))).toMatch(/Logged: 8 km in 42:30/);
    expect(text(await h.say(ben, '/log'))).toMatch(/distance and time/);
    expect(text(await h.say(ben, '5k 27:10'))).toMatch(/Logged: 5 km in 27:10/);
    expect(text(await h.say(ben, '/log banana'))).toMatch(/couldn't read/);
    expect(h.store.runs.all(ben.id)).toHaveLength(2);
  });

  it('Done then RPE buttons, and feedback in words adapts the plan', async () => {
    const h = await withPlan(timezone, '2026-11-30T12:00:00Z');
    const date = firstWorkoutDate(h, '2026-11-30');
    h.clock.now = new Date(`${date}T19:00:00Z`);
    await h.say(ben, '/today');
    const done = await h.press(ben, /Done/);
    expect(text(done.messages)).toMatch(/Marked .* as done/);
    expect(h.store.plans.workoutOn(ben.id, date)?.status).toBe('done');
    const rpe = await h.press(ben, /Hard/);
    expect(text(rpe.messages)).toMatch(/effort 7\/10/);
    const words = await h.say(ben, 'legs heavy, 8/10');
    expect(text(words)).toMatch(/effort 8\/10/);
    expect(h.store.feedback.all(ben.id)).toHaveLength(2);
  });

  it('skip today in words', async () => {
    const h = await withPlan(timezone, '2026-11-30T12:00:00Z');
    const date = firstWorkoutDate(h, '2026-12-01');
    h.clock.now = new Date(`${date}${morning}`);
    const skipped = await h.say(ben, 'skip today');
    expect(text(skipped)).toMatch(/Skipped/);
    expect(h.store.plans.workoutOn(ben.id, date)?.status ?? 'moved').not.toBe('planned');
  });

  it('moves a workout to another day of its week with the Move button', async () => {
    const h = await withPlan(timezone, '2026-11-30T12:00:00Z');
    // An easy day early in the week, moved to a free day later that week.
    const plan = h.store.plans.getActive(ben.id);
    const week = plan?.weeks.find((w) => w.startDate >= '2026-12-07');
    const easy = week?.workouts.find((w) => w.type === 'easy');
    if (!week || !easy) throw new Error('fixture: no easy workout');
    h.clock.now = new Date(`${week.startDate}${morning}`);
    const dates = Array.from({ length: 7 }, (_, i) => {
      const d = new Date(`${week.startDate}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + i);
      return d.toISOString().slice(0, 10);
    });
    const taken = new Set(week.workouts.map((w) => w.date));
    const card = await h.say(
      ben,
      `what's on ${new Date(`${easy.date}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' })}?`,
    );
    expect(text(card)).toMatch(new RegExp(easy.title));
    const choices = await h.pressData(ben, card.at(-1)?.messageId ?? 0, `move:${easy.date}`);
    expect(text(choices.messages)).toMatch(/Move .* to which day/);
    const free = dates.find((d) => d > easy.date && !taken.has(d));
    if (!free) throw new Error('fixture: no free day');
    const moved = await h.pressData(ben, choices.messages.at(-1)?.messageId ?? 0, `mv:${easy.date}:${free}`);
    const after = h.store.plans.workoutOn(ben.id, free);
    if (after) {
      expect(after.title).toBe(easy.title);
      expect(h.store.plans.workoutOn(ben.id, easy.date)).toBeUndefined();
      expect(text(moved.messages)).toMatch(/moves from \w{3} \d+ \w{3} to \w{3} \d+ \w{3}\./);
    } else {
      // The engine refused (spacing rules): the reason is said, and nothing moved.
      expect(text(moved.messages)).not.toBe('');
      expect(h.store.plans.workoutOn(ben.id, easy.date)?.status).toBe('planned');
    }
  });
});
