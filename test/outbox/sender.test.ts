import { Api } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, LocalBotApi } from '../../local-bot-api/index.ts';
import type { Store } from '../../src/db/store/index.ts';
import { silentLogger } from '../../src/log.ts';
import { outboxRows } from '../../src/outbox/payload.ts';
import { OutboxSender, type SenderOptions, type SendOutcome } from '../../src/outbox/sender.ts';
import { tempStore } from '../helpers/tmp.ts';
import { outbox, TINY_PNG } from '../jobs/helpers.ts';

const servers: LocalBotApi[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()?.stop();
});

async function setup(users: number, options: { recordCalls?: boolean } = {}) {
  const server = new LocalBotApi({ token: DEFAULT_TOKEN, ...options });
  const { apiRoot } = await server.start();
  servers.push(server);
  const { store } = tempStore();
  for (let i = 0; i < users; i++) store.users.upsert({ telegramId: 5000 + i, chatId: 5000 + i, name: `R${i}` });
  const api = new Api(DEFAULT_TOKEN, { apiRoot });
  const sender = (extra: Partial<SenderOptions> = {}) =>
    new OutboxSender({ store, api, log: silentLogger, ratePerSec: 200, idlePollMs: 20, ...extra });
  return { server, store, api, sender };
}

function enqueueMorning(store: Store, ids: number[], text = 'Good morning! <b>Easy run</b>, 6 km') {
  store.transaction(() => {
    for (const id of ids) {
      for (const row of outboxRows({
        userId: id,
        chatId: id,
        kind: 'morning',
        key: `morning:${id}:2026-12-01`,
        messages: [{ html: text, buttons: [[{ text: '✅ Done', data: 'done:2026-12-01' }]] }],
      })) {
        store.outbox.enqueue(row);
      }
    }
  });
}

/** Counts the outcomes the sender reports through `onAttempt` (what runcoach_outbox_sends_total counts). */
function tally() {
  const counts: Partial<Record<SendOutcome, number>> = {};
  const onAttempt = (o: SendOutcome): void => {
    counts[o] = (counts[o] ?? 0) + 1;
  };
  return { counts, onAttempt };
}

const range = (n: number, from = 5000) => Array.from({ length: n }, (_, i) => from + i);

describe('outbox sender', () => {
  it('delivers text with its keyboard and photos from base64, and marks rows sent', async () => {
    const { server, store, sender } = await setup(2);
    enqueueMorning(store, [5000]);
    for (const row of outboxRows({
      userId: 5001,
      chatId: 5001,
      kind: 'weekly',
      key: 'weekly:5001:2026-12-06',
      messages: [
        { html: '<b>Week of 30 Nov</b>', photo: { filename: 'week.png', content: TINY_PNG } },
        { html: 'Next week: 4 runs' },
      ],
    })) {
      store.outbox.enqueue(row);
    }
    const s = sender();
    expect(await s.drain(10_000)).toBe(true);
    expect(s.stats).toMatchObject({ sent: 3, failed: 0, rateLimited: 0 });
    const [text] = server.botMessages(5000);
    expect(text?.text).toBe('Good morning! Easy run, 6 km');
    expect(text?.replyMarkup).toBeTruthy();
    const weekly = server.botMessages(5001);
    expect(weekly.map((m) => m.kind)).toEqual(['photo', 'text']);
    expect(weekly[0]?.text).toBe('Week of 30 Nov');
    expect(outbox(store).every((r) => r.status === 'sent' && r.telegramMessageId !== null)).toBe(true);
  });

  it('paces to the global rate and one message a second per chat: zero 429s from a strict server', async () => {
    const { server, store, sender } = await setup(60);
    server.enforceRates({ globalPerSec: 40, perChatPerSec: 1 });
    enqueueMorning(store, range(60));
    // Three more for one chat: they must be a second apart.
    for (let k = 2; k <= 4; k++) {
      store.outbox.enqueue({
        key: `extra:${k}`,
        userId: 5000,
        chatId: 5000,
        kind: 'extra',
        payload: { html: `part ${k}` },
      });
    }
    const s = sender({ ratePerSec: 40 });
    const t0 = performance.now();
    expect(await s.drain(20_000)).toBe(true);
    const seconds = (performance.now() - t0) / 1000;
    expect(server.stats.tooManyRequests).toBe(0);
    expect(s.stats.sent).toBe(63);
    expect(seconds).toBeGreaterThan(1.2); // 63 at 40/s
    const times = server
      .callsTo('sendMessage')
      .filter((c) => c.params.chat_id === 5000)
      .map((c) => c.time);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1000);
  });

  it('obeys retry_after on a 429 storm: pauses everything, then delivers all', async () => {
    const { server, store, sender } = await setup(30);
    enqueueMorning(store, range(30));
    server.failNext(
      'sendMessage',
      { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 },
      3,
    );
    const t = tally();
    const s = sender({ onAttempt: t.onAttempt });
    expect(await s.drain(20_000)).toBe(true);
    expect(s.stats.rateLimited).toBeGreaterThanOrEqual(1);
    expect(s.stats.sent).toBe(30);
    expect(t.counts).toEqual({ sent: 30, rate_limited: s.stats.rateLimited });
    const calls = server.callsTo('sendMessage');
    const first429 = calls.find((c) => c.errorCode === 429)!;
    const lastCall429 = calls.filter((c) => c.errorCode === 429).at(-1)!;
    // After a 429 the sender sends nothing new until retry_after has passed (requests already on their way
    // arrive within a few milliseconds).
    const quiet = calls.filter((c) => c.time > lastCall429.time + 100 && c.time < first429.time + 990);
    expect(quiet).toEqual([]);
    expect(calls.filter((c) => c.time >= first429.time + 990).length).toBeGreaterThan(0);
    expect(new Set(calls.filter((c) => c.ok).map((c) => c.params.chat_id)).size).toBe(30);
  });

  it('a runner who blocked the bot (403) is marked inactive and their rows dropped; others still get theirs', async () => {
    const { server, store, sender } = await setup(5);
    server.blockChat(5002);
    enqueueMorning(store, range(5));
    store.outbox.enqueue({
      key: 'evening:5002:2026-12-01',
      userId: 5002,
      chatId: 5002,
      kind: 'evening',
      payload: { html: 'How did it go?' },
    });
    const t = tally();
    const s = sender({ onAttempt: t.onAttempt });
    expect(await s.drain(10_000)).toBe(true);
    // One attempt to the blocked chat (its evening row is dropped without another try).
    expect(t.counts).toEqual({ sent: 4, blocked: 1 });
    expect(store.users.get(5002)?.active).toBe(false);
    expect(store.users.get(5001)?.active).toBe(true);
    const rows = outbox(store);
    expect(rows.filter((r) => r.userId === 5002).map((r) => r.status)).toEqual(['dropped', 'dropped']);
    expect(rows.filter((r) => r.userId !== 5002).every((r) => r.status === 'sent')).toBe(true);
    expect(s.stats.blocked).toBe(1);
    expect(server.callsTo('sendMessage').filter((c) => c.params.chat_id === 5002)).toHaveLength(1);
  });

  it('backs off on 5xx and network errors and tries again', async () => {
    const { server, store, sender } = await setup(3);
    enqueueMorning(store, range(3));
    server.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' }, 2);
    server.dropNext('sendMessage', 1);
    // The wall clock jumps ahead after each failure, so the row backoff does not make the test wait.
    let offset = 0;
    const t = tally();
    const s = sender({ wallClock: () => Date.now() + offset, onAttempt: t.onAttempt });
    s.start();
    const deadline = Date.now() + 15_000;
    while (s.stats.sent < 3 && Date.now() < deadline) {
      offset += 60_000;
      await new Promise((r) => setTimeout(r, 50));
    }
    await s.stop();
    expect(s.stats.sent).toBe(3);
    expect(s.stats.transientErrors).toBe(3);
    expect(t.counts).toEqual({ sent: 3, retry: 3 });
    const row = outbox(store).find((r) => r.attempts > 1);
    expect(row?.lastError).toBeNull();
  });

  it('a bad request (400) fails the row for good; an expired message is dropped unsent', async () => {
    const { server, store, sender } = await setup(2);
    store.outbox.enqueue({ key: 'bad', userId: 5000, chatId: 5000, kind: 'x', payload: { html: '<b>unclosed' } });
    store.outbox.enqueue({
      key: 'old',
      userId: 5001,
      chatId: 5001,
      kind: 'x',
      payload: { html: 'yesterday', expiresAt: Date.now() - 1 },
    });
    const t = tally();
    const s = sender({ onAttempt: t.onAttempt });
    expect(await s.drain(10_000)).toBe(true);
    expect(t.counts).toEqual({ rejected: 1, expired: 1 });
    expect(Object.fromEntries(outbox(store).map((r) => [r.key, r.status]))).toEqual({ bad: 'failed', old: 'dropped' });
    expect(server.botMessages(5001)).toHaveLength(0);
  });

  it('a crash during a 1,000-runner fan-out loses nothing; only in-flight sends repeat', async () => {
    const { server, store, sender } = await setup(1000, { recordCalls: false });
    server.setLatency(20); // requests stay in flight a while, as they do against Telegram
    enqueueMorning(store, range(1000));
    let delivered = 0;
    const perChat = new Map<number, number>();
    server.on('message', (m: { chatId: number; from: string }) => {
      if (m.from !== 'bot') return;
      delivered++;
      perChat.set(m.chatId, (perChat.get(m.chatId) ?? 0) + 1);
    });
    const LEASE = 30_000;
    const first = sender({ ratePerSec: 1000, leaseMs: LEASE, batchSize: 200 });
    first.start();
    while (delivered < 400) await new Promise((r) => setTimeout(r, 5));
    const inFlight = first.inFlightCount;
    first.kill(); // the process dies: claimed rows keep their lease, answers in flight are lost
    await new Promise((r) => setTimeout(r, 100)); // the requests already sent still arrive
    const leased = outbox(store).filter((r) => r.status === 'sending').length;
    expect(leased).toBeGreaterThan(0);
    expect(outbox(store).filter((r) => r.status === 'sent').length).toBeLessThan(1000);

    // Restart after the lease has run out (a wall clock past it, rather than waiting).
    const second = sender({ ratePerSec: 1000, wallClock: () => Date.now() + LEASE + 1000 });
    expect(await second.drain(30_000)).toBe(true);
    expect(outbox(store).every((r) => r.status === 'sent')).toBe(true);
    expect(perChat.size).toBe(1000); // everyone got the morning
    const duplicates = [...perChat.values()].reduce((s, n) => s + (n - 1), 0);
    expect(duplicates).toBeLessThanOrEqual(inFlight);
    expect(delivered).toBe(1000 + duplicates);
  }, 30_000);
});
