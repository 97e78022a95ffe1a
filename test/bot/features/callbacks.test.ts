/**
 * src/bot/features/callbacks.ts: workout, feedback and setup buttons through the real bot. Stale or forged data
 * gets a polite answer and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { StoredWorkout } from '../../../src/db/store/index.ts';
import { type Harness, startHarness, text } from '../../helpers/bot-harness.ts';
import { dataOf } from './buttons.ts';

const lea = { id: 6401, first_name: 'Lea', language_code: 'en' };
const stranger = { id: 6402, first_name: 'Sam', language_code: 'de' };

/** A runner with a half-marathon plan, the clock on the day of their first planned workout. */
async function withPlan(): Promise<{ h: Harness; w: StoredWorkout; messageId: number }> {
  const h = await startHarness();
  await h.say(lea, '/start');
  await h.say(lea, 'half marathon on March 14, 4 days a week, 30 km');
  const w = h.store.plans
    .getActive(lea.id)
    ?.weeks.flatMap((x) => x.workouts)
    .find((x) => x.date >= '2026-12-01' && x.type !== 'race' && x.status === 'planned');
  if (!w) throw new Error('no workout planned');
  h.clock.now = new Date(`${w.date}T09:00:00Z`);
  const messageId = h.api.lastBotMessage(lea.id)?.messageId ?? 0;
  return { h, w, messageId };
}

const GERMAN_START_FIRST = 'Schick zuerst /start und versuch es dann noch mal.';

const statusOn = (h: Harness, date: string) => h.store.plans.workoutOn(lea.id, date)?.status;

describe('bad and stale buttons', () => {
  it('someone never seen is asked to /start first, in their Telegram language, and is not created', async () => {
    const h = await startHarness();
    await h.say(lea, '/start');
    const messageId = h.api.lastBotMessage(lea.id)?.messageId ?? 0;
    const r = await h.pressData(stranger, messageId, 'today');
    expect(r.answer).toBe(GERMAN_START_FIRST);
    expect(r.messages).toEqual([]);
    expect(h.store.users.get(stranger.id)).toBeUndefined();
  });

  it.each([
    'rm -rf /',
    // Dates that do not exist were decoded and reached the tools, whose English error the runner read.
    'done:2026-13-45',
    'skip:2026-02-30',
    'mv:2026-12-02:2026-12-32',
    'rpe:2026-12-01:11',
    'feel:2026-12-01:ecstatic',
    'x'.repeat(64),
    '',
  ])('forged data %j: "expired, send /today", nothing changed', async (data) => {
    const { h, w, messageId } = await withPlan();
    const r = await h.pressData(lea, messageId, data);
    expect(r.answer).toBe('That button has expired. Send /today for fresh ones.');
    expect(r.messages).toEqual([]);
    expect(statusOn(h, w.date)).toBe('planned');
    expect(h.store.feedback.all(lea.id)).toEqual([]);
  });

  it('the race question answered with no question pending: "That button has expired."', async () => {
    const { h, messageId } = await withPlan();
    const r = await h.pressData(lea, messageId, 'race:yes');
    expect(text(r.messages)).toBe('That button has expired.');
  });
});

describe('workout buttons', () => {
  it('Done marks the workout done and asks how it felt; an effort button records the RPE', async () => {
    const { h, w, messageId } = await withPlan();
    const done = await h.pressData(lea, messageId, `done:${w.date}`);
    expect(statusOn(h, w.date)).toBe('done');
    const last = done.messages.at(-1);
    expect(dataOf(last)).toContain(`rpe:${w.date}:5`);
    await h.pressData(lea, last?.messageId ?? 0, `rpe:${w.date}:7`);
    expect(h.store.feedback.all(lea.id)).toMatchObject([{ date: w.date, rpe: 7 }]);
  });

  it.each([
    ['great', 3],
    ['exhausted', 9],
  ] as const)('a feeling button (%s) records the effort of FEELING_RPE (%i)', async (feeling, rpe) => {
    const { h, w, messageId } = await withPlan();
    await h.pressData(lea, messageId, `done:${w.date}`);
    await h.pressData(lea, messageId, `feel:${w.date}:${feeling}`);
    expect(h.store.feedback.all(lea.id)).toMatchObject([{ date: w.date, rpe }]);
  });

  it('Skip skips it, and the restore button puts it back', async () => {
    const { h, w, messageId } = await withPlan();
    const skipped = await h.pressData(lea, messageId, `skip:${w.date}`);
    expect(statusOn(h, w.date)).toBe('skipped');
    expect(text(skipped.messages).length).toBeGreaterThan(0);
    await h.pressData(lea, messageId, `unskip:${w.date}`);
    expect(statusOn(h, w.date)).toBe('planned');
  });

  it('Move lists the days; a day moves it there', async () => {
    const { h, w, messageId } = await withPlan();
    const choices = await h.pressData(lea, messageId, `move:${w.date}`);
    const targets = dataOf(choices.messages.at(-1));
    expect(targets.length).toBeGreaterThan(0);
    const target = targets[0] ?? '';
    expect(target).toMatch(new RegExp(`^mv:${w.date}:\\d{4}-\\d{2}-\\d{2}$`));
    await h.pressData(lea, choices.messages.at(-1)?.messageId ?? 0, target);
    const to = target.split(':')[2] ?? '';
    expect(h.store.plans.workoutOn(lea.id, to)?.type).toBe(w.type);
  });

  it('Done on a day without a workout changes nothing and says so', async () => {
    const { h, messageId } = await withPlan();
    const r = await h.pressData(lea, messageId, 'done:2026-11-02');
    expect(text(r.messages)).toMatch(/\S/);
    expect(h.store.plans.workoutOn(lea.id, '2026-11-02')).toBeUndefined();
  });
});

describe('question buttons', () => {
  it('"In words" asks for the feeling, and the next message is taken as feedback on that day', async () => {
    const { h, w, messageId } = await withPlan();
    await h.pressData(lea, messageId, `done:${w.date}`);
    const asked = await h.pressData(lea, messageId, `words:${w.date}`);
    expect(text(asked.messages)).toBe('Tell me in your own words: how did it feel, how hard (1–10), anything sore?');
    await h.say(lea, 'legs heavy, 8/10');
    expect(h.store.feedback.all(lea.id)).toMatchObject([{ date: w.date, rpe: 8 }]);
  });

  it('"ask:log" asks for the run and logs the next message; "ask:help" shows help', async () => {
    const { h, messageId } = await withPlan();
    expect(text((await h.pressData(lea, messageId, 'ask:log')).messages)).toMatch(
      /^Tell me the run: distance and time/,
    );
    await h.say(lea, '6 km 33:00');
    expect(h.store.runs.all(lea.id)).toMatchObject([{ distanceKm: 6, durationSec: 1980 }]);
    expect(text((await h.pressData(lea, messageId, 'ask:help')).messages)).toMatch(/^What I can do/);
  });

  it('"today" and "week" answer as /today and /week do', async () => {
    const { h, messageId } = await withPlan();
    const week = await h.pressData(lea, messageId, 'week');
    expect(text(week.messages)).toBe(text(await h.say(lea, '/week')));
    const today = await h.pressData(lea, messageId, 'today');
    expect(text(today.messages)).toBe(text(await h.say(lea, '/today')));
  });
});
