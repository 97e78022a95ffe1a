import type { Command } from 'commander';
import { parseConfig } from '../config.ts';
import { backupDatabase, closeDatabase, openDatabase, tableNames } from '../db/client.ts';
import type { CliDeps } from './deps.ts';

export function registerDbCommands(program: Command, deps: CliDeps): void {
  program
    .command('migrate')
    .description('apply database migrations to DATABASE_PATH')
    .action(() => {
      const config = parseConfig(deps.env);
      const db = openDatabase(config.databasePath, { migrate: true });
      try {
        const tables = tableNames(db).filter((t) => !t.startsWith('__'));
        deps.io.out(`migrated ${config.databasePath}: ${tables.length} tables (${tables.join(', ')})`);
      } finally {
        closeDatabase(db);
      }
    });

  program
    .command('backup')
    .description('write an online backup of the database (default: ./backups/runcoach-<time>.db)')
    .argument('[path]', 'where to write the backup')
    .action(async (path: string | undefined) => {
      const config = parseConfig(deps.env);
      const target = path ?? `./backups/runcoach-${deps.now().toISOString().replace(/[:.]/g, '-')}.db`;
      const db = openDatabase(config.databasePath, { migrate: true });
      try {
        await backupDatabase(db, target);
        deps.io.out(target);
      } finally {
        closeDatabase(db);
      }
    });
}
