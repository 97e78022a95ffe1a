/**
 * `npm start`: the Telegram bot, the HTTP server and the scheduler in one process, compiled to dist/main.js.
 * package.json starts it with `--max-semi-space-size=2`: V8's young generation otherwise grows to 3 × 16 MiB
 * during a morning fan-out, and the bench measured the fan-out peak at about 180 MiB with it against 226 MiB
 * without (issue 18). Scavenges run more often, each as cheap (their cost follows the survivors, not the space).
 */
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
const { EXIT_NEEDS_OPERATOR, StartupError } = await import('./startup.ts');

/**
 * A start that cannot go on: one line on stderr, no stack. A problem the operator must fix exits with
 * EXIT_NEEDS_OPERATOR (systemd's RestartPreventExitStatus= in the README); anything else exits 1 (worth a restart).
 */
function cannotStart(err: unknown): never {
  const permanent = err instanceof StartupError;
  const what = err instanceof Error ? err.message : String(err);
  process.stderr.write(`runcoach: ${permanent ? '' : 'could not start: '}${what.split('\n')[0]}\n`);
  process.exit(permanent ? EXIT_NEEDS_OPERATOR : 1);
}

const service = await startService(config).catch(cannotStart);
service.ready.catch(cannotStart);
