import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { createStore } from '../../src/db/store/index.ts';
import { cli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

describe('cli seed', () => {
  it('creates runners with profiles, identical plans and their next send times', async () => {
    const DATABASE_PATH = join(tempDir(), 'runcoach.db');
    const now = new Date('2026-11-30T00:00:00Z');
    const args = [
      'seed',
      '--users',
      '300',
      '--first-id',
      '1000',
      '--timezone',
      'Asia/Tokyo,Europe/Berlin',
      '--morning',
      '07:15',
    ];
    const r = await cli([...args, '--goal', '10k', '--start', '2026-11-30'], { DATABASE_PATH }, now);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({
      created: 300,
      skipped: 0,
      firstId: 1000,
      lastId: 1299,
      goal: '10k',
      startDate: '2026-11-30',
    });
    const store = createStore(openDatabase(DATABASE_PATH));
    try {
      expect(store.users.count()).toBe(300);
      const a = store.users.get(1000)!;
      const b = store.users.get(1001)!;
      expect([a.timezone, b.timezone, a.morningTime]).toEqual(['Asia/Tokyo', 'Europe/Berlin', '07:15']);
      // 07:15 in Berlin on 30 Nov is 06:15Z.
      expect(b.nextMorningAt).toBe(new Date('2026-11-30T06:15:00Z').getTime());
      const first = store.plans.getActive(1000)!;
      const last = store.plans.getActive(1299)!;
      expect(last).toEqual(first);
      expect(first.goal.distance).toBe('10k');
      expect(first.weeks.flatMap((w) => w.workouts)).toHaveLength(result.workoutsPerRunner);
    } finally {
      store.close();
    }
    // Seeding the same ids again leaves them alone.
    const again = await cli([...args, '--goal', '10k'], { DATABASE_PATH }, now);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, skipped: 300 });
  });

  it('bad input exits 2 with the reason', async () => {
    const DATABASE_PATH = join(tempDir(), 'runcoach.db');
    const cases: [string[], RegExp][] = [
      [['seed'], /--users/],
      [['seed', '--users', 'many'], /--users must be a whole number/],
      [['seed', '--users', '0'], /--users must be/],
      [['seed', '--users', '2', '--timezone', 'Mars/Olympus'], /unknown IANA time zone "Mars\/Olympus"/],
      [['seed', '--users', '2', '--morning', '25:00'], /--morning must be HH:MM/],
      [['seed', '--users', '2', '--goal', 'ultra'], /--goal must be one of/],
      [['seed', '--users', '2', '--start', '2026-02-30'], /--start must be a date/],
      [['seed', '--users', '2', '--start', '2026-12-01', '--race-date', '2026-12-10'], /cannot build the demo plan/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv, { DATABASE_PATH });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
