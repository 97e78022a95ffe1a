/**
 * The read cache (src/db/store/read-cache.ts) serves a kept row only while SQLite says nothing changed: a write on
 * this connection, a commit by another connection or process, or a transaction in progress all mean a fresh read.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/client.ts';
import { createStore } from '../../../src/db/store/index.ts';
import { readCache } from '../../../src/db/store/read-cache.ts';
import { tempStore } from '../../helpers/tmp.ts';

const runner = { telegramId: 7, chatId: 7, name: 'Ana' };

describe('read cache', () => {
  it('reads once while nothing is written', () => {
    const db = openDatabase(':memory:');
    const cache = readCache(db);
    let reads = 0;
    const read = () => ({ n: ++reads });
    expect(cache.get('x', 1, read)).toEqual({ n: 1 });
    expect(cache.get('x', 1, read)).toEqual({ n: 1 });
    expect(cache.get('x', 2, read)).toEqual({ n: 2 });
    expect(cache.get('y', 1, read)).toEqual({ n: 3 });
    expect(reads).toBe(3);
    db.$client.close();
  });

  it('keeps "not found" too, until a write', () => {
    const { store } = tempStore();
    expect(store.users.get(7)).toBeUndefined();
    store.users.upsert(runner, { timezone: 'Europe/Madrid' });
    expect(store.users.get(7)?.name).toBe('Ana');
  });

  it('reads afresh after any write on this connection, in any table', () => {
    const { store } = tempStore();
    store.users.upsert(runner, { timezone: 'Europe/Madrid' });
    expect(store.users.get(7)?.units).toBe('km');
    store.users.update(7, { units: 'mi' });
    expect(store.users.get(7)?.units).toBe('mi');
    const before = store.users.get(7);
    store.meta.set('anything', 'x');
    const after = store.users.get(7);
    expect(after).toEqual(before);
    expect(after).not.toBe(before);
  });

  it('reads afresh after another connection commits (the CLI, a second process), from the next turn on', async () => {
    const { store, path } = tempStore();
    store.users.upsert(runner, { timezone: 'Europe/Madrid' });
    expect(store.users.get(7)?.morningTime).toBe('06:30');
    const other = createStore(openDatabase(path));
    other.users.update(7, { morningTime: '06:15' });
    other.close();
    // Within one synchronous stretch the reads are as of its start (data_version is asked once per turn).
    expect(store.users.get(7)?.morningTime).toBe('06:30');
    await Promise.resolve();
    expect(store.users.get(7)?.morningTime).toBe('06:15');
  });

  it('neither serves nor keeps rows inside a transaction, whose writes may roll back', () => {
    const { store } = tempStore();
    store.users.upsert(runner, { timezone: 'Europe/Madrid' });
    expect(store.users.get(7)?.units).toBe('km');
    expect(() =>
      store.transaction(() => {
        store.users.update(7, { units: 'mi' });
        expect(store.users.get(7)?.units).toBe('mi');
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    expect(store.users.get(7)?.units).toBe('km');
  });

  it('hands out frozen rows, JSON members included, so no reader can change another reader’s runner', () => {
    const { store } = tempStore();
    store.users.upsert(runner, { timezone: 'Europe/Madrid' });
    store.users.update(7, { pendingFlow: { kind: 'setup', step: 2 } });
    const user = store.users.get(7);
    expect(Object.isFrozen(user)).toBe(true);
    expect(Object.isFrozen(user?.pendingFlow)).toBe(true);
    expect(() => {
      (user as { name: string }).name = 'Eve';
    }).toThrow(TypeError);
  });

  it('keeps at most the entries it is given', () => {
    const db = openDatabase(':memory:');
    const cache = readCache(db, 3);
    let reads = 0;
    const read = () => ++reads;
    for (const key of [1, 2, 3, 4]) cache.get('x', key, read);
    // The fourth filled a full cache: it was emptied first, so 1 is read again.
    cache.get('x', 1, read);
    expect(reads).toBe(5);
    db.$client.close();
  });
});
