import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { oauthStates, stravaAccounts } from '../schema.ts';

export type StravaAccount = typeof stravaAccounts.$inferSelect;
export type NewStravaAccount = typeof stravaAccounts.$inferInsert;

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
  };
}
