/**
 * Heart rate (issue 13): the runner tells their max and resting heart rate in words, the profile keeps them, the
 * workout card shows its heart-rate range beside the paces, and the heart-rate answer gives the zones.
 */
import { describe, expect, it } from 'vitest';
import { exportUser } from '../../src/coach/export.ts';
import { callTool } from '../../src/coach/tools/index.ts';
import { silentLogger } from '../../src/log.ts';
import { karvonen } from '../../src/training/zones/heart-rate.ts';
import { startHarness, text } from '../helpers/bot-harness.ts';

const eva = { id: 3023, first_name: 'Eva' };

describe('heart rate', () => {
  it('is told in words, shown with zones, on the workout card and in the heart-rate answer', async () => {
    const h = await startHarness({ now: '2026-11-30T08:00:00Z' });
    await h.say(eva, '/start');
    h.store.users.update(eva.id, { timezone: 'Europe/Berlin' });
    await h.say(eva, 'half marathon on March 14, 4 days a week, about 30 km, long runs on Sunday');
    const before = text(await h.say(eva, 'what are my heart rate zones?'));
    expect(before).toMatch(/I coach by pace and effort/);

    const saved = text(await h.say(eva, 'my max HR is 188, resting 52'));
    const user = h.store.users.get(eva.id);
    expect(user?.maxHr).toBe(188);
    expect(user?.restingHr).toBe(52);
    // Easy at 59–74 % of the reserve: 52 + 0.59 × 136 = 132.2, 52 + 0.74 × 136 = 152.6.
    expect(Math.round(karvonen(188, 52, 0.59))).toBe(132);
    expect(saved).toMatch(/Easy and long: 132–153 bpm/);

    const zones = text(await h.say(eva, 'what are my heart rate zones?'));
    expect(zones).toMatch(/heart-rate reserve \(Karvonen\)/);
    expect(zones).toMatch(/Threshold: 165–172 bpm/);

    const today = h.store.plans.workoutsBetween(eva.id, '2026-11-30', '2026-12-06').find((w) => w.type === 'easy');
    if (!today) throw new Error('no easy run in week 1');
    h.clock.now = new Date(`${today.date}T07:00:00Z`);
    const card = text(await h.say(eva, '/today'));
    expect(card).toMatch(/Heart rate 132–153 bpm/);

    const exported = exportUser(h.store, eva.id);
    expect(exported?.user).toMatchObject({ maxHr: 188, restingHr: 52, lthrHr: null });
    const ctx = { userId: eva.id, store: h.store, now: () => h.clock.now, log: silentLogger };
    const profile = callTool(ctx, 'get_profile', {}).result;
    expect(profile.ok && profile.data.profile.maxHr).toBe(188);
  });

  it('refuses implausible numbers with a clear answer and keeps what was stored', async () => {
    const h = await startHarness({ now: '2026-11-30T08:00:00Z' });
    await h.say(eva, '/start');
    const ctx = { userId: eva.id, store: h.store, now: () => h.clock.now, log: silentLogger };
    expect(callTool(ctx, 'update_profile', { maxHr: 190, restingHr: 50 }).result.ok).toBe(true);
    const typo = callTool(ctx, 'update_profile', { maxHr: 1880 }).result;
    expect(typo.ok).toBe(false);
    if (!typo.ok) expect(typo.error).toMatch(/over 230 bpm is not plausible/);
    const close = callTool(ctx, 'update_profile', { restingHr: 95, maxHr: 120 }).result;
    expect(close.ok).toBe(false);
    if (!close.ok) expect(close.error).toMatch(/too close/);
    expect(h.store.users.get(eva.id)).toMatchObject({ maxHr: 190, restingHr: 50 });
    const words = text(await h.say(eva, 'my max heart rate is 1880'));
    expect(words).toMatch(/not plausible/);
    expect(h.store.users.get(eva.id)?.maxHr).toBe(190);
  });
});
