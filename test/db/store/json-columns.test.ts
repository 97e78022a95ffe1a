/** JSON columns are checked on read: a damaged row reads as a clear fallback and is logged, never a crash. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/client.ts';
import { createStore } from '../../../src/db/store/index.ts';
import { createLogger } from '../../../src/log.ts';
import { dbOf } from '../../helpers/db.ts';
import { tempDir } from '../../helpers/tmp.ts';

function storeWithLog() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const store = createStore(openDatabase(`${tempDir()}/runcoach.db`), { log: createLogger('warn', sink) });
  store.users.upsert({ telegramId: 7, chatId: 7 });
  const raw = (column: string, json: string) =>
    dbOf(store).$client.prepare(`update users set ${column} = ? where telegram_id = 7`).run(json);
  return { store, lines, raw };
}

describe('JSON columns on read', () => {
  it('keeps well-formed values as they are', () => {
    const { store, lines } = storeWithLog();
    const flow = { kind: 'intervals', step: 2 };
    const health = { kind: 'injury', from: '2026-12-01', until: '2026-12-07', location: 'knee' };
    store.users.update(7, { pendingFlow: flow, health, pausedMessages: ['morning'] });
    expect(store.users.get(7)).toMatchObject({ pendingFlow: flow, health, pausedMessages: ['morning'] });
    expect(lines).toEqual([]);
    store.close();
  });

  it('reads a pending flow without a kind as none, and says so in the log', () => {
    const { store, lines, raw } = storeWithLog();
    raw('pending_flow', '{"step":3}');
    expect(store.users.get(7)?.pendingFlow).toBeNull();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ table: 'users', column: 'pending_flow', key: 7 });
    expect(String(lines[0]?.msg)).toMatch(/bad JSON/);
    store.close();
  });

  it('reads damaged health and paused kinds as none, on every read path', () => {
    const { store, raw } = storeWithLog();
    raw('health', '"ill"');
    raw('paused_messages', '["morning","lunch"]');
    const expected = { health: null, pausedMessages: null };
    expect(store.users.get(7)).toMatchObject(expected);
    expect(store.users.all()[0]).toMatchObject(expected);
    store.users.update(7, { nextMorningAt: 0 });
    expect(store.users.dueMorning(1)[0]).toMatchObject(expected);
    expect(store.users.update(7, { name: 'Ana' })).toMatchObject({ ...expected, name: 'Ana' });
    store.close();
  });

  it('reads a plan with damaged weeks or warnings without throwing', () => {
    const { store, lines } = storeWithLog();
    const plan = {
      goal: { distance: '5k' as const, distanceKm: 5, raceDate: '2027-01-31', goalTime: null, predictedTime: null },
      startDate: '2026-12-07',
      vdot: null,
      paces: null,
      warnings: [],
      weeks: [
        {
          index: 1,
          phase: 'base' as const,
          startDate: '2026-12-07',
          totalKm: 5,
          workouts: [
            {
              date: '2026-12-08',
              type: 'easy' as const,
              distanceKm: 5,
              title: 'Easy',
              description: 'Easy.',
              status: 'planned' as const,
              steps: [],
            },
          ],
        },
      ],
    };
    const row = store.plans.create(7, plan, {});
    dbOf(store).$client.prepare(`update plans set weeks = '{"no":1}', warnings = '[1]' where id = ?`).run(row.id);
    const read = store.plans.getActive(7);
    expect(read?.weeks).toEqual([]);
    expect(read?.warnings).toEqual([]);
    expect(lines.map((l) => l.column).sort()).toEqual(['warnings', 'weeks']);
    store.close();
  });
});
