import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, LocalBotApi } from '../../local-bot-api/index.ts';
import { createRuncoachBot } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { createHttpApp, listen } from '../../src/http/server.ts';
import { createTelegramWebhookRouter } from '../../src/http/telegram-webhook.ts';
import { createLogger } from '../../src/log.ts';
import { tempStore } from '../helpers/tmp.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, log: createLogger('debug', stream) };
}

describe('errors while handling an update', () => {
  it('webhook mode: the runner gets the apology, Telegram gets 200, the log holds no token or key', async () => {
    const api = new LocalBotApi({ token: DEFAULT_TOKEN });
    const { apiRoot } = await api.start();
    const { store } = tempStore();
    const { lines, log } = capture();
    const config = parseConfig({
      TELEGRAM_BOT_TOKEN: DEFAULT_TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      GEMINI_API_KEY: 'gemini-secret-key-123',
    });
    const { bot } = createRuncoachBot({ config, store, log, botInfo: api.botInfo });
    const router = createTelegramWebhookRouter(bot, { secretToken: 'hook-secret', timeoutMs: 5000 });
    const server = await listen(createHttpApp({ store, log, routers: [router] }), 0, '127.0.0.1');
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram/webhook`;
      // The first answer fails with a 400 Telegram will not retry (auto-retry leaves it): the handler throws.
      api.failNext('sendMessage', { error_code: 400, description: 'Bad Request: chat not found' });
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'hook-secret' },
        body: JSON.stringify({
          update_id: 1,
          message: {
            message_id: 1,
            date: 1,
            chat: { id: 77, type: 'private', first_name: 'Ana' },
            from: { id: 77, is_bot: false, first_name: 'Ana' },
            text: '/help',
            entities: [{ type: 'bot_command', offset: 0, length: 5 }],
          },
        }),
      });
      expect(res.status).toBe(200);
      const apology = await api.waitFor((m) => m.chatId === 77 && /Sorry/.test(m.text), 5000, { since: 0 });
      expect(apology.text).toMatch(/Sorry, something went wrong/);
      // It cannot know what was saved before the failure, so it does not claim that nothing was lost.
      expect(apology.text).not.toMatch(/lost/);
      const all = lines.join('');
      expect(all).toMatch(/update failed/);
      expect(all).not.toContain(DEFAULT_TOKEN);
      expect(all).not.toContain(DEFAULT_TOKEN.split(':')[1]);
      expect(all).not.toContain('gemini-secret-key-123');
    } finally {
      await new Promise((r) => server.close(r));
      await api.stop();
    }
  });

  it('the logger drops a BotError context and scrubs nested secrets', () => {
    const { lines, log } = capture();
    const botError = Object.assign(new Error('wrapped'), {
      ctx: { api: { token: DEFAULT_TOKEN } },
      error: Object.assign(new Error(`call to https://api.telegram.org/bot${DEFAULT_TOKEN}/sendMessage failed`), {
        details: { token: 'x', nested: { url: `https://x/bot${DEFAULT_TOKEN}/getMe` } },
      }),
    });
    log.error({ err: botError }, 'boom');
    const all = lines.join('');
    expect(all).toMatch(/sendMessage failed/);
    expect(all).not.toContain(DEFAULT_TOKEN.split(':')[1]);
  });
});
