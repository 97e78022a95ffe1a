import { and, count, eq, getTableColumns, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { users } from '../schema.ts';
import { fastRead } from './fast-read.ts';
import { healthJson, type JsonReader, pausedMessagesJson, pendingFlowJson } from './json.ts';
import type { ReadCache } from './read-cache.ts';

export type User = typeof users.$inferSelect;
export type ScheduleColumn = 'nextMorningAt' | 'nextEveningAt' | 'nextWeeklyAt';
export type UserPatch = Partial<Omit<User, 'telegramId' | 'createdAt'>>;

export interface TelegramIdentity {
  telegramId: number;
  chatId: number;
  name?: string | null;
  username?: string | null;
  languageCode?: string | null;
}

export function usersRepo(db: Db, json: JsonReader, cache: ReadCache) {
  // Hot path (every update reads the runner): prepared once, so drizzle builds the SQL only here.
  const byId = fastRead(
    db,
    db
      .select()
      .from(users)
      .where(eq(users.telegramId, sql.placeholder('id'))),
    getTableColumns(users),
  );
  /** The fan-out moves a runner's next instant once per message: one prepared statement per column. */
  const advance = (column: ScheduleColumn) =>
    db
      .update(users)
      .set({ [column]: sql.placeholder('at') })
      .where(eq(users.telegramId, sql.placeholder('id')))
      .prepare();
  const advances = {
    nextMorningAt: advance('nextMorningAt'),
    nextEveningAt: advance('nextEveningAt'),
    nextWeeklyAt: advance('nextWeeklyAt'),
  };
  /** The JSON columns, checked (json.ts); the row is returned as it is when all are well. */
  const checked = (u: User): User => {
    if (u.pendingFlow === null && u.health === null && u.pausedMessages === null) return u;
    const where = (column: string) => ({ table: 'users', column, key: u.telegramId });
    return {
      ...u,
      pendingFlow: json(pendingFlowJson, u.pendingFlow, null, where('pending_flow')),
      health: json(healthJson, u.health, null, where('health')),
      pausedMessages: json(pausedMessagesJson, u.pausedMessages, null, where('paused_messages')),
    };
  };
  const checkedOrNone = (u: User | undefined): User | undefined => (u ? checked(u) : undefined);
  return {
    /** The runner (read-cache.ts: kept until the database next changes; frozen, as every reader shares it). */
    get(telegramId: number): User | undefined {
      return cache.get('user', telegramId, () => checkedOrNone(byId.get({ id: telegramId })));
    },
    /** Creates the runner on first contact; later calls refresh the chat and mark them active again. */
    upsert(identity: TelegramIdentity, defaults: Partial<UserPatch> = {}): User {
      return checked(
        db
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
          .get(),
      );
    },
    update(telegramId: number, patch: UserPatch): User | undefined {
      return checkedOrNone(
        db
          .update(users)
          .set({ ...patch, updatedAt: Date.now() })
          .where(eq(users.telegramId, telegramId))
          .returning()
          .get(),
      );
    },
    /** Moves one next-send instant (the fan-out, once per runner it served). */
    advanceSchedule(telegramId: number, column: ScheduleColumn, atMs: number): void {
      advances[column].run({ id: telegramId, at: atMs });
    },
    /** Active runners with a next-send instant never computed (created before the scheduler, imports, seeds). */
    missingSchedules(limit: number): User[] {
      return db
        .select()
        .from(users)
        .where(
          and(
            eq(users.active, true),
            or(isNull(users.nextMorningAt), isNull(users.nextEveningAt), isNull(users.nextWeeklyAt)),
          ),
        )
        .limit(limit)
        .all()
        .map(checked);
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
        .all()
        .map(checked);
    },
    dueEvening(nowMs: number, limit = 10_000): User[] {
      return db
        .select()
        .from(users)
        .where(and(eq(users.active, true), lte(users.nextEveningAt, nowMs)))
        .limit(limit)
        .all()
        .map(checked);
    },
    dueWeekly(nowMs: number, limit = 10_000): User[] {
      return db
        .select()
        .from(users)
        .where(and(eq(users.active, true), lte(users.nextWeeklyAt, nowMs)))
        .limit(limit)
        .all()
        .map(checked);
    },
    all(): User[] {
      return db.select().from(users).all().map(checked);
    },
    count(): number {
      return db.select({ n: count() }).from(users).get()?.n ?? 0;
    },
  };
}
