import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callTool } from '../../src/coach/tools/index.ts';
import { openDatabase } from '../../src/db/client.ts';
import { createStore } from '../../src/db/store/index.ts';
import { silentLogger } from '../../src/log.ts';
import { cli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

function seedRunner(path: string): void {
  const store = createStore(openDatabase(path));
  const ctx = { userId: 42, store, now: () => new Date('2026-12-02T18:00:00Z'), log: silentLogger };
  store.users.upsert({ telegramId: 42, chatId: 42, name: 'Ana' }, { timezone: 'Europe/Berlin' });
  expect(callTool(ctx, 'update_profile', { recentRace: { distance: '10k', time: '48:30' } }).result.ok).toBe(true);
  expect(
    callTool(ctx, 'create_plan', { goal: 'half', raceDate: '2027-03-14', weeklyKm: 30, daysPerWeek: 4 }).result.ok,
  ).toBe(true);
  store.runs.insert({
    userId: 42,
    date: '2026-12-01',
    distanceKm: 8,
    durationSec: 2700,
    source: 'manual',
    externalId: 'm1',
    rpe: 5,
  });
  store.feedback.insert({
    userId: 42,
    date: '2026-12-01',
    rpe: 5,
    feeling: 'good',
    painLocation: 'calf',
    painSeverity: 2,
  });
  store.close();
}

describe('cli export and import', () => {
  it('export prints the export JSON; import restores it exactly into another database', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.db');
    seedRunner(a);
    const exported = await cli(['export', '--telegram-id', '42'], { DATABASE_PATH: a });
    expect(exported.code).toBe(0);
    const doc = JSON.parse(exported.stdout);
    expect(doc).toMatchObject({
      version: 1,
      user: { telegramId: 42, timezone: 'Europe/Berlin' },
      strava: { connected: false },
    });
    expect(doc.plan.goal.distance).toBe('half');
    expect(doc.runs).toHaveLength(1);
    expect(doc.feedback[0].pain).toEqual({ location: 'calf', severity: 2 });
    const file = join(dir, 'export.json');
    writeFileSync(file, exported.stdout);

    const b = join(dir, 'b.db');
    const imported = await cli(['import', file], { DATABASE_PATH: b });
    expect(imported.code).toBe(0);
    const again = await cli(['export', '--telegram-id', '42'], { DATABASE_PATH: b });
    expect(JSON.parse(again.stdout)).toEqual(doc);
  });

  it('import refuses to overwrite without --force, and accepts with it', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.db');
    seedRunner(a);
    const file = join(dir, 'export.json');
    writeFileSync(file, (await cli(['export', '--telegram-id', '42'], { DATABASE_PATH: a })).stdout);
    const refused = await cli(['import', file], { DATABASE_PATH: a });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--force/);
    expect((await cli(['import', file, '--force'], { DATABASE_PATH: a })).code).toBe(0);
  });

  it('bad input: unknown runner (1), bad id (2), missing or malformed file (2)', async () => {
    const dir = tempDir();
    const env = { DATABASE_PATH: join(dir, 'x.db') };
    expect((await cli(['export', '--telegram-id', '9'], env)).code).toBe(1);
    expect((await cli(['export', '--telegram-id', 'abc'], env)).code).toBe(2);
    expect((await cli(['export'], env)).code).toBe(2);
    expect((await cli(['import', join(dir, 'nope.json')], env)).code).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: 1, user: { telegramId: 'x' } }));
    const r = await cli(['import', bad], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a runcoach export/);
  });
});

describe('export covers the conversation', () => {
  it('exports the text of the coach conversation and imports it back', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.db');
    seedRunner(a);
    const store = createStore(openDatabase(a));
    store.history.append(42, 'user', { role: 'user', parts: [{ text: 'how was my week?' }] });
    store.history.append(42, 'model', {
      role: 'model',
      parts: [{ text: 'Four runs, all done.' }, { functionCall: {} }],
    });
    store.close();
    const doc = JSON.parse((await cli(['export', '--telegram-id', '42'], { DATABASE_PATH: a })).stdout);
    expect(doc.conversation.map((c: { text: string }) => c.text)).toEqual(['how was my week?', 'Four runs, all done.']);
    const file = join(dir, 'export.json');
    writeFileSync(file, JSON.stringify(doc));
    const b = join(dir, 'b.db');
    expect((await cli(['import', file], { DATABASE_PATH: b })).code).toBe(0);
    const again = JSON.parse((await cli(['export', '--telegram-id', '42'], { DATABASE_PATH: b })).stdout);
    expect(again.conversation.map((c: { text: string }) => c.text)).toEqual([
      'how was my week?',
      'Four runs, all done.',
    ]);
  });
});
