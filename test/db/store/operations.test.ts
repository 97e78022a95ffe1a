/** The operations that replaced SQL written outside src/db (issue 18): each does what its caller relied on. */
import { describe, expect, it } from 'vitest';
import { dbOf } from '../../helpers/db.ts';
import { tempDir, tempStore } from '../../helpers/tmp.ts';

function withRunners() {
  const { store } = tempStore();
  store.users.upsert({ telegramId: 1, chatId: 1 });
  store.users.upsert({ telegramId: 2, chatId: 2 });
  return store;
}

describe('store operations', () => {
  it('users: advanceSchedule moves one column; missingSchedules finds active runners never scheduled', () => {
    const store = withRunners();
    store.users.update(1, { nextMorningAt: 1, nextEveningAt: 2, nextWeeklyAt: 3 });
    store.users.advanceSchedule(1, 'nextEveningAt', 99);
    expect(store.users.get(1)).toMatchObject({ nextMorningAt: 1, nextEveningAt: 99, nextWeeklyAt: 3 });
    expect(store.users.missingSchedules(10).map((u) => u.telegramId)).toEqual([2]);
    store.users.setActive(2, false);
    expect(store.users.missingSchedules(10)).toEqual([]);
  });

  it('outbox: enqueueBulk is idempotent on keys and due now when no instant is given', () => {
    const store = withRunners();
    const row = { key: 'k1', userId: 1, chatId: 1, kind: 'morning', payload: { html: 'hi' } };
    expect(store.outbox.enqueueBulk([row, { ...row, key: 'k2', nextAttemptAt: 5 }])).toBe(2);
    expect(store.outbox.enqueueBulk([row])).toBe(0);
    expect(store.outbox.byKey('k1')).toMatchObject({ payload: { html: 'hi' }, status: 'pending' });
    expect(store.outbox.byKey('k1')?.nextAttemptAt).toBeGreaterThan(1_000_000_000_000);
    expect(store.outbox.byKey('k2')?.nextAttemptAt).toBe(5);
  });

  it('outbox: deletes a kind for one runner, and finished rows of a kind before a time', () => {
    const store = withRunners();
    const row = (key: string, userId: number, kind: string) => ({ key, userId, chatId: userId, kind, payload: {} });
    store.outbox.enqueueBulk([row('a', 1, 'strava_run'), row('b', 1, 'morning'), row('c', 2, 'strava_run')]);
    expect(store.outbox.deleteKindForUser(1, 'strava')).toBe(1);
    expect(store.outbox.byKey('b')).toBeDefined();
    const c = store.outbox.byKey('c');
    store.outbox.markSent(c?.id ?? 0, 10, null);
    dbOf(store).$client.prepare('update outbox set created_at = 10').run();
    expect(store.outbox.deleteFinishedKindBefore('strava', 5)).toBe(0);
    expect(store.outbox.deleteFinishedKindBefore('strava', 11)).toBe(1);
    expect(store.outbox.deleteFinishedKindBefore('morning', 11)).toBe(0);
  });

  it('inbox: deletes Strava events by owner, and finished events of a source before a time', () => {
    const store = withRunners();
    store.inbox.add({ source: 'strava', key: 'e1', payload: { owner_id: 5 }, nextAttemptAt: 0, createdAt: 1 });
    store.inbox.add({ source: 'strava', key: 'e2', payload: { owner_id: 6 }, nextAttemptAt: 0, createdAt: 1 });
    expect(store.inbox.deleteStravaOfAthlete(5)).toBe(1);
    expect(store.inbox.byKey('e2')).toBeDefined();
    expect(store.inbox.deleteFinishedOfSourceBefore('strava', 2)).toBe(0);
    store.inbox.finish(store.inbox.byKey('e2')?.id ?? 0, 3);
    expect(store.inbox.deleteFinishedOfSourceBefore('strava', 2)).toBe(1);
  });

  it('job runs, meta and OAuth states: the retention deletes', () => {
    const store = withRunners();
    store.jobRuns.start('morning', 'slot-1', 10);
    store.jobRuns.start('morning', 'slot-2', 20);
    expect(store.jobRuns.deleteStartedBefore(15)).toBe(1);
    expect(store.jobRuns.recent('morning').map((r) => r.key)).toEqual(['slot-2']);
    store.meta.set('strava:prev:1:2026-12-01', 'x');
    store.meta.set('strava:prev:1:2026-12-02', 'y');
    store.meta.set('strava:prev:12:2026-12-01', 'z');
    expect(store.meta.deletePrefix('strava:prev:1:')).toBe(2);
    expect(store.meta.get('strava:prev:12:2026-12-01')).toBe('z');
    store.oauthStates.create('n1', 1, 'connect', 100);
    store.oauthStates.create('n2', 1, 'connect', 300);
    expect(store.oauthStates.deleteExpiredBefore(200)).toBe(1);
    expect(store.oauthStates.consume('n2', 'connect', 250)).toEqual({ userId: 1 });
  });

  it('strava intake: subscription, owner and idempotent adds, one by one and in a batch', () => {
    const store = withRunners();
    store.meta.set('strava.subscription_id', '77');
    expect(store.stravaIntake.metaValue('strava.subscription_id')).toBe('77');
    expect(store.stravaIntake.userOfAthlete(5)).toBeUndefined();
    expect(store.stravaIntake.add({ key: 'k', payload: { object_type: 'activity' }, nowMs: 1 })).toBe(true);
    expect(store.stravaIntake.add({ key: 'k', payload: { object_type: 'activity' }, nowMs: 2 })).toBe(false);
    expect(
      store.stravaIntake.addAll([
        { key: 'k', payload: {}, nowMs: 3 },
        { key: 'k2', payload: {}, nowMs: 3 },
      ]),
    ).toEqual([false, true]);
  });

  it('health and backup are operations of the store', async () => {
    const { store } = tempStore();
    expect(store.health()).toEqual({ ok: true });
    expect(store.health({ minFreeBytes: Number.MAX_SAFE_INTEGER }).ok).toBe(false);
    const path = await store.backup(tempDir(), 2, new Date('2026-12-01T03:00:00Z'));
    expect(path).toMatch(/runcoach-20261201T030000\.db$/);
  });
});
