/** `npm start`: the Telegram bot, the HTTP server and the scheduler in one process. */
import { loadConfigOrExit } from './config.ts';

const NO_TOKEN = `runcoach needs a Telegram bot token to start. Create a bot with @BotFather in Telegram, then set \
TELEGRAM_BOT_TOKEN=<the token> in your environment or in a .env file (see .env.example for every setting) and run \
npm start again. To try the coach right now without Telegram, run: npm run chat`;

const config = loadConfigOrExit();
if (!config.telegram.token) {
  process.stderr.write(`${NO_TOKEN}\n`);
  process.exit(2);
}
const { startService } = await import('./service.ts');
await startService(config);
