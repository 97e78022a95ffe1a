import { and, asc, eq, getTableColumns, gte, isNotNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { feedback, runs } from '../schema.ts';
import { fastRead } from './fast-read.ts';

export type Run = typeof runs.$inferSelect;
export type NewRun = typeof runs.$inferInsert;
export type Feedback = typeof feedback.$inferSelect;
export type NewFeedback = typeof feedback.$inferInsert;

export function runsRepo(db: Db) {
  // A week's runs: every morning message from Tuesday on reads one (the fan-out, once per runner), so prepared once.
  const runsBetween = fastRead(
    db,
    db
      .select()
      .from(runs)
      .where(
        and(
          eq(runs.userId, sql.placeholder('userId')),
          gte(runs.date, sql.placeholder('from')),
          lte(runs.date, sql.placeholder('to')),
        ),
      )
      .orderBy(asc(runs.date), asc(runs.id)),
    getTableColumns(runs),
  );
  return {
    /** Idempotent on (source, externalId): a retried log or a repeated webhook stores the run once. */
    insert(run: NewRun): { run: Run; created: boolean } {
      const inserted = db.insert(runs).values(run).onConflictDoNothing().returning().get();
      if (inserted) return { run: inserted, created: true };
      const existing = db
        .select()
        .from(runs)
        .where(and(eq(runs.source, run.source), eq(runs.externalId, run.externalId)))
        .get();
      if (!existing) throw new Error('run conflict without an existing row');
      return { run: existing, created: false };
    },
    byExternal(source: Run['source'], externalId: string): Run | undefined {
      return db
        .select()
        .from(runs)
        .where(and(eq(runs.source, source), eq(runs.externalId, externalId)))
        .get();
    },
    update(id: number, patch: Partial<NewRun>): Run | undefined {
      return db.update(runs).set(patch).where(eq(runs.id, id)).returning().get();
    },
    delete(id: number): boolean {
      return db.delete(runs).where(eq(runs.id, id)).run().changes > 0;
    },
    between(userId: number, from: string, to: string): Run[] {
      return runsBetween.all({ userId, from, to });
    },
    all(userId: number): Run[] {
      return db.select().from(runs).where(eq(runs.userId, userId)).orderBy(asc(runs.date), asc(runs.id)).all();
    },
    deleteBySource(userId: number, source: Run['source']): number {
      return db
        .delete(runs)
        .where(and(eq(runs.userId, userId), eq(runs.source, source)))
        .run().changes;
    },
    /**
     * Drops raw source data (Strava's: raw JSON, title, sport type) stored before the cut-off, keeping the training
     * facts. Rows purged before the sport type was part of it lose it too, keeping their first purge time.
     */
    purgeRawBefore(source: Run['source'], beforeMs: number, nowMs: number): number {
      return db
        .update(runs)
        .set({ raw: null, title: null, sportType: null, rawPurgedAt: sql`coalesce(${runs.rawPurgedAt}, ${nowMs})` })
        .where(
          and(
            eq(runs.source, source),
            lt(runs.createdAt, beforeMs),
            or(isNotNull(runs.raw), isNotNull(runs.title), isNotNull(runs.sportType)),
          ),
        )
        .run().changes;
    },
  };
}

export function feedbackRepo(db: Db) {
  return {
    insert(row: NewFeedback): Feedback {
      return db.insert(feedback).values(row).returning().get();
    },
    between(userId: number, from: string, to: string): Feedback[] {
      return db
        .select()
        .from(feedback)
        .where(and(eq(feedback.userId, userId), gte(feedback.date, from), lte(feedback.date, to)))
        .orderBy(asc(feedback.date), asc(feedback.id))
        .all();
    },
    all(userId: number): Feedback[] {
      return db
        .select()
        .from(feedback)
        .where(eq(feedback.userId, userId))
        .orderBy(asc(feedback.date), asc(feedback.id))
        .all();
    },
  };
}
