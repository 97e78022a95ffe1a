import { and, count, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { users } from '../schema.ts';

export type User = typeof users.$inferSelect;
export type UserPatch = Partial<Omit<User, 'telegramId' | 'createdAt'>>;

export interface TelegramIdentity {
  telegramId: number;
  chatId: number;
  name?: string | null;
  username?: string | null;
  languageCode?: string | null;
}

export function usersRepo(db: Db) {
  // Hot path (every update reads the runner): prepared once, so drizzle builds the SQL only here.
  const byId = db
    .select()
    .from(users)
    .where(eq(users.telegramId, sql.placeholder('id')))
    .prepare();
  return {
    get(telegramId: number): User | undefined {
      return byId.get({ id: telegramId });
    },
    /** Creates the runner on first contact; later calls refresh the chat and mark them active again. */
    upsert(identity: TelegramIdentity, defaults: Partial<UserPatch> = {}): User {
      return db
        .insert(users)
        .values({
          telegramId: identity.telegramId,
          chatId: identity.chatId,
          name: identity.name ?? null,
          username: identity.username ?? null,
          languageCode: identity.languageCode ?? null,
          ...defaults,
        })
        .onConflictDoUpdate({
          target: users.telegramId,
          set: { chatId: identity.chatId, active: true, updatedAt: Date.now() },
        })
        .returning()
        .get();
    },
    update(telegramId: number, patch: UserPatch): User | undefined {
      return db
        .update(users)
        .set({ ...patch, updatedAt: Date.now() })
        .where(eq(users.telegramId, telegramId))
        .returning()
        .get();
    },
    setActive(telegramId: number, active: boolean): void {
      db.update(users).set({ active, updatedAt: Date.now() }).where(eq(users.telegramId, telegramId)).run();
    },
    /** Deletes the runner and, through cascades, everything of theirs. */
    delete(telegramId: number): boolean {
      return db.delete(users).where(eq(users.telegramId, telegramId)).run().changes > 0;
    },
    /** Active runners whose next morning message is due (index users_next_morning). */
    dueMorning(nowMs: number, limit = 10_000): User[] {
      return db
        .select()
        .from(users)
        .where(and(eq(users.active, true), lte(users.nextMorningAt, nowMs)))
        .limit(limit)
        .all();
    },
    dueEvening(nowMs: number, limit = 10_000): User[] {
      return db
        .select()
        .from(users)
        .where(and(eq(users.active, true), lte(users.nextEveningAt, nowMs)))
        .limit(limit)
        .all();
    },
    dueWeekly(nowMs: number, limit = 10_000): User[] {
      return db
        .select()
        .from(users)
        .where(and(eq(users.active, true), lte(users.nextWeeklyAt, nowMs)))
        .limit(limit)
        .all();
    },
    all(): User[] {
      return db.select().from(users).all();
    },
    count(): number {
      return db.select({ n: count() }).from(users).get()?.n ?? 0;
    },
  };
}
