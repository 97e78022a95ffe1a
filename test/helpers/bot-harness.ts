/**
 * A real runcoach bot (createRuncoachBot, grammY runner) against the local Bot API server on 127.0.0.1, with a
 * real SQLite file and a settable clock. What a runner would do in Telegram, tests do here.
 */
import { type RunnerHandle, run } from '@grammyjs/runner';
import { afterEach } from 'vitest';
import { DEFAULT_TOKEN, LocalBotApi } from '../../local-bot-api/index.ts';
import type { StoredMessage } from '../../local-bot-api/types.ts';
import { type AppDeps, createRuncoachBot } from '../../src/app.ts';
import { registerCommands } from '../../src/bot/bot.ts';
import { parseConfig } from '../../src/config.ts';
import type { Store } from '../../src/db/store/index.ts';
import { silentLogger } from '../../src/log.ts';
import { tempStore } from './tmp.ts';

export interface Runner {
  id: number;
  first_name: string;
  username?: string;
  /** Telegram's language tag for the runner ("ru", "en-US"). */
  language_code?: string;
}

export interface Harness {
  api: LocalBotApi;
  store: Store;
  /** The SQLite file behind `store`. */
  dbPath: string;
  clock: { now: Date };
  /** Sends text as the runner and returns the bot's messages that answered it. */
  say(user: Runner, text: string): Promise<StoredMessage[]>;
  /** Presses the button with this label on the bot's latest message that has it. */
  press(user: Runner, label: string | RegExp): Promise<{ answer: string | undefined; messages: StoredMessage[] }>;
  pressData(
    user: Runner,
    messageId: number,
    data: string,
  ): Promise<{ answer: string | undefined; messages: StoredMessage[] }>;
  /** Does something else as the runner (a voice note, a photo...) and returns the bot's messages that answered it. */
  act(user: Runner, send: (api: LocalBotApi) => void): Promise<StoredMessage[]>;
  /** Sets up a runner through the store (time zone etc.) after /start. */
  stop(): Promise<void>;
}

const running: Harness[] = [];
afterEach(async () => {
  while (running.length) await running.pop()?.stop();
});

/** `store`, `clock` and `strava` share another bench's (the Strava bench: its fake Strava, store and clock). */
export interface HarnessOptions {
  now?: string;
  env?: Record<string, string>;
  store?: { store: Store; path: string };
  clock?: { now: Date };
  strava?: AppDeps['strava'];
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const api = new LocalBotApi({ token: DEFAULT_TOKEN });
  const { apiRoot } = await api.start();
  const { store, path: dbPath } = options.store ?? tempStore();
  const clock = options.clock ?? { now: new Date(options.now ?? '2026-12-01T09:00:00Z') };
  const config = parseConfig({ TELEGRAM_BOT_TOKEN: DEFAULT_TOKEN, TELEGRAM_API_ROOT: apiRoot, ...options.env });
  const { bot } = createRuncoachBot({
    config,
    store,
    log: silentLogger,
    now: () => clock.now,
    botInfo: api.botInfo,
    ...(options.strava ? { strava: options.strava } : {}),
  });
  await registerCommands(bot);
  // Count finished updates, so that "say, then read the answer" waits for the handler, not for a quiet spell.
  let handled = 0;
  const handleUpdate = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (...args: Parameters<typeof handleUpdate>) => {
    try {
      return await handleUpdate(...args);
    } finally {
      handled++;
    }
  };
  const handle: RunnerHandle = run(bot);

  const collect = async (chatId: number, sinceSeq: number, expected: number) => {
    const deadline = Date.now() + 15_000;
    while (handled < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    await api.waitForIdle({ quietMs: 20, timeoutMs: 10_000 });
    return api.messageEvents
      .filter(
        (e) => e.seq > sinceSeq && e.message.chatId === chatId && e.message.from === 'bot' && e.type !== 'deleted',
      )
      .map((e) => e.message);
  };

  const harness: Harness = {
    api,
    store,
    dbPath,
    clock,
    async say(user, text) {
      const since = api.seq;
      const expected = handled + 1;
      if (text.startsWith('/')) {
        const [cmd, ...rest] = text.slice(1).split(' ');
        api.sendCommand(user, cmd ?? '', rest.length ? rest.join(' ') : undefined);
      } else {
        api.sendText(user, text);
      }
      return collect(user.id, since, expected);
    },
    async act(user, send) {
      const since = api.seq;
      const expected = handled + 1;
      send(api);
      return collect(user.id, since, expected);
    },
    async press(user, label) {
      const since = api.seq;
      const expected = handled + 1;
      const queryId = api.clickButton(user.id, label, user);
      const answer = await api.waitForCallbackAnswer(queryId, 10_000);
      return { answer: answer.text, messages: await collect(user.id, since, expected) };
    },
    async pressData(user, messageId, data) {
      const since = api.seq;
      const expected = handled + 1;
      const queryId = api.pressButton(user.id, messageId, data, user);
      const answer = await api.waitForCallbackAnswer(queryId, 10_000);
      return { answer: answer.text, messages: await collect(user.id, since, expected) };
    },
    async stop() {
      await handle.stop().catch(() => undefined);
      await api.stop();
    },
  };
  running.push(harness);
  return harness;
}

export const text = (messages: StoredMessage[]) => messages.map((m) => m.text).join('\n---\n');
