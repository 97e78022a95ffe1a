import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, LocalBotApi } from '../../local-bot-api/index.ts';
import { openDatabase } from '../../src/db/client.ts';
import { createStore } from '../../src/db/store/index.ts';
import { cli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

const servers: LocalBotApi[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()?.stop();
});

async function env() {
  const server = new LocalBotApi({ token: DEFAULT_TOKEN });
  const { apiRoot } = await server.start();
  servers.push(server);
  const vars = {
    DATABASE_PATH: join(tempDir(), 'runcoach.db'),
    TELEGRAM_BOT_TOKEN: DEFAULT_TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    TELEGRAM_RATE_PER_SEC: '100',
  };
  return { server, vars };
}

const SEED = [
  'seed',
  '--users',
  '3',
  '--first-id',
  '700',
  '--timezone',
  'Asia/Tokyo,Europe/Berlin,America/Los_Angeles',
];

describe('cli jobs run', () => {
  it('runs the morning as if the clock read --now, delivers it, and exits 0 when the outbox is drained', async () => {
    const { server, vars } = await env();
    const now = new Date('2026-11-30T12:00:00Z');
    expect((await cli([...SEED, '--start', '2026-11-30'], vars, now)).code).toBe(0);
    // 05:30Z is 06:30 in Berlin. Tokyo's 06:30 was 8 hours ago and Los Angeles' last one (30 Nov) 15 hours ago:
    // both are looked at (their stored instants are due) but past the catch-up window, so only Berlin is sent.
    const r = await cli(['jobs', 'run', 'morning', '--now', '2026-12-01T05:30:00Z'], vars);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ job: 'morning', ran: true, users: 3, enqueued: 1, sent: 1, pending: 0 });
    expect(server.botMessages(701)[0]?.text).toMatch(/Good morning, Runner 2!/);
    expect(server.botMessages(700)).toHaveLength(0);
    expect(server.botMessages(702)).toHaveLength(0);
    // The same command again sends nothing.
    const again = JSON.parse((await cli(['jobs', 'run', 'morning', '--now', '2026-12-01T05:30:00Z'], vars)).stdout);
    expect(again).toMatchObject({ ran: false, enqueued: 0, sent: 0 });
    expect(server.botMessages(701)).toHaveLength(1);
    // Los Angeles at its 06:30 (a time with an offset is fine too).
    const la = await cli(['jobs', 'run', 'morning', '--now', '2026-12-01T06:30:00-08:00'], vars);
    expect(JSON.parse(la.stdout)).toMatchObject({ enqueued: 1, sent: 1 });
    expect(server.botMessages(702)).toHaveLength(1);
  });

  it('retention runs and reports what it deleted', async () => {
    const { vars } = await env();
    const r = await cli(['jobs', 'run', 'retention', '--now', '2026-12-01T03:00:00Z'], vars);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ job: 'retention', ran: true, deleted: 0 });
  });

  it('a bad job name or a bad --now exits 2 with a clear message', async () => {
    const { vars } = await env();
    const bad = await cli(['jobs', 'run', 'lunch'], vars);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown job "lunch"/);
    for (const when of ['yesterday', '2026-13-01T00:00:00Z', '06:30']) {
      const r = await cli(['jobs', 'run', 'morning', '--now', when], vars);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--now must be an ISO-8601/);
    }
    expect((await cli(['jobs', 'run'], vars)).code).toBe(2);
  });

  it('without a bot token it exits 2 and says what to set', async () => {
    const r = await cli(['jobs', 'run', 'morning'], { DATABASE_PATH: join(tempDir(), 'x.db') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/TELEGRAM_BOT_TOKEN/);
  });

  it('exits 1 when messages are still pending at --timeout', async () => {
    const { server, vars } = await env();
    await cli([...SEED, '--start', '2026-11-30'], vars, new Date('2026-11-30T12:00:00Z'));
    server.failNext('sendMessage', { error_code: 500, description: 'Internal Server Error' }, 100);
    const r = await cli(['jobs', 'run', 'morning', '--now', '2026-12-01T05:30:00Z', '--timeout', '1'], vars);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ sent: 0, pending: 1 });
    const store = createStore(openDatabase(vars.DATABASE_PATH));
    expect(store.outbox.byKey('morning:701:2026-12-01')?.status).toBe('pending');
    store.close();
  });
});
