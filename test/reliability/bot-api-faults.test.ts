/**
 * Fault: the Telegram Bot API answering 5xx and dropping connections (what a timeout looks like to the bot,
 * without waiting out grammY's 500 s timeout): for the outbox sender's scheduled messages, for replies to
 * runners, and for getUpdates itself. Every due message arrives exactly once, every runner is answered.
 */
import { describe, expect, it } from 'vitest';
import {
  count,
  MORNING,
  morningsByChat,
  readDb,
  seedDueMorning,
  serviceEnv,
  startBotApi,
  startService,
  until,
  workspace,
} from './harness.ts';

const RUNNERS = 12;
const FIRST_ID = 910_000;

describe('the Bot API failing', () => {
  it('5xx and dropped connections: every morning once, every reply once, polling recovers', async () => {
    const { api, apiRoot } = await startBotApi({ latencyMs: 20 });
    const ws = await workspace();
    seedDueMorning(ws.dbPath, { users: RUNNERS, firstId: FIRST_ID });
    // The first sends of the morning fan-out fail: two 500s, then two lost connections.
    api.failNext('sendMessage', { error_code: 500, description: 'Internal Server Error' }, 2);
    api.dropNext('sendMessage', 2);
    const service = startService(serviceEnv({ apiRoot, dbPath: ws.dbPath, port: ws.port }));

    await until(
      () => morningsByChat(api).size === RUNNERS,
      () => `${RUNNERS} mornings (got ${morningsByChat(api).size})\n${service.log().slice(-2000)}`,
      25_000,
    );
    const failedSends = api.calls.filter((c) => c.method === 'sendMessage' && !c.ok);
    expect(failedSends.map((c) => c.errorCode).sort()).toEqual([500, 500, 599, 599]);
    const db = readDb(ws.dbPath);
    await until(() => count(db, "select count(*) n from outbox where status = 'sent'") === RUNNERS, 'rows marked sent');
    expect(count(db, 'select count(*) n from outbox where attempts > 1')).toBe(4);

    // Replies: a 502, then a lost connection, on the reply itself (grammY's auto-retry tries again).
    const ana = { id: 801, first_name: 'Ana' };
    const bo = { id: 802, first_name: 'Bo' };
    api.sendCommand(ana, 'start');
    api.sendCommand(bo, 'start');
    await api.waitForMessage(ana.id, /running coach/, 10_000);
    await api.waitForMessage(bo.id, /running coach/, 10_000);
    api.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' });
    api.sendCommand(ana, 'help');
    const helpAna = await api.waitForMessage(ana.id, () => true, 15_000);
    api.dropNext('sendMessage');
    api.sendCommand(bo, 'help');
    const helpBo = await api.waitForMessage(bo.id, () => true, 15_000);

    // getUpdates failing: a 502 and a lost connection on the next polls; the runner keeps polling.
    api.failNext('getUpdates', { error_code: 502, description: 'Bad Gateway' });
    api.dropNext('getUpdates');
    api.sendText(ana, 'hello again'); // answered by the poll already waiting; the next polls fail
    await api.waitForMessage(ana.id, () => true, 15_000);
    api.sendCommand(bo, 'today');
    await api.waitForMessage(bo.id, () => true, 20_000);
    expect(api.calls.filter((c) => c.method === 'getUpdates' && !c.ok)).toHaveLength(2);

    // Exactly once: every reply once (the help text once per chat), every morning once.
    await api.waitForIdle({ quietMs: 300, timeoutMs: 10_000 });
    for (const [chat, reply] of [
      [ana.id, helpAna],
      [bo.id, helpBo],
    ] as const) {
      expect(api.botMessages(chat).filter((m) => m.text === reply.text)).toHaveLength(1);
    }
    expect([...morningsByChat(api).values()].every((n) => n === 1)).toBe(true);
    expect(api.messages(undefined, { from: 'bot' }).filter((m) => MORNING.test(m.text))).toHaveLength(RUNNERS);
    expect(service.dead).toBe(false);
  }, 80_000);
});
