/**
 * The operator's first start: every problem is one clear line (what, and what to do), `/healthz` comes up before
 * the bot, Telegram being unreachable is waited out in the background, and a problem only the operator can fix
 * exits with code 2 (the README's systemd unit has RestartPreventExitStatus=2, so it is not restarted blindly).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, LocalBotApi } from '../../local-bot-api/index.ts';
import { openDatabase } from '../../src/db/client.ts';
import { makeReadOnly, tempDir } from '../helpers/tmp.ts';
import { freePort, onCleanup, serviceEnv, startBotApi, startService, until, workspace } from './harness.ts';

/** The lines a process printed that are not JSON log lines (what a person reads first). */
const plainLines = (log: string) =>
  log
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('{'))
    .map((l) => l.trim());

/** Starts the service, waits for it to exit, and checks it said one plain line, with no stack trace. */
async function failsWithOneLine(env: Record<string, string>): Promise<{ code: number | null; line: string }> {
  const service = startService(env);
  const code = await service.exited;
  const lines = plainLines(service.log());
  expect(lines, service.log()).toHaveLength(1);
  expect(service.log()).not.toMatch(/\n\s+at |GrammyError|SqliteError/);
  return { code, line: lines[0] ?? '' };
}

describe('npm start: the first start', () => {
  it('Telegram unreachable: one line within seconds, /healthz up first, and it connects once Telegram is back', async () => {
    const ws = await workspace();
    const telegramPort = await freePort();
    const apiRoot = `http://127.0.0.1:${telegramPort}`;
    const service = startService(serviceEnv({ apiRoot, dbPath: ws.dbPath, port: ws.port }));
    await until(
      () => /cannot reach Telegram/.test(service.log()),
      () => `a line saying Telegram is unreachable\n${service.log()}`,
      30_000,
    );
    // Said within seconds of start-up (tsx's start itself is slow on a loaded machine: timed from the first log line).
    const entries = service.entries();
    const listening = entries.find((e) => e.msg === 'http server listening');
    const said = entries.find((e) => /cannot reach Telegram/.test(String(e.msg)));
    expect(Number(said?.time) - Number(listening?.time)).toBeLessThan(5000);
    expect(entries.filter((e) => /cannot reach Telegram/.test(String(e.msg)))).toHaveLength(1);
    const health = await fetch(`${ws.publicUrl}/healthz`);
    expect(health.status).toBe(200);
    // Telegram comes back on the same address: the service connects by itself and answers runners.
    const api = new LocalBotApi({ token: DEFAULT_TOKEN, port: telegramPort });
    await api.start();
    onCleanup(() => api.stop());
    await until(
      () => api.isPolling,
      () => `long polling after Telegram came back\n${service.log()}`,
      40_000,
    );
    api.sendCommand({ id: 31, first_name: 'Ana' }, 'start');
    await api.waitForMessage(31, /running coach/, 10_000);
    expect(service.dead).toBe(false);
  }, 90_000);

  it('a token Telegram rejects (401): one line and exit 2, no stack', async () => {
    const { apiRoot } = await startBotApi({ token: '123456:right-token-right-token-right' });
    const ws = await workspace();
    const { code, line } = await failsWithOneLine(serviceEnv({ apiRoot, dbPath: ws.dbPath, port: ws.port }));
    expect(code).toBe(2);
    expect(line).toMatch(/TELEGRAM_BOT_TOKEN/);
    expect(line).toMatch(/BotFather/);
  }, 30_000);

  it('a data folder the service cannot write: one line naming DATABASE_PATH, exit 2', async () => {
    const { apiRoot } = await startBotApi();
    const dir = join(tempDir(), 'data');
    mkdirSync(dir);
    makeReadOnly(dir);
    const port = await freePort();
    const { code, line } = await failsWithOneLine(serviceEnv({ apiRoot, dbPath: join(dir, 'runcoach.db'), port }));
    expect(code).toBe(2);
    expect(line).toMatch(/DATABASE_PATH/);
    expect(line).toContain(dir);
  }, 30_000);

  it('a data path under a file: one line naming DATABASE_PATH, exit 2', async () => {
    const { apiRoot } = await startBotApi();
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const port = await freePort();
    const { code, line } = await failsWithOneLine(
      serviceEnv({ apiRoot, dbPath: join(file, 'data', 'runcoach.db'), port }),
    );
    expect(code).toBe(2);
    expect(line).toMatch(/DATABASE_PATH/);
  }, 30_000);

  it('a read-only database file: one line saying so, exit 2', async () => {
    const { apiRoot } = await startBotApi();
    const ws = await workspace();
    mkdirSync(dirname(ws.dbPath), { recursive: true });
    openDatabase(ws.dbPath, { migrate: true }).$client.close();
    makeReadOnly(ws.dbPath);
    const { code, line } = await failsWithOneLine(serviceEnv({ apiRoot, dbPath: ws.dbPath, port: ws.port }));
    expect(code).toBe(2);
    expect(line).toMatch(/read-only/);
    expect(line).toContain(ws.dbPath);
  }, 30_000);

  it('a bad CRON_SCHEDULE: one line naming it, exit 2', async () => {
    const ws = await workspace();
    const { code, line } = await failsWithOneLine(
      serviceEnv({
        apiRoot: 'http://127.0.0.1:9',
        dbPath: ws.dbPath,
        port: ws.port,
        extra: { CRON_SCHEDULE: 'every minute' },
      }),
    );
    expect(code).toBe(2);
    expect(line).toMatch(/^runcoach: configuration error: CRON_SCHEDULE/);
  }, 30_000);
});
