import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { webhookCallback } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { alice, bob, type Harness, startHarness, stopHarness } from './helpers.ts';

let h: Harness | undefined;
let server: Server | undefined;

afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
  if (h) await stopHarness(h);
  h = undefined;
});

async function listen(app: express.Express): Promise<string> {
  server = app.listen(0, '127.0.0.1');
  await new Promise<void>((r) => server!.once('listening', () => r()));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

describe('LocalBotApi webhook mode', () => {
  it('POSTs updates to the webhook with the secret header instead of queueing them', async () => {
    h = await startHarness();
    const seenSecrets: (string | undefined)[] = [];
    h.bot.on('message:text', (ctx) => ctx.reply(`hook: ${ctx.message.text}`));
    const app = express();
    app.use((req, _res, next) => {
      seenSecrets.push(req.header('x-telegram-bot-api-secret-token'));
      next();
    });
    app.post('/telegram/webhook', express.json(), webhookCallback(h.bot, 'express', { secretToken: 's3cr3t' }));
    const base = await listen(app);

    h.api.sendText(alice, 'before'); // queued before the webhook is set: delivered to it
    await h.bot.api.setWebhook(`${base}/telegram/webhook`, { secret_token: 's3cr3t' });
    h.api.sendText(bob, 'after');
    expect((await h.api.waitForMessage(alice.id, 'hook')).text).toBe('hook: before');
    expect((await h.api.waitForMessage(bob.id, 'hook')).text).toBe('hook: after');
    expect(seenSecrets).toEqual(['s3cr3t', 's3cr3t']);
    await h.api.waitForIdle();

    const info = await h.bot.api.getWebhookInfo();
    expect(info).toMatchObject({ url: `${base}/telegram/webhook`, pending_update_count: 0 });
    await expect(h.bot.api.getUpdates()).rejects.toThrow(/can't use getUpdates method while webhook is active/);

    await h.bot.api.deleteWebhook();
    h.api.sendText(alice, 'polled');
    const updates = await h.bot.api.getUpdates({ timeout: 0 });
    expect(updates.map((u) => u.message?.text)).toEqual(['polled']);
  });

  it('retries failing webhook deliveries and reports the last error', async () => {
    h = await startHarness({ webhookRetryMs: 20 });
    let failures = 2;
    const got: string[] = [];
    const app = express();
    app.post('/hook', express.json(), (req, res) => {
      if (failures-- > 0) {
        res.status(500).end();
        return;
      }
      got.push(req.body.message.text);
      res.json({ method: 'sendMessage', chat_id: req.body.message.chat.id, text: 'webhook reply' });
    });
    const base = await listen(app);
    await h.bot.api.setWebhook(`${base}/hook`);
    h.api.sendText(alice, 'one');
    h.api.sendText(alice, 'two');
    expect((await h.api.waitForMessage(alice.id, 'webhook reply', 5000)).text).toBe('webhook reply');
    await h.api.waitForIdle();
    expect(got).toEqual(['one', 'two']); // order kept per chat
    const info = await h.bot.api.getWebhookInfo();
    expect(info.last_error_message).toMatch(/500/);
  });

  it('rejects a secret token with bad characters', async () => {
    h = await startHarness();
    await expect(h.bot.api.setWebhook('http://127.0.0.1:1/x', { secret_token: 'bad token!' })).rejects.toThrow(
      /secret token contains unallowed characters/,
    );
  });
});
