/**
 * Replies to runners retry briefly and then give up: a lost connection or a 5xx a few times, a 429 that asks for
 * a short wait. Telegram unreachable for longer must not hold the chat (its later messages queue behind the one
 * in hand) for minutes, as an unbounded retry did. Scheduled messages are the outbox's (their own retries).
 */
import { describe, expect, it } from 'vitest';
import { startHarness, text } from '../helpers/bot-harness.ts';

describe('interactive replies when Telegram fails', () => {
  it('a lost connection is retried and the reply arrives once', async () => {
    const h = await startHarness();
    const ana = { id: 5101, first_name: 'Ana' };
    await h.say(ana, '/start');
    h.api.dropNext('sendMessage', 2);
    expect(text(await h.say(ana, '/help'))).toMatch(/\S/);
    expect(h.api.calls.filter((c) => c.method === 'sendMessage' && c.errorCode === 599)).toHaveLength(2);
  });

  it('a short 429 is waited out; a long one is not waited for', async () => {
    const h = await startHarness();
    const ana = { id: 5102, first_name: 'Ana' };
    await h.say(ana, '/start');
    h.api.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 });
    const t0 = Date.now();
    expect(text(await h.say(ana, '/help'))).toMatch(/\S/);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    h.api.failNext(
      'sendMessage',
      { error_code: 429, description: 'Too Many Requests: retry after 300', retry_after: 300 },
      2,
    );
    const t1 = Date.now();
    await h.say(ana, '/help');
    expect(Date.now() - t1).toBeLessThan(5000);
  });

  it('Telegram unreachable for longer: the reply gives up within seconds, and the next message is answered', async () => {
    const h = await startHarness();
    const ana = { id: 5103, first_name: 'Ana' };
    await h.say(ana, '/start');
    h.api.dropNext('sendMessage', 8);
    const t0 = Date.now();
    await h.say(ana, '/help');
    const gaveUpMs = Date.now() - t0;
    expect(gaveUpMs).toBeLessThan(8000);
    const t1 = Date.now();
    expect(text(await h.say(ana, '/today'))).toMatch(/\S/);
    expect(Date.now() - t1).toBeLessThan(3000);
  }, 30_000);
});
