import { and, asc, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { history, usage } from '../schema.ts';

export type HistoryRow = typeof history.$inferSelect;
export type UsageRow = typeof usage.$inferSelect;

export function historyRepo(db: Db) {
  return {
    append(userId: number, role: HistoryRow['role'], content: unknown): HistoryRow {
      return db.insert(history).values({ userId, role, content }).returning().get();
    },
    /** The last `limit` rows, oldest first. */
    recent(userId: number, limit: number): HistoryRow[] {
      return db
        .select()
        .from(history)
        .where(eq(history.userId, userId))
        .orderBy(desc(history.id))
        .limit(limit)
        .all()
        .reverse();
    },
    all(userId: number): HistoryRow[] {
      return db.select().from(history).where(eq(history.userId, userId)).orderBy(asc(history.id)).all();
    },
    deleteBefore(userId: number, id: number): number {
      return db
        .delete(history)
        .where(and(eq(history.userId, userId), lt(history.id, id)))
        .run().changes;
    },
    deleteOlderThan(beforeMs: number): number {
      return db.delete(history).where(lt(history.createdAt, beforeMs)).run().changes;
    },
    clear(userId: number): void {
      db.delete(history).where(eq(history.userId, userId)).run();
    },
  };
}

export function usageRepo(db: Db) {
  return {
    get(userId: number, day: string): UsageRow | undefined {
      return db
        .select()
        .from(usage)
        .where(and(eq(usage.userId, userId), eq(usage.day, day)))
        .get();
    },
    add(
      userId: number,
      day: string,
      delta: { turns?: number; prompt?: number; output?: number; total?: number },
    ): void {
      const values = {
        userId,
        day,
        turns: delta.turns ?? 0,
        promptTokens: delta.prompt ?? 0,
        outputTokens: delta.output ?? 0,
        totalTokens: delta.total ?? 0,
      };
      db.insert(usage)
        .values(values)
        .onConflictDoUpdate({
          target: [usage.userId, usage.day],
          set: {
            turns: sql`${usage.turns} + ${values.turns}`,
            promptTokens: sql`${usage.promptTokens} + ${values.promptTokens}`,
            outputTokens: sql`${usage.outputTokens} + ${values.outputTokens}`,
            totalTokens: sql`${usage.totalTokens} + ${values.totalTokens}`,
          },
        })
        .run();
    },
  };
}
