/** `npm start` as a child process for the end-to-end tests: its log, its exit, and polling until a condition holds. */
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { spawnEntry } from '../helpers/spawn.ts';

export type Cleanup = () => Promise<void> | void;

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `src/main.ts` with `env` over the test's environment; the child is killed by the cleanup it registers.
 * `withoutGemini` drops the GEMINI_* variables the developer's shell may carry, so "no key" means no key.
 */
export function startService(
  env: Record<string, string>,
  cleanups: Cleanup[],
  options: { withoutGemini?: boolean } = {},
): { child: ChildProcess; exited: Promise<number | null>; log: () => string } {
  const base = { ...process.env };
  if (options.withoutGemini) for (const key of Object.keys(base)) if (key.startsWith('GEMINI_')) delete base[key];
  const child = spawnEntry('src/main.ts', {
    env: { ...base, LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => {
    log += d;
  });
  child.stderr?.on('data', (d) => {
    log += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  cleanups.push(() => {
    child.kill('SIGKILL');
  });
  return { child, exited, log: () => log };
}

export async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
