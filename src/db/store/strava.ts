import { and, count, eq, isNull, lt } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { oauthStates, stravaAccounts, stravaPendingLinks } from '../schema.ts';

export type StravaAccount = typeof stravaAccounts.$inferSelect;
export type NewStravaAccount = typeof stravaAccounts.$inferInsert;
export type StravaPendingLink = typeof stravaPendingLinks.$inferSelect;
export type NewStravaPendingLink = typeof stravaPendingLinks.$inferInsert;

export function stravaRepo(db: Db) {
  return {
    get(userId: number): StravaAccount | undefined {
      return db.select().from(stravaAccounts).where(eq(stravaAccounts.userId, userId)).get();
    },
    byAthlete(athleteId: number): StravaAccount | undefined {
      return db.select().from(stravaAccounts).where(eq(stravaAccounts.athleteId, athleteId)).get();
    },
    /** Stores (or replaces) the encrypted tokens: the newest refresh token always wins. */
    save(account: NewStravaAccount): StravaAccount {
      return db
        .insert(stravaAccounts)
        .values(account)
        .onConflictDoUpdate({
          target: stravaAccounts.userId,
          set: {
            athleteId: account.athleteId,
            accessTokenEnc: account.accessTokenEnc,
            refreshTokenEnc: account.refreshTokenEnc,
            expiresAt: account.expiresAt,
            scope: account.scope,
            updatedAt: Date.now(),
          },
        })
        .returning()
        .get();
    },
    delete(userId: number): boolean {
      return db.delete(stravaAccounts).where(eq(stravaAccounts.userId, userId)).run().changes > 0;
    },
    /** Linked athletes (the Standard tier caps an application at 10). */
    count(): number {
      return db.select({ n: count() }).from(stravaAccounts).get()?.n ?? 0;
    },
  };
}

/** Links waiting for the runner's confirmation in the chat (one per runner; a newer one replaces it). */
export function stravaPendingRepo(db: Db) {
  const get = (userId: number): StravaPendingLink | undefined =>
    db.select().from(stravaPendingLinks).where(eq(stravaPendingLinks.userId, userId)).get();
  return {
    get,
    /** Stores the pending link; returns the one it replaced, if any. */
    put(link: NewStravaPendingLink & { userId: number }): StravaPendingLink | undefined {
      const before = get(link.userId);
      db.insert(stravaPendingLinks)
        .values(link)
        .onConflictDoUpdate({
          target: stravaPendingLinks.userId,
          set: {
            athleteId: link.athleteId,
            athleteName: link.athleteName,
            accessTokenEnc: link.accessTokenEnc,
            refreshTokenEnc: link.refreshTokenEnc,
            tokenExpiresAt: link.tokenExpiresAt,
            scope: link.scope,
            expiresAt: link.expiresAt,
            createdAt: Date.now(),
          },
        })
        .run();
      return before;
    },
    delete(userId: number): boolean {
      return db.delete(stravaPendingLinks).where(eq(stravaPendingLinks.userId, userId)).run().changes > 0;
    },
    /** Pending links whose confirmation window closed before `nowMs`. */
    expired(nowMs: number): StravaPendingLink[] {
      return db.select().from(stravaPendingLinks).where(lt(stravaPendingLinks.expiresAt, nowMs)).all();
    },
  };
}

export function oauthStatesRepo(db: Db) {
  return {
    create(nonce: string, userId: number, purpose: string, expiresAt: number): void {
      db.insert(oauthStates).values({ nonce, userId, purpose, expiresAt }).run();
    },
    /** Marks the nonce used; true only for the first use before expiry (single use). */
    consume(nonce: string, purpose: string, nowMs: number): { userId: number } | null {
      const row = db
        .update(oauthStates)
        .set({ usedAt: nowMs })
        .where(and(eq(oauthStates.nonce, nonce), eq(oauthStates.purpose, purpose), isNull(oauthStates.usedAt)))
        .returning()
        .get();
      if (!row || row.expiresAt < nowMs) return null;
      return { userId: row.userId };
    },
    /** States and link tokens that expired before `beforeMs` (used or not): of no further use. */
    deleteExpiredBefore(beforeMs: number): number {
      return db.delete(oauthStates).where(lt(oauthStates.expiresAt, beforeMs)).run().changes;
    },
  };
}
