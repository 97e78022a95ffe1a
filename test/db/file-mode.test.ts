/** Issue 15, finding 5: the database, its WAL and SHM files and its backups are owner-only (0600), not 0644. */
import { chmodSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rotatingBackup } from '../../src/db/backup.ts';
import { openDatabase } from '../../src/db/client.ts';
import { createStore } from '../../src/db/store/index.ts';
import { dbOf } from '../helpers/db.ts';
import { tempDir } from '../helpers/tmp.ts';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('database file modes', () => {
  it('creates the database, WAL and SHM files 0600 under the usual umask, and backups too', async () => {
    const previous = process.umask(0o022);
    try {
      const dir = tempDir();
      const path = join(dir, 'data', 'runcoach.db');
      const store = createStore(openDatabase(path));
      store.users.upsert({ telegramId: 1, chatId: 1, name: 'Ana' });
      expect(mode(path)).toBe(0o600);
      for (const f of [`${path}-wal`, `${path}-shm`]) {
        expect(existsSync(f)).toBe(true);
        expect(mode(f)).toBe(0o600);
      }
      const backup = await rotatingBackup(dbOf(store), join(dir, 'backups'), 3, new Date('2026-12-01T03:00:00Z'));
      expect(mode(backup)).toBe(0o600);
      store.close();
    } finally {
      process.umask(previous);
    }
  });

  it('tightens a database file left 0644 by an earlier version', () => {
    const dir = tempDir();
    const path = join(dir, 'old.db');
    writeFileSync(path, '');
    chmodSync(path, 0o644);
    const db = openDatabase(path);
    expect(mode(path)).toBe(0o600);
    db.$client.close();
  });
});
