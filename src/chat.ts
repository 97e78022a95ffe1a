/**
 * `npm run chat`: the very same bot, driven from the terminal through an in-process Bot API server.
 * No Telegram and no keys needed; data lives in DATABASE_PATH, so a second session remembers the first.
 */
import { run } from '@grammyjs/runner';
import { createRuncoachBot } from './app.ts';
import { registerCommands } from './bot/bot.ts';
import { runTerminalChat } from './chat/terminal.ts';
import { ConfigError, loadDotenvFile, parseConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { createStore } from './db/store/index.ts';
import { createLogger } from './log.ts';
import { DEFAULT_TOKEN, LocalBotApi } from './telegram/local-bot-api/index.ts';

/** The local runner's Telegram id in the terminal chat. */
const LOCAL_USER = { id: 1, first_name: process.env.USER ?? 'Runner', username: 'local_runner', language_code: 'en' };

async function main(): Promise<number> {
  loadDotenvFile();
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`runcoach: configuration error: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
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
    await api.stop();
    store.close();
  }
  return 0;
}

process.exitCode = await main();
