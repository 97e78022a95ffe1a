/**
 * `jobs run <morning|evening|weekly|retention> [--now ISO-8601]` (contracts.md): runs one scheduled job once as if
 * the clock read --now, delivers what is in the outbox (paced like the service), and exits when it is drained.
 * Also registers `seed`. stdout: one JSON line with what happened.
 */

import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { closeChartPool } from '../charts/pool.ts';
import { parseConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { createStore } from '../db/store/index.ts';
import { isJobName, JOB_NAMES } from '../jobs/context.ts';
import { senderApi } from '../jobs/delivery.ts';
import { housekeepingTasks } from '../jobs/housekeeping.ts';
import { runJob } from '../jobs/run.ts';
import { backfillSchedules } from '../jobs/schedule.ts';
import { createLogger } from '../log.ts';
import { setDefaultLanguage } from '../messages/languages.ts';
import { OutboxSender } from '../outbox/sender.ts';
import { createStrava } from '../strava/index.ts';
import type { CliDeps } from './deps.ts';
import { CommandFailed, UsageError } from './io.ts';
import { registerSeedCommand } from './seed.ts';

/** An ISO-8601 instant; without an offset it is read as UTC. */
export function parseNow(value: string): Date {
  const t = DateTime.fromISO(value, { zone: 'utc' });
  if (!t.isValid || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    throw new UsageError(`--now must be an ISO-8601 date and time, e.g. 2026-12-01T06:30:00Z (got "${value}")`);
  }
  return t.toJSDate();
}

export function registerJobsCommands(program: Command, deps: CliDeps): void {
  const jobs = program.command('jobs').description('scheduled jobs');
  jobs
    .command('run')
    .description('run one scheduled job now (or as if the clock read --now), then deliver the outbox')
    .argument('<job>', JOB_NAMES.join('|'))
    .option('--now <iso>', 'the time the job believes it is (ISO-8601; default: now)')
    .option('--timeout <seconds>', 'give up delivering after this long (exit 1)', '600')
    .action(async (job: string, opts: { now?: string; timeout: string }) => {
      if (!isJobName(job)) throw new UsageError(`unknown job "${job}": use one of ${JOB_NAMES.join(', ')}`);
      const now = opts.now === undefined ? deps.now() : parseNow(opts.now);
      const timeoutSec = Number(opts.timeout);
      if (!Number.isFinite(timeoutSec) || timeoutSec <= 0) throw new UsageError('--timeout must be a positive number');
      const config = parseConfig(deps.env);
      setDefaultLanguage(config.defaultLanguage);
      // Retention sends nothing; every other job needs a bot to deliver what it enqueues.
      if (job !== 'retention' && !config.telegram.token) {
        throw new UsageError(
          'TELEGRAM_BOT_TOKEN is not set: it is needed to deliver the messages (and TELEGRAM_API_ROOT for a local Bot API)',
        );
      }
      const log = createLogger(deps.env.LOG_LEVEL || 'warn', { write: (line: string) => deps.io.err(line) });
      const store = createStore(openDatabase(config.databasePath, { migrate: true }));
      try {
        backfillSchedules(store, now);
        const strava = config.strava.enabled ? createStrava({ config, store, log, now: () => now }) : undefined;
        const housekeeping = housekeepingTasks({ config, store, log, strava });
        // The Sunday chart's workers are done once the job has composed: stop them so the command can exit.
        const result = await runJob(job, { store, log, now, housekeeping }).finally(() => closeChartPool());
        const sender = new OutboxSender({
          store,
          log,
          api: senderApi(config.telegram.token ?? '', config.telegram.apiRoot),
          ratePerSec: config.telegram.ratePerSec,
          idlePollMs: 50,
        });
        // Without a token (retention only) there is nothing this command could deliver.
        const drained = config.telegram.token ? await sender.drain(timeoutSec * 1000) : true;
        const summary = {
          job,
          now: now.toISOString(),
          slot: result.slot,
          ran: result.ran,
          users: result.users,
          enqueued: result.enqueued,
          ...(result.deleted !== undefined ? { deleted: result.deleted } : {}),
          sent: sender.stats.sent,
          failed: sender.stats.failed,
          dropped: sender.stats.dropped,
          rateLimited: sender.stats.rateLimited,
          pending: store.outbox.depth(),
        };
        deps.io.out(JSON.stringify(summary));
        if (!drained) throw new CommandFailed(`${summary.pending} messages still pending after ${timeoutSec} s`);
      } finally {
        store.close();
      }
    });
  registerSeedCommand(program, deps);
}
