/** fastRead (src/db/store/fast-read.ts) returns exactly the rows drizzle's own query returns. */
import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { callTool } from '../../../src/coach/tools/index.ts';
import { openDatabase } from '../../../src/db/client.ts';
import { plans, users, workouts } from '../../../src/db/schema.ts';
import { fastRead } from '../../../src/db/store/fast-read.ts';
import { createStore } from '../../../src/db/store/index.ts';
import { silentLogger } from '../../../src/log.ts';

const NOW = new Date('2026-12-02T07:00:00Z');

function seeded() {
  const db = openDatabase(':memory:');
  const store = createStore(db);
  store.users.upsert({ telegramId: 7, chatId: 7, name: 'Ana' }, { timezone: 'Europe/Berlin' });
  callTool({ userId: 7, store, now: () => NOW, log: silentLogger }, 'create_plan', {
    goal: 'half',
    raceDate: '2027-03-14',
    weeklyKm: 30,
    daysPerWeek: 4,
  });
  // After the plan (creating one closes an open flow).
  store.users.update(7, { pendingFlow: { kind: 'setup', step: 2 }, pausedMessages: ['evening'] });
  return { db, store };
}

describe('fastRead', () => {
  it('decodes rows as drizzle does (JSON, booleans, nulls), with placeholders and constants', () => {
    const { db } = seeded();
    const user = fastRead(
      db,
      db
        .select()
        .from(users)
        .where(eq(users.telegramId, sql.placeholder('id'))),
      getTableColumns(users),
    );
    expect(user.get({ id: 7 })).toEqual(db.select().from(users).where(eq(users.telegramId, 7)).get());
    expect(user.get({ id: 8 })).toBeUndefined();
    const query = db
      .select()
      .from(workouts)
      .where(and(eq(workouts.userId, sql.placeholder('id')), eq(workouts.status, 'planned')))
      .orderBy(asc(workouts.date));
    const all = fastRead(db, query, getTableColumns(workouts)).all({ id: 7 });
    expect(all.length).toBeGreaterThan(10);
    expect(all).toEqual(db.select().from(workouts).where(eq(workouts.userId, 7)).orderBy(asc(workouts.date)).all());
    expect(all.some((w) => Array.isArray(w.steps))).toBe(true);
    const first = fastRead(db, query, getTableColumns(workouts), { firstRowOnly: true });
    expect(first.get({ id: 7 })).toEqual(all[0]);
  });

  it('refuses fields that are not what the query selects', () => {
    const { db } = seeded();
    const q = db.select({ id: plans.id }).from(plans);
    expect(() => fastRead(db, q, { id: plans.id, goal: plans.goal })).toThrow(/selects id/);
  });

  it('the store reads through it: the day behind /today', () => {
    const { store } = seeded();
    const ref = store.plans.activeRef(7);
    expect(ref).toMatchObject({ startDate: expect.any(String), raceDate: '2027-03-14' });
    const next = store.plans.nextPlannedAfter(ref?.id ?? 0, '2026-12-02');
    expect(next?.status).toBe('planned');
    expect(next && next.date > '2026-12-02').toBe(true);
    expect(store.users.get(7)?.pendingFlow).toEqual({ kind: 'setup', step: 2 });
  });
});
