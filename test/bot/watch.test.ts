/** The runner's watch from the chat: `/fit [date]` and the ⌚ button send the workout as a FIT file. */
import { Decoder, Stream } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../local-bot-api/types.ts';
import { fitSteps } from '../../src/workouts/fit.ts';
import { type Harness, startHarness, text } from '../helpers/bot-harness.ts';

const dee = { id: 3003, first_name: 'Dee' };

async function withPlan(): Promise<Harness> {
  const h = await startHarness({ now: '2026-11-30T08:00:00Z' });
  await h.say(dee, '/start');
  h.store.users.update(dee.id, { timezone: 'Europe/Berlin' });
  await h.say(dee, '10k on February 14, 4 days a week, about 25 km, long runs on Sunday, recent 10k 50:00');
  expect(h.store.plans.getActive(dee.id)).not.toBeNull();
  return h;
}

function decodedSteps(doc: StoredMessage | undefined): { wktName: string; steps: unknown[] } {
  const bytes = Array.from(doc?.file?.bytes ?? []);
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  expect(decoder.checkIntegrity()).toBe(true);
  const { messages } = decoder.read() as unknown as {
    messages: { workoutMesgs: { wktName: string }[]; workoutStepMesgs: unknown[] };
  };
  return { wktName: messages.workoutMesgs[0]?.wktName ?? '', steps: messages.workoutStepMesgs };
}

describe('FIT workouts in the chat', () => {
  it('/fit DATE sends that workout; the watch gets its steps', async () => {
    const h = await withPlan();
    const plan = h.store.plans.getActive(dee.id);
    const workout = plan?.weeks.flatMap((w) => w.workouts).find((w) => w.steps.some((s) => s.reps > 1));
    if (!workout) throw new Error('no interval workout');
    const reply = await h.say(dee, `/fit ${workout.date}`);
    const doc = reply.find((m) => m.kind === 'document');
    expect(doc?.file?.filename).toBe(`${workout.date}-${workout.type.replace(/_/g, '-')}.fit`);
    const decoded = decodedSteps(doc);
    expect(decoded.steps).toHaveLength(fitSteps(workout).length);
    expect(decoded.wktName).toContain(workout.date);
  });

  it('the ⌚ button on /today sends the day’s file; /fit on a rest day and a bad date get clear answers', async () => {
    const h = await withPlan();
    const plan = h.store.plans.getActive(dee.id);
    const all = plan?.weeks.flatMap((w) => w.workouts) ?? [];
    const first = all[0];
    if (!first) throw new Error('no workout');
    h.clock.now = new Date(`${first.date}T06:00:00Z`);
    const today = await h.say(dee, '/today');
    expect(JSON.stringify(today.at(-1)?.replyMarkup)).toContain(`fit:${first.date}`);
    const pressed = await h.press(dee, '⌚ FIT');
    const doc = pressed.messages.find((m) => m.kind === 'document');
    expect(doc?.file?.filename).toContain(first.date);
    expect(decodedSteps(doc).steps.length).toBeGreaterThan(0);

    const dates = new Set(all.map((w) => w.date));
    let rest = first.date;
    while (dates.has(rest)) rest = new Date(Date.parse(`${rest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const restReply = await h.say(dee, `/fit ${rest}`);
    expect(text(restReply)).toMatch(/rest day/);
    expect(restReply.some((m) => m.kind === 'document')).toBe(false);
    expect(text(await h.say(dee, '/fit someday maybe'))).toMatch(/could not read that date/);
  });

  it('without a plan, /fit says how to make one', async () => {
    const h = await startHarness();
    await h.say(dee, '/start');
    expect(text(await h.say(dee, '/fit'))).toMatch(/no plan yet/);
  });

  it('/calendar sends a private feed link; Renew replaces it', async () => {
    const h = await withPlan();
    const first = await h.say(dee, '/calendar');
    const token = h.store.calendarFeeds.get(dee.id);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(text(first)).toContain(`http://localhost:3000/calendar/${token}.ics`);
    // Asking again gives the same link.
    expect(text(await h.say(dee, '/calendar'))).toContain(`${token}.ics`);
    const renewed = await h.press(dee, /Renew/);
    const fresh = h.store.calendarFeeds.get(dee.id);
    expect(fresh).not.toBe(token);
    expect(h.store.calendarFeeds.userOf(token ?? '')).toBeUndefined();
    expect(text(renewed.messages)).toContain(`${fresh}.ics`);
    expect(text(renewed.messages)).toMatch(/old one no longer works/);
  });
});
