import { describe, expect, it } from 'vitest';
import { exportSchema } from '../../src/coach/export.ts';
import { startHarness, text } from '../helpers/bot-harness.ts';

const cleo = { id: 3003, first_name: 'Cleo' };

describe('settings', () => {
  it('changes settings in words and with buttons', async () => {
    const h = await startHarness();
    await h.say(cleo, '/start');
    expect(text(await h.say(cleo, "I'm in Berlin"))).toMatch(/Europe\/Berlin/);
    expect(text(await h.say(cleo, 'wake me at 6:15'))).toMatch(/06:15/);
    expect(text(await h.say(cleo, 'use miles'))).toMatch(/miles/);
    await h.say(cleo, '/settings');
    await h.press(cleo, 'Days per week');
    await h.press(cleo, '5');
    await h.say(cleo, '/settings');
    await h.press(cleo, 'Long-run day');
    await h.press(cleo, 'Sat');
    expect(h.store.users.get(cleo.id)).toMatchObject({
      timezone: 'Europe/Berlin',
      morningTime: '06:15',
      units: 'mi',
      daysPerWeek: 5,
      longRunDay: 'sat',
    });
  });
});

describe('data rights', () => {
  it('/export sends the export JSON of contracts.md as a document', async () => {
    const h = await startHarness();
    await h.say(cleo, '/start');
    await h.say(cleo, '5k on January 31, 3 days a week, 15 km');
    await h.say(cleo, '/log 5k 30:00');
    const reply = await h.say(cleo, '/export');
    const doc = reply.find((m) => m.kind === 'document');
    expect(doc?.file?.filename).toBe(`runcoach-export-${cleo.id}.json`);
    const json = JSON.parse(Buffer.from(doc?.file?.bytes ?? []).toString('utf8'));
    expect(exportSchema.safeParse(json).success).toBe(true);
    expect(json.user.telegramId).toBe(cleo.id);
    expect(json.plan.goal.distance).toBe('5k');
    expect(json.runs).toHaveLength(1);
  });

  it('/delete asks first; "keep" keeps, "yes" deletes everything', async () => {
    const h = await startHarness();
    await h.say(cleo, '/start');
    await h.say(cleo, '/log 5k 30:00');
    await h.say(cleo, '/delete');
    await h.press(cleo, 'Keep my data');
    expect(h.store.users.get(cleo.id)).toBeDefined();
    await h.say(cleo, '/delete');
    const yes = await h.press(cleo, 'Yes, delete everything');
    expect(text(yes.messages)).toMatch(/deleted/);
    expect(h.store.users.get(cleo.id)).toBeUndefined();
    expect(h.store.runs.all(cleo.id)).toEqual([]);
  });
});
