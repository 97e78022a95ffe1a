import { and, asc, eq, getTableColumns, gt, gte, lte, sql } from 'drizzle-orm';
import { formatHms, parseDuration } from '../../training/duration.ts';
import type { Plan, PlanBaseline, PlanWeek, Workout, WorkoutStep } from '../../training/types.ts';
import type { Db } from '../client.ts';
import { plans, workouts } from '../schema.ts';
import { fastRead } from './fast-read.ts';
import { type JsonReader, objectJson, stepsJson, warningsJson, weekMetasJson } from './json.ts';
import type { ReadCache } from './read-cache.ts';

export type PlanRow = typeof plans.$inferSelect;
export type WorkoutRow = typeof workouts.$inferSelect;
export type WorkoutStatus = WorkoutRow['status'];
export type WorkoutType = WorkoutRow['type'];

/** The plan JSON of contracts.md is the engine's Plan type; the store keeps it in rows. */
export type StoredPlan = Plan;
export type StoredWeek = PlanWeek;
export type StoredWorkout = Workout;

interface WeekMeta {
  index: number;
  phase: StoredWeek['phase'];
  startDate: string;
  totalKm?: number;
}

const weekMeta = (w: StoredWeek): WeekMeta => ({
  index: w.index,
  phase: w.phase,
  startDate: w.startDate,
  totalKm: w.totalKm,
});

/** Read-then-write transactions take the write lock first, so a busy database waits instead of failing. */
const IMMEDIATE = { behavior: 'immediate' } as const;

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The plan-level fields an adaptation may change (the goal and start stay as created). */
function adaptableMeta(plan: StoredPlan) {
  return {
    vdot: plan.vdot,
    paces: plan.paces ?? null,
    warnings: plan.warnings,
    weeks: plan.weeks.map(weekMeta),
    baseline: plan.baseline ?? null,
    predictedTime: plan.goal.predictedTime ?? null,
  };
}

export function workoutFromRow(w: WorkoutRow): StoredWorkout {
  return {
    date: w.date,
    type: w.type,
    distanceKm: w.distanceKm,
    title: w.title,
    description: w.description,
    status: w.status,
    // Checked like every JSON column (json.ts); a bad value reads as no steps (the title and distance remain).
    steps: ((w.steps === null ? null : stepsJson.safeParse(w.steps).data) as WorkoutStep[] | null | undefined) ?? [],
  };
}

export function plansRepo(db: Db, json: JsonReader, cache: ReadCache) {
  function assemble(row: PlanRow): StoredPlan {
    const rows = db.select().from(workouts).where(eq(workouts.planId, row.id)).orderBy(asc(workouts.date)).all();
    const where = (column: string) => ({ table: 'plans', column, key: row.id });
    const metas = json(weekMetasJson, row.weeks, [], where('weeks')) as WeekMeta[];
    const weeks: StoredWeek[] = metas.map((m) => {
      const ws = rows.filter((w) => w.weekIndex === m.index).map(workoutFromRow);
      // Older rows may lack the engine's total: recompute it the engine's way (the race is not counted).
      const totalKm = m.totalKm ?? round1(ws.filter((w) => w.type !== 'race').reduce((s, w) => s + w.distanceKm, 0));
      return { index: m.index, phase: m.phase, startDate: m.startDate, totalKm, workouts: ws };
    });
    return {
      goal: {
        distance: row.goal,
        distanceKm: row.distanceKm,
        raceDate: row.raceDate,
        goalTime: row.goalTimeSec === null ? null : formatHms(row.goalTimeSec),
        predictedTime: row.predictedTime,
      },
      startDate: row.startDate,
      vdot: row.vdot,
      paces: (json(objectJson, row.paces, null, where('paces')) as Plan['paces']) ?? null,
      warnings: json(warningsJson, row.warnings, [], where('warnings')),
      weeks,
      ...(row.baseline && json(objectJson, row.baseline, null, where('baseline'))
        ? { baseline: row.baseline as PlanBaseline }
        : {}),
    };
  }

  function insertWorkouts(planId: number, userId: number, plan: StoredPlan): void {
    for (const week of plan.weeks) {
      for (const w of week.workouts) {
        db.insert(workouts)
          .values({
            planId,
            userId,
            date: w.date,
            weekIndex: week.index,
            type: w.type,
            distanceKm: w.distanceKm,
            title: w.title,
            description: w.description,
            steps: w.steps ?? null,
            status: w.status,
          })
          .run();
      }
    }
  }

  // The queries behind /today and the morning job, prepared once.
  // Constant conditions as SQL literals, not bound values: SQLite (better-sqlite3 builds it with STAT4) re-plans a
  // statement at every bind of a parameter that could pick a partial index (plans_one_active is `status =
  // 'active'`), which made these reads 5× slower (15 µs against 3 µs, issue 18's update bench).
  const ACTIVE = sql`${plans.status} = 'active'`;
  const PLANNED = sql`${workouts.status} = 'planned'`;
  const activeByUser = fastRead(
    db,
    db
      .select()
      .from(plans)
      .where(and(eq(plans.userId, sql.placeholder('userId')), ACTIVE)),
    getTableColumns(plans),
  );
  // Most reads need only which plan is active, not its JSON columns (weeks, paces, request...).
  const refFields = { id: plans.id, startDate: plans.startDate, raceDate: plans.raceDate };
  const activeRefByUser = fastRead(
    db,
    db
      .select(refFields)
      .from(plans)
      .where(and(eq(plans.userId, sql.placeholder('userId')), ACTIVE)),
    refFields,
  );
  const workoutColumns = getTableColumns(workouts);
  const workoutByDate = fastRead(
    db,
    db
      .select()
      .from(workouts)
      .where(and(eq(workouts.planId, sql.placeholder('planId')), eq(workouts.date, sql.placeholder('date')))),
    workoutColumns,
  );
  const workoutsInRange = fastRead(
    db,
    db
      .select()
      .from(workouts)
      .where(
        and(
          eq(workouts.planId, sql.placeholder('planId')),
          gte(workouts.date, sql.placeholder('from')),
          lte(workouts.date, sql.placeholder('to')),
        ),
      )
      .orderBy(asc(workouts.date)),
    workoutColumns,
  );

  const nextAfter = fastRead(
    db,
    db
      .select()
      .from(workouts)
      .where(and(eq(workouts.planId, sql.placeholder('planId')), gt(workouts.date, sql.placeholder('date')), PLANNED))
      .orderBy(asc(workouts.date)),
    workoutColumns,
    { firstRowOnly: true },
  );

  return {
    activeRow(userId: number): PlanRow | undefined {
      return activeByUser.get({ userId });
    },
    /** Which plan is active (id, start, race date), without parsing its JSON columns. */
    activeRef(userId: number): { id: number; startDate: string; raceDate: string } | undefined {
      return cache.get('plan', userId, () => activeRefByUser.get({ userId }));
    },
    /** The runner's active plan as plan JSON, or null. */
    getActive(userId: number): StoredPlan | null {
      const row = this.activeRow(userId);
      return row ? assemble(row) : null;
    },
    /** Archives the current plan and stores the new one with its workouts, atomically. */
    create(userId: number, plan: StoredPlan, request: unknown): PlanRow {
      return db.transaction(() => {
        db.update(plans)
          .set({ status: 'archived', updatedAt: Date.now() })
          .where(and(eq(plans.userId, userId), eq(plans.status, 'active')))
          .run();
        const row = db
          .insert(plans)
          .values({
            userId,
            goal: plan.goal.distance,
            distanceKm: plan.goal.distanceKm,
            raceDate: plan.goal.raceDate,
            goalTimeSec: plan.goal.goalTime ? parseDuration(plan.goal.goalTime) : null,
            startDate: plan.startDate,
            ...adaptableMeta(plan),
            request,
          })
          .returning()
          .get();
        insertWorkouts(row.id, userId, plan);
        return row;
      }, IMMEDIATE);
    },
    /**
     * Replaces the active plan's content by an adapted version. The engine never changes past days, so this
     * rewrites the workout rows and the plan meta in one transaction.
     */
    replaceActive(userId: number, plan: StoredPlan): void {
      db.transaction(() => {
        const row = this.activeRow(userId);
        if (!row) throw new Error('no active plan');
        db.update(plans)
          .set({
            ...adaptableMeta(plan),
            updatedAt: Date.now(),
          })
          .where(eq(plans.id, row.id))
          .run();
        db.delete(workouts).where(eq(workouts.planId, row.id)).run();
        insertWorkouts(row.id, userId, plan);
      }, IMMEDIATE);
    },
    workoutOn(userId: number, date: string): WorkoutRow | undefined {
      const row = this.activeRef(userId);
      if (!row) return undefined;
      return workoutByDate.get({ planId: row.id, date });
    },
    /** The next planned workout after `date` (a rest day's "next"). */
    nextPlannedAfter(planId: number, date: string): WorkoutRow | undefined {
      return cache.get('next', `${planId}|${date}`, () => nextAfter.get({ planId, date }));
    },
    /** A day of a plan (read-cache.ts: kept until the database next changes; frozen). */
    workoutOnPlan(planId: number, date: string): WorkoutRow | undefined {
      return cache.get('day', `${planId}|${date}`, () => workoutByDate.get({ planId, date }));
    },
    workoutsBetween(userId: number, from: string, to: string): WorkoutRow[] {
      const row = this.activeRef(userId);
      if (!row) return [];
      return workoutsInRange.all({ planId: row.id, from, to });
    },
    setWorkoutStatus(userId: number, date: string, status: WorkoutStatus): boolean {
      const row = this.activeRef(userId);
      if (!row) return false;
      return (
        db
          .update(workouts)
          .set({ status, updatedAt: Date.now() })
          .where(and(eq(workouts.planId, row.id), eq(workouts.date, date)))
          .run().changes > 0
      );
    },
    all(userId: number): PlanRow[] {
      return db.select().from(plans).where(eq(plans.userId, userId)).orderBy(asc(plans.id)).all();
    },
  };
}
