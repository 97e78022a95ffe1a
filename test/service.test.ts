import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, LocalBotApi } from '../local-bot-api/index.ts';
import { spawnEntry } from './helpers/spawn.ts';
import { tempDir } from './helpers/tmp.ts';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

function start(env: Record<string, string>): ChildProcess {
  const child = spawnEntry('src/main.ts', {
    env: { ...process.env, GEMINI_API_KEY: '', LOG_LEVEL: 'warn', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

describe('npm start against a local Bot API server', () => {
  it('answers a runner with long polling, registers its commands, and stops cleanly on SIGTERM', async () => {
    const api = new LocalBotApi({ token: DEFAULT_TOKEN });
    const { apiRoot } = await api.start();
    const dir = tempDir();
    const child = start({
      TELEGRAM_BOT_TOKEN: DEFAULT_TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      DATABASE_PATH: join(dir, 'db.sqlite'),
    });
    let stderr = '';
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    const deadline = Date.now() + 20_000;
    while (!api.isPolling && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(api.isPolling).toBe(true);
    const user = { id: 77, first_name: 'Eve' };
    api.sendCommand(user, 'start');
    const welcome = await api.waitForMessage(77, /running coach/, 10_000);
    expect(welcome.text).toMatch(/Hi, Eve!/);
    api.sendText(user, '10k on March 7, 3 days a week, about 20 km');
    const plan = await api.waitForMessage(77, /plan is ready/, 10_000);
    expect(plan.text).toMatch(/10K plan is ready/);
    expect(api.myCommands().length).toBeGreaterThan(5);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).not.toMatch(/"level":50/);
    await api.stop();
  }, 60_000);

  it('a bad variable stops start-up with one line naming it (exit 2)', async () => {
    const child = start({ TELEGRAM_BOT_TOKEN: DEFAULT_TOKEN, PORT: 'eighty' });
    let stderr = '';
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/PORT/);
  }, 30_000);
});
