/** A Gemini coach wired to the fake Gemini server and a real temp SQLite store, with a settable clock. */
import { Writable } from 'node:stream';
import { afterEach } from 'vitest';
import { GeminiCoach, type GeminiCoachOptions } from '../../../src/coach/gemini/index.ts';
import type { CoachContext } from '../../../src/coach/types.ts';
import type { Store } from '../../../src/db/store/index.ts';
import { createLogger, type Logger } from '../../../src/log.ts';
import { FakeGemini } from '../../fakes/gemini-server.ts';
import { tempStore } from '../../helpers/tmp.ts';

export const RUNNER = 1001;
export const API_KEY = 'AIzaFAKE-test-key-0123456789';

const fakes: FakeGemini[] = [];
afterEach(async () => {
  while (fakes.length) await fakes.pop()?.stop();
});

export interface Setup {
  fake: FakeGemini;
  baseUrl: string;
  store: Store;
  path: string;
  clock: { now: Date };
  logs: Record<string, unknown>[];
  log: Logger;
  coach: GeminiCoach;
  makeCoach(overrides?: Partial<GeminiCoachOptions>): GeminiCoach;
  ctx(userId?: number, store?: Store): CoachContext;
}

export async function setup(options: Partial<GeminiCoachOptions> & { now?: string } = {}): Promise<Setup> {
  const fake = new FakeGemini();
  fakes.push(fake);
  const { baseUrl } = await fake.start();
  const { store, path } = tempStore();
  // Tuesday 1 December 2026, 10:00 in Berlin.
  const clock = { now: new Date(options.now ?? '2026-12-01T09:00:00Z') };
  store.users.upsert(
    { telegramId: RUNNER, chatId: RUNNER, name: 'Ana', languageCode: 'en' },
    { timezone: 'Europe/Berlin', onboarded: true, weeklyKm: 30 },
  );
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const log = createLogger('debug', sink);
  const makeCoach = (overrides: Partial<GeminiCoachOptions> = {}) =>
    new GeminiCoach({
      apiKey: API_KEY,
      model: 'gemini-test',
      baseUrl,
      timeoutMs: 5000,
      dailyTurns: 100,
      maxMessageChars: 4000,
      ...options,
      ...overrides,
    });
  return {
    fake,
    baseUrl,
    store,
    path,
    clock,
    logs,
    log,
    coach: makeCoach(),
    makeCoach,
    ctx: (userId = RUNNER, s = store) => ({ userId, store: s, now: () => clock.now, log }),
  };
}

/** Every text of a reply, tags included. */
export function htmlOf(reply: { messages: { html: string }[] }): string {
  return reply.messages.map((m) => m.html).join('\n---\n');
}
