/**
 * `npm run chat`: the very same bot, driven from the terminal through an in-process Bot API server.
 * No Telegram and no keys needed; data lives in DATABASE_PATH, so a second session remembers the first.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { run } from '@grammyjs/runner';
import { DEFAULT_TOKEN, LocalBotApi } from '../local-bot-api/index.ts';
import { createRuncoachBot } from './app.ts';
import { registerCommands } from './bot/bot.ts';
import { runTerminalChat } from './chat/terminal.ts';
import { loadConfigOrExit } from './config.ts';
import { openDatabase } from './db/client.ts';
import { createStore } from './db/store/index.ts';
import { createHttpApp, listen } from './http/server.ts';
import { refreshSchedule } from './jobs/schedule.ts';
import { createLogger } from './log.ts';
import { devLoginUrl } from './webapp/dev-login.ts';
import { createWebAppRouter } from './webapp/router.ts';

/**
 * The key the local Mini App signs and checks logins with: random per process, so nothing signed with the
 * repository's well-known local token (or anything from a previous run) is ever accepted.
 */
const WEB_KEY = `${randomInt(100_000, 999_999)}:${randomBytes(24).toString('base64url')}`;

/**
 * The local runner in the terminal chat. CHAT_LANGUAGE plays the Telegram app's language (`CHAT_LANGUAGE=ru npm run
 * chat`), so a new runner in another language can be tried without Telegram; /language still switches.
 */
const LOCAL_USER = {
  id: 1,
  first_name: process.env.USER ?? 'Runner',
  username: 'local_runner',
  language_code: process.env.CHAT_LANGUAGE?.trim() || 'en',
};

async function main(): Promise<number> {
  const config = loadConfigOrExit();
  // Logs go to stderr and only when asked for: the terminal is the conversation.
  const log = createLogger(process.env.LOG_LEVEL ? config.logLevel : 'warn', process.stderr as never);
  const store = createStore(openDatabase(config.databasePath, { migrate: true }));
  const api = new LocalBotApi({ token: DEFAULT_TOKEN });
  const { apiRoot } = await api.start();
  const { bot } = createRuncoachBot({
    config,
    store,
    log,
    apiRoot,
    token: DEFAULT_TOKEN,
    // In the terminal the runner sits at this machine: start in its time zone.
    defaultTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  await bot.init();
  await registerCommands(bot);
  const runner = run(bot);
  const web = await startLocalWebApp(store, log);
  if (web) {
    process.stdout.write(
      `The Mini App for this runner (plan calendar, progress, settings): ${devLoginUrl(web.url, LOCAL_USER.id, WEB_KEY)}\n`,
    );
  }
  try {
    await runTerminalChat({
      api,
      input: process.stdin,
      output: process.stdout,
      user: LOCAL_USER,
      filesDir: 'chat-files',
      botName: 'Coach',
    });
  } finally {
    await runner.stop().catch(() => undefined);
    await new Promise<void>((resolve) => (web ? web.server.close(() => resolve()) : resolve()));
    await api.stop();
    store.close();
  }
  return 0;
}

/**
 * The Mini App on this machine with the dev-only login (never enabled by `npm start`): on PORT when free,
 * else on any free port. Without it the chat still works.
 */
async function startLocalWebApp(store: ReturnType<typeof createStore>, log: ReturnType<typeof createLogger>) {
  const app = createHttpApp({
    store,
    log,
    routers: [
      createWebAppRouter({
        store,
        log,
        now: () => new Date(),
        botToken: WEB_KEY,
        devLogin: true,
        onScheduleChanged: (id) => refreshSchedule(store, id, new Date()),
      }),
    ],
  });
  const port = Number(process.env.PORT ?? 3000);
  for (const candidate of [Number.isInteger(port) ? port : 3000, 0]) {
    try {
      const server = await listen(app, candidate, '127.0.0.1');
      return { server, url: `http://localhost:${(server.address() as AddressInfo).port}` };
    } catch {
      // busy: try any free port
    }
  }
  return undefined;
}

process.exitCode = await main();
