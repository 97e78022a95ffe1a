/**
 * The durable queues: the outbox (messages to send) and the inbox (webhook events to process).
 * Rows are claimed with a lease: a worker that dies mid-batch leaves rows whose lease expires and are claimed
 * again after a restart, so nothing is lost and only in-flight rows can repeat.
 */
import type { Statement } from 'better-sqlite3';
import { and, asc, count, eq, inArray, like, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { inbox, jobRuns, meta, outbox } from '../schema.ts';

const IMMEDIATE = { behavior: 'immediate' } as const;

export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxRow = typeof outbox.$inferInsert;
export type InboxRow = typeof inbox.$inferSelect;
export type NewInboxRow = typeof inbox.$inferInsert;
export type JobRun = typeof jobRuns.$inferSelect;

/** An outbox row as the fan-out writes it: the payload still an object, the due instant optional. */
export interface FanoutRow {
  key: string;
  userId: number;
  chatId: number;
  kind: string;
  payload: unknown;
  nextAttemptAt?: number | null | undefined;
}

type BulkParams = { key: string; userId: number; chatId: number; kind: string; payload: string; due: number | null };

/** A `like` pattern for every kind that starts with `prefix` (the prefixes we use hold no wildcards). */
const startsWith = (prefix: string) => `${prefix}%`;

export function outboxRepo(db: Db) {
  let bulk: Statement<[BulkParams]> | undefined;
  return {
    /** Idempotent on `key`: returns false when the message was already enqueued. */
    enqueue(row: NewOutboxRow): boolean {
      return db.insert(outbox).values(row).onConflictDoNothing().run().changes > 0;
    },
    enqueueMany(rows: NewOutboxRow[]): number {
      if (rows.length === 0) return 0;
      return db.transaction(() => {
        let n = 0;
        for (const row of rows) n += db.insert(outbox).values(row).onConflictDoNothing().run().changes;
        return n;
      });
    },
    /**
     * Writes outbox rows, idempotent on their keys; returns how many were new. The same row shape as `enqueue`,
     * with one prepared statement, because a fan-out writes a hundred thousand of them.
     */
    enqueueBulk(rows: readonly FanoutRow[]): number {
      bulk ??= db.$client.prepare(
        `insert into outbox (key, user_id, chat_id, kind, payload, next_attempt_at)
         values (@key, @userId, @chatId, @kind, @payload, coalesce(@due, cast(unixepoch('subsec') * 1000 as integer)))
         on conflict do nothing`,
      );
      let n = 0;
      for (const r of rows) {
        n += bulk.run({
          key: r.key,
          userId: r.userId,
          chatId: r.chatId,
          kind: r.kind,
          payload: JSON.stringify(r.payload),
          due: r.nextAttemptAt ?? null,
        }).changes;
      }
      return n;
    },
    /** Claims up to `limit` due rows (pending, or sending with an expired lease) for `leaseMs`. */
    claim(nowMs: number, limit: number, leaseMs: number): OutboxRow[] {
      return db.transaction(() => {
        const due = db
          .select({ id: outbox.id })
          .from(outbox)
          .where(
            or(
              and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, nowMs)),
              and(eq(outbox.status, 'sending'), lt(outbox.leaseUntil, nowMs)),
            ),
          )
          .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
          .limit(limit)
          .all()
          .map((r) => r.id);
        if (due.length === 0) return [];
        return db
          .update(outbox)
          .set({ status: 'sending', leaseUntil: nowMs + leaseMs, attempts: sql`${outbox.attempts} + 1` })
          .where(inArray(outbox.id, due))
          .returning()
          .all()
          .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.id - b.id);
        // IMMEDIATE: take the write lock first, so a busy database waits (busy_timeout) instead of failing
        // with SQLITE_BUSY when this read-then-write transaction upgrades its lock.
      }, IMMEDIATE);
    },
    markSent(id: number, nowMs: number, telegramMessageId: number | null): void {
      db.update(outbox)
        .set({ status: 'sent', sentAt: nowMs, leaseUntil: null, telegramMessageId, lastError: null })
        .where(eq(outbox.id, id))
        .run();
    },
    retryLater(id: number, atMs: number, error: string): void {
      db.update(outbox)
        .set({ status: 'pending', nextAttemptAt: atMs, leaseUntil: null, lastError: error })
        .where(eq(outbox.id, id))
        .run();
    },
    fail(id: number, error: string, status: 'failed' | 'dropped' = 'failed'): void {
      db.update(outbox).set({ status, leaseUntil: null, lastError: error }).where(eq(outbox.id, id)).run();
    },
    /** A runner who blocked the bot: their pending messages are dropped. */
    dropForUser(userId: number, reason: string): number {
      return db
        .update(outbox)
        .set({ status: 'dropped', leaseUntil: null, lastError: reason })
        .where(and(eq(outbox.userId, userId), inArray(outbox.status, ['pending', 'sending'])))
        .run().changes;
    },
    byKey(key: string): OutboxRow | undefined {
      return db.select().from(outbox).where(eq(outbox.key, key)).get();
    },
    /** Rows still to send (pending or leased). */
    depth(): number {
      return (
        db
          .select({ n: count() })
          .from(outbox)
          .where(inArray(outbox.status, ['pending', 'sending']))
          .get()?.n ?? 0
      );
    },
    nextDueAt(): number | null {
      const row = db
        .select({ at: sql<number>`min(${outbox.nextAttemptAt})` })
        .from(outbox)
        .where(eq(outbox.status, 'pending'))
        .get();
      return row?.at ?? null;
    },
    deleteFinishedBefore(beforeMs: number): number {
      return db
        .delete(outbox)
        .where(and(inArray(outbox.status, ['sent', 'failed', 'dropped']), lt(outbox.createdAt, beforeMs)))
        .run().changes;
    },
    /** Every message to `userId` whose kind starts with `kindPrefix`, whatever its status. */
    deleteKindForUser(userId: number, kindPrefix: string): number {
      return db
        .delete(outbox)
        .where(and(eq(outbox.userId, userId), like(outbox.kind, startsWith(kindPrefix))))
        .run().changes;
    },
    /** Finished messages whose kind starts with `kindPrefix`, written before `beforeMs`. */
    deleteFinishedKindBefore(kindPrefix: string, beforeMs: number): number {
      return db
        .delete(outbox)
        .where(
          and(
            like(outbox.kind, startsWith(kindPrefix)),
            inArray(outbox.status, ['sent', 'failed', 'dropped']),
            lt(outbox.createdAt, beforeMs),
          ),
        )
        .run().changes;
    },
  };
}

export function inboxRepo(db: Db) {
  return {
    /** Idempotent on `key`: a duplicate delivery returns false and is not processed twice. */
    add(row: NewInboxRow): boolean {
      return db.insert(inbox).values(row).onConflictDoNothing().run().changes > 0;
    },
    claim(nowMs: number, limit: number, leaseMs: number): InboxRow[] {
      return db.transaction(() => {
        const due = db
          .select({ id: inbox.id })
          .from(inbox)
          .where(
            or(
              and(eq(inbox.status, 'pending'), lte(inbox.nextAttemptAt, nowMs)),
              and(eq(inbox.status, 'processing'), lt(inbox.leaseUntil, nowMs)),
            ),
          )
          .orderBy(asc(inbox.nextAttemptAt), asc(inbox.id))
          .limit(limit)
          .all()
          .map((r) => r.id);
        if (due.length === 0) return [];
        return db
          .update(inbox)
          .set({ status: 'processing', leaseUntil: nowMs + leaseMs, attempts: sql`${inbox.attempts} + 1` })
          .where(inArray(inbox.id, due))
          .returning()
          .all()
          .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.id - b.id);
        // IMMEDIATE: take the write lock first, so a busy database waits (busy_timeout) instead of failing
        // with SQLITE_BUSY when this read-then-write transaction upgrades its lock.
      }, IMMEDIATE);
    },
    finish(id: number, nowMs: number, status: 'done' | 'ignored' | 'failed' = 'done', error?: string): void {
      db.update(inbox)
        .set({ status, processedAt: nowMs, leaseUntil: null, lastError: error ?? null })
        .where(eq(inbox.id, id))
        .run();
    },
    retryLater(id: number, atMs: number, error: string): void {
      db.update(inbox)
        .set({ status: 'pending', nextAttemptAt: atMs, leaseUntil: null, lastError: error })
        .where(eq(inbox.id, id))
        .run();
    },
    byKey(key: string): InboxRow | undefined {
      return db.select().from(inbox).where(eq(inbox.key, key)).get();
    },
    depth(): number {
      return (
        db
          .select({ n: count() })
          .from(inbox)
          .where(inArray(inbox.status, ['pending', 'processing']))
          .get()?.n ?? 0
      );
    },
    deleteFinishedBefore(beforeMs: number): number {
      return db
        .delete(inbox)
        .where(and(inArray(inbox.status, ['done', 'ignored', 'failed']), lt(inbox.createdAt, beforeMs)))
        .run().changes;
    },
    /** Every Strava event about `athleteId` (its payload's `owner_id`), whatever its status. */
    deleteStravaOfAthlete(athleteId: number): number {
      return db
        .delete(inbox)
        .where(and(eq(inbox.source, 'strava'), eq(sql`json_extract(${inbox.payload}, '$.owner_id')`, athleteId)))
        .run().changes;
    },
    /** Finished events from `source` received before `beforeMs`. */
    deleteFinishedOfSourceBefore(source: InboxRow['source'], beforeMs: number): number {
      return db
        .delete(inbox)
        .where(
          and(
            eq(inbox.source, source),
            inArray(inbox.status, ['done', 'ignored', 'failed']),
            lt(inbox.createdAt, beforeMs),
          ),
        )
        .run().changes;
    },
  };
}

export function jobRunsRepo(db: Db) {
  return {
    /** Starts a run for a slot; returns null when that slot already ran (a repeated tick). */
    start(job: string, key: string, nowMs: number): JobRun | null {
      return db.insert(jobRuns).values({ job, key, startedAt: nowMs }).onConflictDoNothing().returning().get() ?? null;
    },
    finish(id: number, nowMs: number, result: { enqueued?: number; error?: string }): void {
      db.update(jobRuns)
        .set({
          finishedAt: nowMs,
          status: result.error ? 'failed' : 'ok',
          enqueued: result.enqueued ?? 0,
          error: result.error ?? null,
        })
        .where(eq(jobRuns.id, id))
        .run();
    },
    deleteStartedBefore(beforeMs: number): number {
      return db.delete(jobRuns).where(lt(jobRuns.startedAt, beforeMs)).run().changes;
    },
    recent(job: string, limit = 20): JobRun[] {
      return db
        .select()
        .from(jobRuns)
        .where(eq(jobRuns.job, job))
        .orderBy(sql`${jobRuns.startedAt} desc`)
        .limit(limit)
        .all();
    },
  };
}

export function metaRepo(db: Db) {
  return {
    get(key: string): string | undefined {
      return db.select().from(meta).where(eq(meta.key, key)).get()?.value;
    },
    set(key: string, value: string): void {
      db.insert(meta)
        .values({ key, value })
        .onConflictDoUpdate({ target: meta.key, set: { value, updatedAt: Date.now() } })
        .run();
    },
    delete(key: string): void {
      db.delete(meta).where(eq(meta.key, key)).run();
    },
    /** Every key that starts with `prefix` (the prefixes we use hold no wildcards). */
    deletePrefix(prefix: string): number {
      return db
        .delete(meta)
        .where(like(meta.key, `${prefix}%`))
        .run().changes;
    },
  };
}
