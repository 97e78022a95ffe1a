import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase, migrateDatabase, openDatabase, tableNames } from '../../src/db/client.ts';
import { tempDir } from '../helpers/tmp.ts';

const TABLES = [
  'feedback',
  'history',
  'inbox',
  'job_runs',
  'meta',
  'oauth_states',
  'outbox',
  'plans',
  'runs',
  'strava_accounts',
  'usage',
  'users',
  'workouts',
];

describe('migrations', () => {
  it('create every table on a fresh file, in a folder that did not exist', () => {
    const path = join(tempDir(), 'nested', 'folder', 'runcoach.db');
    const db = openDatabase(path);
    expect(tableNames(db)).toEqual(expect.arrayContaining(TABLES));
    db.$client.close();
  });

  it('are a no-op on an already migrated file, and keep the data', () => {
    const path = join(tempDir(), 'runcoach.db');
    const db = openDatabase(path);
    db.$client.prepare('insert into users (telegram_id, chat_id) values (1, 1)').run();
    db.$client.close();
    const again = openDatabase(path);
    migrateDatabase(again);
    expect(again.$client.prepare('select count(*) n from users').get()).toEqual({ n: 1 });
    again.$client.close();
  });

  it('open the file in WAL mode with foreign keys and a busy timeout', () => {
    const db = openDatabase(join(tempDir(), 'runcoach.db'));
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.$client.close();
  });

  it('backup writes a database that opens, with the data, while the source stays open', async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'runcoach.db'));
    db.$client.prepare("insert into users (telegram_id, chat_id, name) values (7, 7, 'Ana')").run();
    await backupDatabase(db, join(dir, 'backups', 'copy.db'));
    const copy = new Database(join(dir, 'backups', 'copy.db'), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('select name from users where telegram_id = 7').get()).toEqual({ name: 'Ana' });
    copy.close();
    db.$client.close();
  });
});
