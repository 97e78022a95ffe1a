import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { exportUser } from '../coach/export.ts';
import { importUser } from '../coach/import.ts';
import { parseConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { createStore, type Store } from '../db/store/index.ts';
import type { CliDeps } from './deps.ts';
import { CommandFailed, UsageError } from './io.ts';

function withStore<T>(deps: CliDeps, fn: (store: Store) => T): T {
  const config = parseConfig(deps.env);
  const store = createStore(openDatabase(config.databasePath, { migrate: true }));
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

export function registerDataCommands(program: Command, deps: CliDeps): void {
  program
    .command('export')
    .description("print a runner's data as the export JSON")
    .requiredOption('--telegram-id <id>', "the runner's Telegram id")
    .action((opts: { telegramId: string }) => {
      const id = Number(opts.telegramId);
      if (!Number.isSafeInteger(id) || id <= 0) throw new UsageError('--telegram-id must be a positive whole number');
      withStore(deps, (store) => {
        const data = exportUser(store, id);
        if (!data) throw new CommandFailed(`no runner with telegram id ${id}`);
        deps.io.out(JSON.stringify(data, null, 2));
      });
    });

  program
    .command('import')
    .description('restore a runner from an export JSON file')
    .argument('<file>', 'the export JSON')
    .option('--force', 'replace the runner if they already exist')
    .action((file: string, opts: { force?: boolean }) => {
      let document: unknown;
      try {
        document = JSON.parse(readFileSync(file, 'utf8'));
      } catch (err) {
        throw new UsageError(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
      }
      withStore(deps, (store) => {
        const outcome = importUser(store, document, { force: opts.force ?? false });
        if (!outcome.ok) throw new UsageError(outcome.error);
        deps.io.out(
          `imported runner ${outcome.telegramId}: plan, ${outcome.runs} runs, ${outcome.feedback} feedback entries`,
        );
      });
    });
}
