/**
 * Rule 5 on logged runs (issue 13, Frandsen et al. 2025): through the local Bot API, a run more than 10 % longer
 * than the longest of the 30 days before gets a one-sentence note with its numbers, and the next days are eased;
 * a run within the line changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { callTool } from '../../src/coach/tools/index.ts';
import { silentLogger } from '../../src/log.ts';
import { isHardType } from '../../src/training/types.ts';
import { type Harness, startHarness, text } from '../helpers/bot-harness.ts';

const eva = { id: 3013, first_name: 'Eva' };

/** Eva's half plan from Monday 30 Nov 2026 (Berlin), two runs logged in November; Thursday 3 Dec, evening. */
async function evaWithHistory(): Promise<Harness> {
  const h = await startHarness({ now: '2026-11-30T08:00:00Z' });
  await h.say(eva, '/start');
  h.store.users.update(eva.id, { timezone: 'Europe/Berlin' });
  await h.say(eva, 'half marathon on March 14, 4 days a week, about 30 km, long runs on Sunday');
  const ctx = { userId: eva.id, store: h.store, now: () => h.clock.now, log: silentLogger };
  for (const [date, km, duration] of [
    ['2026-11-10', 8, '48:00'],
    ['2026-11-15', 10, '1:01:00'],
  ] as const) {
    expect(callTool(ctx, 'log_run', { date, distanceKm: km, duration, rpe: 3 }).result.ok).toBe(true);
  }
  h.clock.now = new Date('2026-12-03T19:00:00Z');
  return h;
}

const next3 = (h: Harness) => h.store.plans.workoutsBetween(eva.id, '2026-12-04', '2026-12-06');

describe('a single-run spike on a logged run', () => {
  it('is named in the reply with its numbers and eases the next three days', async () => {
    const h = await evaWithHistory();
    const before = next3(h).filter((w) => w.status === 'planned');
    expect(before.length).toBeGreaterThan(0);
    const reply = text(await h.say(eva, '/log 14k 1:26:00'));
    // 14 km against a longest of 10 km in the 30 days before: 40 % longer.
    expect(reply).toMatch(/14 km is 40 % longer than your longest run of the previous 30 days \(10 km\)/);
    expect(reply).toMatch(/eased the next days/);
    const after = next3(h);
    for (const w of before) {
      const now = after.find((x) => x.date === w.date);
      if (!now || now.status === 'skipped') continue;
      expect(now.distanceKm).toBeLessThan(w.distanceKm);
      expect(isHardType(now.type)).toBe(false);
    }
    // Nothing after the three days changed.
    const later = (x: Harness) =>
      x.store.plans.workoutsBetween(eva.id, '2026-12-07', '2026-12-20').map((w) => [w.date, w.type, w.distanceKm]);
    const fresh = await evaWithHistory();
    expect(later(h)).toEqual(later(fresh));
  });

  it('a run within the line gets no note and changes nothing', async () => {
    const h = await evaWithHistory();
    const before = next3(h).map((w) => [w.date, w.type, w.distanceKm]);
    const reply = text(await h.say(eva, '/log 11k 1:06:00'));
    expect(reply).toMatch(/Logged: 11 km/);
    expect(reply).not.toMatch(/longer than your longest/);
    expect(next3(h).map((w) => [w.date, w.type, w.distanceKm])).toEqual(before);
  });
});
