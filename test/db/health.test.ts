import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SERVICE_BUSY_TIMEOUT_MS } from '../../src/db/busy.ts';
import { openDatabase } from '../../src/db/client.ts';
import { databaseHealth } from '../../src/db/health.ts';
import { dbOf } from '../helpers/db.ts';
import { makeReadOnly, tempStore } from '../helpers/tmp.ts';

describe('databaseHealth: can the database be written now', () => {
  it('is ok on a writable database, and the probe leaves nothing behind', () => {
    const { store } = tempStore();
    expect(databaseHealth(dbOf(store))).toEqual({ ok: true });
    expect(dbOf(store).$client.prepare("select count(*) n from meta where key = 'health-probe'").get()).toEqual({
      n: 0,
    });
  });

  it('says "locked" at once while another connection holds the write lock', () => {
    const { path } = tempStore();
    const db = openDatabase(path, { migrate: false, busyTimeoutMs: SERVICE_BUSY_TIMEOUT_MS });
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      const started = performance.now();
      const health = databaseHealth(db);
      expect(performance.now() - started).toBeLessThan(500);
      expect(health).toEqual({ ok: false, reason: 'database locked by another process' });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(databaseHealth(db)).toEqual({ ok: true });
    db.$client.close();
  });

  it('says "read-only" for a database file that cannot be written (it still answers reads)', () => {
    const { store, path } = tempStore();
    store.close();
    makeReadOnly(path);
    const db = openDatabase(path, { migrate: false });
    try {
      expect(db.$client.prepare('select count(*) n from users').get()).toEqual({ n: 0 });
      expect(databaseHealth(db)).toEqual({ ok: false, reason: 'database is read-only' });
    } finally {
      db.$client.close();
    }
  });

  it('says "disk full" when the database folder has less free space than the minimum', () => {
    const { store } = tempStore();
    const health = databaseHealth(dbOf(store), { minFreeBytes: Number.MAX_SAFE_INTEGER });
    expect(health.ok).toBe(false);
    expect(health.ok ? '' : health.reason).toMatch(/^disk full: \d+ MiB free next to the database$/);
  });
});
