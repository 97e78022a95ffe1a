import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { calendarFeeds, intervalsAccounts, intervalsEvents } from '../schema.ts';

export type IntervalsAccount = typeof intervalsAccounts.$inferSelect;
export type IntervalsEvent = typeof intervalsEvents.$inferSelect;

/** The runner's calendar feed token: one per runner; a new one replaces (and so retires) the old. */
export function calendarFeedsRepo(db: Db) {
  return {
    get(userId: number): string | undefined {
      return db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).get()?.token;
    },
    userOf(token: string): number | undefined {
      return db.select().from(calendarFeeds).where(eq(calendarFeeds.token, token)).get()?.userId;
    },
    set(userId: number, token: string): void {
      db.insert(calendarFeeds)
        .values({ userId, token })
        .onConflictDoUpdate({ target: calendarFeeds.userId, set: { token, createdAt: Date.now() } })
        .run();
    },
  };
}

/** intervals.icu links and the events we put on the runner's intervals.icu calendar. */
export function intervalsRepo(db: Db) {
  return {
    get(userId: number): IntervalsAccount | undefined {
      return db.select().from(intervalsAccounts).where(eq(intervalsAccounts.userId, userId)).get();
    },
    all(): IntervalsAccount[] {
      return db.select().from(intervalsAccounts).all();
    },
    save(userId: number, athleteId: string, apiKeyEnc: string): void {
      db.insert(intervalsAccounts)
        .values({ userId, athleteId, apiKeyEnc })
        .onConflictDoUpdate({ target: intervalsAccounts.userId, set: { athleteId, apiKeyEnc, updatedAt: Date.now() } })
        .run();
    },
    delete(userId: number): boolean {
      db.delete(intervalsEvents).where(eq(intervalsEvents.userId, userId)).run();
      return db.delete(intervalsAccounts).where(eq(intervalsAccounts.userId, userId)).run().changes > 0;
    },
    events(userId: number): IntervalsEvent[] {
      return db.select().from(intervalsEvents).where(eq(intervalsEvents.userId, userId)).all();
    },
    saveEvent(userId: number, date: string, eventId: number, hash: string): void {
      db.insert(intervalsEvents)
        .values({ userId, date, eventId, hash })
        .onConflictDoUpdate({
          target: [intervalsEvents.userId, intervalsEvents.date],
          set: { eventId, hash, updatedAt: Date.now() },
        })
        .run();
    },
    deleteEvent(userId: number, date: string): void {
      db.delete(intervalsEvents)
        .where(and(eq(intervalsEvents.userId, userId), eq(intervalsEvents.date, date)))
        .run();
    },
  };
}
