import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { LocalBotApi } from '../../local-bot-api/index.ts';
import type { LocalBotApiOptions } from '../../local-bot-api/types.ts';

export type Harness = { api: LocalBotApi; apiRoot: string; bot: Bot };

/** Starts a LocalBotApi and a real grammY bot pointed at it (not yet polling). */
export async function startHarness(options: LocalBotApiOptions = {}): Promise<Harness> {
  const api = new LocalBotApi(options);
  const { apiRoot } = await api.start();
  const bot = new Bot(api.token, { client: { apiRoot }, botInfo: api.botInfo as UserFromGetMe });
  return { api, apiRoot, bot };
}

/** bot.start() resolves only when polling stops; this starts it and waits for the first getUpdates. */
export async function startPolling(h: Harness): Promise<void> {
  await new Promise<void>((resolve) => {
    void h.bot.start({ onStart: () => resolve() });
  });
}

export async function stopHarness(h: Harness): Promise<void> {
  if (h.bot.isRunning()) await h.bot.stop();
  await h.api.stop();
}

export const alice = { id: 42, first_name: 'Alice', username: 'alice' };
export const bob = { id: 43, first_name: 'Bob', username: 'bob' };
