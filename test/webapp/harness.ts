/**
 * The Mini App server as the service mounts it (createHttpApp + createWebAppRouter) on 127.0.0.1:0, a real
 * SQLite store with a runner and an 18-week plan, and signed initData for that runner.
 */
import { afterEach } from 'vitest';
import type { Store } from '../../src/db/store/index.ts';
import type { WebAppDeps } from '../../src/webapp/router.ts';
import { tempStore } from '../helpers/tmp.ts';
import { seedRunner, serveWebApp } from './server.ts';

export { BOT_TOKEN, RUNNER } from './server.ts';

export interface WebAppHarness {
  url: string;
  store: Store;
  clock: { now: Date };
  /** A fresh, correctly signed initData for a Telegram user. */
  initData(user?: { id: number; first_name?: string }, authDate?: number): string;
  fetch(path: string, init?: RequestInit & { auth?: string | null }): Promise<Response>;
}

const servers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (servers.length) await servers.pop()?.();
});

export async function startWebApp(
  options: { now?: Date; seed?: boolean; deps?: Partial<WebAppDeps>; rateLimitPerMinute?: number } = {},
): Promise<WebAppHarness> {
  const { store } = tempStore();
  const clock = { now: options.now ?? new Date() };
  if (options.seed ?? true) seedRunner(store, clock.now);
  const running = await serveWebApp(store, clock, options);
  servers.push(running.close);
  const { url, initData } = running;
  return {
    url,
    store,
    clock,
    initData,
    fetch(path, init = {}) {
      const { auth, headers, ...rest } = init;
      const h = new Headers(headers);
      const value = auth === undefined ? `tma ${initData()}` : auth;
      if (value !== null) h.set('Authorization', value);
      if (rest.body !== undefined && !h.has('Content-Type')) h.set('Content-Type', 'application/json');
      return fetch(`${url}${path}`, { ...rest, headers: h });
    },
  };
}

/** Whether the engine's adaptation (skip, move) and progress are wired yet (src/coach/engine.ts). */
