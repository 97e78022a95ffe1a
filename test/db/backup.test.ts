import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { rotatingBackup } from '../../src/db/backup.ts';
import { openDatabase } from '../../src/db/client.ts';
import { createStore } from '../../src/db/store/index.ts';
import { housekeepingTasks } from '../../src/jobs/housekeeping.ts';
import { silentLogger } from '../../src/log.ts';
import { dbOf } from '../helpers/db.ts';
import { tempDir, tempStore } from '../helpers/tmp.ts';

describe('backups', () => {
  it('keeps the newest BACKUP_KEEP files, each a database that opens', async () => {
    const { store } = tempStore();
    const dir = join(tempDir(), 'backups');
    for (let day = 1; day <= 5; day++) {
      await rotatingBackup(dbOf(store), dir, 3, new Date(`2026-12-0${day}T03:00:00Z`));
    }
    const files = readdirSync(dir).sort();
    expect(files).toEqual([
      'runcoach-20261203T030000.db',
      'runcoach-20261204T030000.db',
      'runcoach-20261205T030000.db',
    ]);
    const copy = openDatabase(join(dir, files[2] as string), { migrate: false, readonly: true });
    expect(copy.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.$client.close();
  });

  it('backups are on by default, next to the database; BACKUP_DIR=off turns them off', () => {
    expect(parseConfig({ DATABASE_PATH: '/var/lib/runcoach/runcoach.db' }).backup.dir).toBe(
      '/var/lib/runcoach/backups',
    );
    expect(parseConfig({ DATABASE_PATH: '/var/lib/runcoach/runcoach.db', BACKUP_DIR: '/srv/b' }).backup.dir).toBe(
      '/srv/b',
    );
    expect(parseConfig({ BACKUP_DIR: 'off' }).backup.dir).toBeUndefined();
  });

  it('the retention job writes the daily backup when BACKUP_DIR is set', async () => {
    const { store } = tempStore();
    const dir = join(tempDir(), 'daily');
    const config = parseConfig({ BACKUP_DIR: dir, BACKUP_KEEP: '2' });
    const tasks = housekeepingTasks({ config, store, log: silentLogger });
    expect(tasks.map((t) => t.name)).toEqual(['backup']);
    await tasks[0]?.run(new Date('2026-12-01T03:00:00Z'));
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('restore as documented: stop, copy the backup over DATABASE_PATH, start: the runner is back', async () => {
    const dir = tempDir();
    const live = join(dir, 'runcoach.db');
    const store = createStore(openDatabase(live));
    store.users.upsert({ telegramId: 7, chatId: 7, name: 'Ana' }, { timezone: 'Asia/Tokyo' });
    const backup = await rotatingBackup(dbOf(store), join(dir, 'backups'), 7, new Date('2026-12-01T03:00:00Z'));
    store.users.delete(7);
    store.close();
    copyFileSync(backup, live);
    const restored = createStore(openDatabase(live));
    expect(restored.users.get(7)).toMatchObject({ name: 'Ana', timezone: 'Asia/Tokyo' });
    restored.close();
  });
});
