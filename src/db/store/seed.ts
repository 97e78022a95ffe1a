/**
 * Bulk writes for `cli seed` (demo and load-test runners): plain prepared statements, and plans copied row for row
 * with INSERT ... SELECT, because a seed of 100,000 runners through the query builder takes minutes.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../client.ts';

/** A demo runner's row: a finished setup and the next-send instants already computed. */
export interface SeedUser {
  id: number;
  name: string;
  timezone: string;
  morningTime: string;
  eveningTime: string;
  daysPerWeek: number;
  weeklyKm: number;
  nextMorningAt: number;
  nextEveningAt: number;
  nextWeeklyAt: number;
}

interface Statements {
  insertUser: Statement<[Record<string, string | number>]>;
  clonePlan: Statement<[number, number]>;
  cloneWorkouts: Statement<[number, number, number]>;
}

export function seedRepo(db: Db) {
  const sqlite = db.$client;
  /** Columns of a table except the ones given (so the copy follows the schema as it grows). */
  const columnsExcept = (table: 'plans' | 'workouts', except: string[]): string[] =>
    (sqlite.prepare(`pragma table_info(${table})`).all() as { name: string }[])
      .map((c) => c.name)
      .filter((n) => !except.includes(n));
  let statements: Statements | undefined;
  const prepare = (): Statements => {
    const planCols = columnsExcept('plans', ['id', 'user_id']).join(', ');
    const workoutCols = columnsExcept('workouts', ['id', 'user_id', 'plan_id']).join(', ');
    return {
      insertUser: sqlite.prepare(
        `insert into users (telegram_id, chat_id, name, timezone, morning_time, evening_time, days_per_week,
           weekly_km, long_run_day, onboarded, next_morning_at, next_evening_at, next_weekly_at)
         values (@id, @id, @name, @tz, @morning, @evening, @days, @km, 'sun', 1, @nm, @ne, @nw)
         on conflict do nothing`,
      ),
      clonePlan: sqlite.prepare(
        `insert into plans (user_id, ${planCols}) select ?, ${planCols} from plans where id = ?`,
      ),
      cloneWorkouts: sqlite.prepare(
        `insert into workouts (plan_id, user_id, ${workoutCols})
         select ?, ?, ${workoutCols} from workouts where plan_id = ?`,
      ),
    };
  };
  const s = (): Statements => {
    statements ??= prepare();
    return statements;
  };
  return {
    /** Inserts a demo runner (their Telegram id doubles as the chat id); false when the id is taken. */
    insertUser(u: SeedUser): boolean {
      return (
        s().insertUser.run({
          id: u.id,
          name: u.name,
          tz: u.timezone,
          morning: u.morningTime,
          evening: u.eveningTime,
          days: u.daysPerWeek,
          km: u.weeklyKm,
          nm: u.nextMorningAt,
          ne: u.nextEveningAt,
          nw: u.nextWeeklyAt,
        }).changes > 0
      );
    },
    /** Gives `userId` a copy of plan `templatePlanId` with its workouts; returns the new plan's id. */
    copyPlan(userId: number, templatePlanId: number): number {
      const planId = Number(s().clonePlan.run(userId, templatePlanId).lastInsertRowid);
      s().cloneWorkouts.run(planId, userId, templatePlanId);
      return planId;
    },
  };
}
