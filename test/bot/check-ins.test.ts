/**
 * Check-ins on runs that do not fit (issue 14): runs logged while ill, with pain or on a hold, or on a rest day get
 * a short question or caution; an effort the runner did not give is never stored. Through the local Bot API.
 */
import { describe, expect, it } from 'vitest';
import { type Harness, startHarness, text } from '../helpers/bot-harness.ts';

const ida = { id: 4004, first_name: 'Ida' };

/** Ida's half plan starts Monday 30 Nov 2026 (Berlin): runs Tue, Thu, Sat, Sun; Monday and Wednesday are rest days. */
async function withPlan(): Promise<Harness> {
  const h = await startHarness({ now: '2026-11-30T08:00:00Z' });
  await h.say(ida, '/start');
  h.store.users.update(ida.id, { timezone: 'Europe/Berlin' });
  await h.say(ida, 'half marathon on March 14, 4 days a week, about 30 km, long runs on Sunday');
  expect(h.store.plans.workoutOn(ida.id, '2026-11-30')).toBeUndefined();
  return h;
}

describe('check-ins on runs that do not fit', () => {
  it('a run on a rest day gets a question, not silence', async () => {
    const h = await withPlan();
    h.clock.now = new Date('2026-11-30T18:00:00Z');
    const reply = text(await h.say(ida, 'ran 5k in 28:00'));
    expect(reply).toMatch(/Mon 30 Nov was a rest day in your plan\. .*keep extras easy and short/);
    expect(reply).not.toMatch(/No workout was planned/);
  });

  it('a run logged while ill gets the above-the-neck caution', async () => {
    const h = await withPlan();
    await h.say(ida, "I'm sick with a cold");
    expect(h.store.users.get(ida.id)?.health).toMatchObject({ kind: 'illness', from: '2026-11-30' });
    h.clock.now = new Date('2026-12-01T17:00:00Z');
    const reply = text(await h.say(ida, 'ran 6k in 36:00'));
    expect(reply).toMatch(/You told me on Mon 30 Nov that you were ill\. How do you feel/);
    expect(reply).toMatch(/fever, aches or a chesty cough, please rest/);
  });

  it('pain without an effort stores no effort; runs logged afterwards are asked about, a hold is a caution', async () => {
    const h = await withPlan();
    h.clock.now = new Date('2026-12-01T17:00:00Z');
    const noted = text(await h.say(ida, 'knee hurts a bit, 3/10'));
    expect(noted).toMatch(/knee pain 3\/10/);
    expect(noted).not.toMatch(/effort/);
    const fb = h.store.feedback.all(ida.id);
    expect(fb).toHaveLength(1);
    expect(fb[0]).toMatchObject({ rpe: null, painLocation: 'knee', painSeverity: 3 });

    h.clock.now = new Date('2026-12-02T17:00:00Z');
    const niggle = text(await h.say(ida, 'ran 4k in 25:00'));
    expect(niggle).toMatch(/How did your knee \(3\/10\) feel on this run\?/);
    // Wednesday is also a rest day: both are asked, briefly.
    expect(niggle).toMatch(/Wed 2 Dec was a rest day/);

    await h.say(ida, 'my knee hurts, 6/10');
    expect(h.store.users.get(ida.id)?.health).toMatchObject({ kind: 'hold', severity: 6 });
    h.clock.now = new Date('2026-12-03T17:00:00Z');
    const held = text(await h.say(ida, 'ran 3k in 20:00'));
    expect(held).toMatch(/so running is on hold\. Did it hurt on this run\?/);
    // The export keeps a missing effort missing.
    const exported = text(await h.say(ida, '/export'));
    expect(exported).not.toBe('');
    expect(h.store.feedback.all(ida.id).every((f) => f.rpe === null)).toBe(true);
  });

  it('a run on a normal training day gets no check-in', async () => {
    const h = await withPlan();
    h.clock.now = new Date('2026-12-01T17:00:00Z');
    const reply = text(await h.say(ida, 'ran 7k in 42:00'));
    expect(reply).toMatch(/That covers/);
    expect(reply).not.toMatch(/rest day|ill|hurt|on hold/);
  });
});
