/** Telegram conventions (issue 14): varied, warm, short confirmations, chosen deterministically; dates as runners write them. */
import { describe, expect, it } from 'vitest';
import { EFFORT_FITS, pick, SAVED } from '../../src/coach/replies/variety.ts';
import { startHarness, text } from '../helpers/bot-harness.ts';

const max = { id: 5005, first_name: 'Max' };

describe('confirmations', () => {
  it('are chosen by the event: the same event reads the same, different events read differently', () => {
    expect(pick(SAVED, ['timezone'])).toBe(pick(SAVED, ['timezone']));
    const seen = new Set(
      Array.from({ length: 20 }, (_, i) => pick(EFFORT_FITS, { date: `2026-12-${10 + i}`, rpe: 4 })),
    );
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });

  it('settings changed in a row are not "Saved. ✔️" every time', async () => {
    const h = await startHarness({ now: '2026-12-01T09:00:00Z' });
    await h.say(max, '/start');
    const firsts: string[] = [];
    for (const say of ['wake me at 6:30', 'check in at 20:30', 'use miles', "I'm in Lisbon", 'call me Maxi']) {
      const reply = text(await h.say(max, say));
      expect(reply, say).not.toMatch(/Saved\. ✔️/);
      firsts.push(reply.split('\n')[0] ?? '');
    }
    expect(new Set(firsts).size).toBeGreaterThan(1);
    expect(h.store.users.get(max.id)).toMatchObject({ morningTime: '06:30', timezone: 'Europe/Lisbon', units: 'mi' });
  });

  it('errors name days as runners do, never as ISO dates', async () => {
    const h = await startHarness({ now: '2026-12-01T09:00:00Z' });
    await h.say(max, '/start');
    const reply = text(await h.say(max, '/log 5k 25:00 tomorrow'));
    expect(reply).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
