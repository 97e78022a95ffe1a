/**
 * Update throughput: /today from 100 runners through the local Bot API, runcoach against a bare grammY bot that
 * answers every message with the same sendMessage runcoach sends for /today (its HTML, parse mode and buttons,
 * captured once), on the same server, behind the same `sequentialize` by chat that runcoach runs (the framework's
 * floor with the same ordering guarantee and the same wire cost: the local Bot API parses the HTML and the keyboard
 * in this process), so the ratio measures runcoach's own cost. Target: ratio ≥ 0.8 (issue 18).
 */
import { pathToFileURL } from 'node:url';
import { run as runBot, sequentialize } from '@grammyjs/runner';
import { Bot } from 'grammy';
import { DEFAULT_TOKEN, LocalBotApi } from '../local-bot-api/index.ts';
import { createRuncoachBot } from '../src/app.ts';
import { callTool } from '../src/coach/tools/index.ts';
import { parseConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { createStore } from '../src/db/store/index.ts';
import { silentLogger } from '../src/log.ts';
import type { BenchResult } from './lib.ts';

const USERS = 100;
const PER_USER = 20;
const ROUNDS = 9;
const NOW = new Date('2026-12-02T07:00:00Z');

interface Runnable {
  handleUpdate: Bot['handleUpdate'];
}

async function throughput(makeBot: (apiRoot: string, api: LocalBotApi) => Bot<never> | Bot): Promise<number> {
  const api = new LocalBotApi({ token: DEFAULT_TOKEN, recordCalls: false, recordMessages: false });
  const { apiRoot } = await api.start();
  const bot = makeBot(apiRoot, api) as unknown as Bot & Runnable;
  const handle = runBot(bot);
  const sent = () => api.stats.byMethod.sendMessage ?? 0;
  const burst = async (n: number) => {
    const target = sent() + n * USERS;
    for (let i = 0; i < n; i++) {
      for (let u = 0; u < USERS; u++) api.sendCommand({ id: 10_000 + u, first_name: `R${u}` }, 'today');
    }
    while (sent() < target) await new Promise((r) => setTimeout(r, 2));
  };
  await burst(2); // warm-up: JIT, prepared statements
  const t0 = performance.now();
  await burst(PER_USER);
  const seconds = (performance.now() - t0) / 1000;
  await handle.stop();
  await api.stop();
  return (PER_USER * USERS) / seconds;
}

interface SentMessage {
  text: string;
  other: Record<string, unknown>;
}

/** What runcoach sends for one /today (its first sendMessage), for the floor to send the same bytes. */
async function todayPayload(makeBot: (apiRoot: string, api: LocalBotApi) => Bot): Promise<SentMessage> {
  const api = new LocalBotApi({ token: DEFAULT_TOKEN, recordCalls: false, recordMessages: false });
  const { apiRoot } = await api.start();
  const bot = makeBot(apiRoot, api);
  let sent: SentMessage | undefined;
  bot.api.config.use((prev, method, payload, signal) => {
    if (method === 'sendMessage' && !sent) {
      const { chat_id: _chat, text, ...other } = payload as { chat_id: unknown; text: string };
      sent = { text, other };
    }
    return prev(method, payload, signal);
  });
  const handle = runBot(bot);
  api.sendCommand({ id: 10_000, first_name: 'R0' }, 'today');
  while (!sent) await new Promise((r) => setTimeout(r, 2));
  await handle.stop();
  await api.stop();
  return sent;
}

export async function run(): Promise<BenchResult[]> {
  const store = createStore(openDatabase(':memory:'));
  const ctx = (userId: number) => ({ userId, store, now: () => NOW, log: silentLogger });
  for (let u = 0; u < USERS; u++) {
    store.users.upsert({ telegramId: 10_000 + u, chatId: 10_000 + u, name: `R${u}` }, { timezone: 'Europe/Berlin' });
    callTool(ctx(10_000 + u), 'create_plan', { goal: 'half', raceDate: '2027-03-14', weeklyKm: 30, daysPerWeek: 4 });
  }
  const config = parseConfig({ TELEGRAM_BOT_TOKEN: DEFAULT_TOKEN });
  const runcoach = (apiRoot: string, api: LocalBotApi) =>
    createRuncoachBot({ config, store, log: silentLogger, now: () => NOW, apiRoot, botInfo: api.botInfo })
      .bot as unknown as Bot;
  const reply = await todayPayload(runcoach);
  const bare = (apiRoot: string, api: LocalBotApi) => {
    const bot = new Bot(DEFAULT_TOKEN, { client: { apiRoot }, botInfo: api.botInfo });
    bot.use(sequentialize((c) => (c.chat?.id ?? c.from?.id)?.toString()));
    bot.on('message', (c) => c.api.sendMessage(c.chat.id, reply.text, reply.other));
    return bot;
  };
  // Alternate the two, several rounds, and compare medians: the machine's load drifts between runs.
  const floors: number[] = [];
  const ours: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    floors.push(await throughput(bare));
    ours.push(await throughput(runcoach));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const floor = median(floors);
  const mine = median(ours);
  store.close();
  const ratio = mine / floor;
  return [
    {
      suite: 'updates',
      name: 'bare grammY + sequentialize floor (/today, 100 users)',
      value: floor,
      unit: 'updates/s',
    },
    { suite: 'updates', name: 'runcoach (/today, 100 users)', value: mine, unit: 'updates/s' },
    { suite: 'updates', name: 'runcoach ÷ floor', value: ratio, unit: '×', target: '≥ 0.8', ok: ratio >= 0.8 },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run())
    console.log(`${r.name}: ${r.value.toFixed(2)} ${r.unit}${r.target ? ` (target ${r.target})` : ''}`);
}
