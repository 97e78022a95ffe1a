/**
 * What an outbox row carries: a JSON form of the coach's OutgoingMessage. Files travel as base64 (charts, small
 * exports) or as a path on this machine; `expiresAt` (wall-clock ms) stops a stale message (yesterday's
 * "Today: ...") from going out after a long outage.
 */
import { readFileSync } from 'node:fs';
import type { Button, OutgoingMessage } from '../coach/types.ts';
import type { Store } from '../db/store/index.ts';
import type { NewOutboxRow } from '../db/store/queues.ts';

export interface OutboxFile {
  filename: string;
  caption?: string;
  /** The bytes, base64. */
  base64?: string;
  /** Or a file to read at send time. */
  path?: string;
}

export interface OutboxPayload {
  html: string;
  buttons?: Button[][];
  photo?: OutboxFile;
  document?: OutboxFile;
  /** Wall-clock ms after which the message is dropped unsent. */
  expiresAt?: number;
}

function fileOf(f: { filename: string; content: Buffer | string; caption?: string }): OutboxFile {
  const bytes = typeof f.content === 'string' ? Buffer.from(f.content) : f.content;
  return { filename: f.filename, base64: bytes.toString('base64'), ...(f.caption ? { caption: f.caption } : {}) };
}

export function toPayload(m: OutgoingMessage, expiresAt?: number): OutboxPayload {
  const p: OutboxPayload = { html: m.html };
  if (m.buttons?.length) p.buttons = m.buttons;
  if (m.photo) p.photo = fileOf(m.photo);
  if (m.document) p.document = fileOf(m.document);
  if (expiresAt !== undefined) p.expiresAt = expiresAt;
  return p;
}

/** The bytes of a payload file. */
export function fileBytes(f: OutboxFile): Buffer {
  if (f.base64 !== undefined) return Buffer.from(f.base64, 'base64');
  if (f.path !== undefined) return readFileSync(f.path);
  throw new Error(`outbox file ${f.filename} has neither bytes nor a path`);
}

/** Validates a row's payload as read back from the database. */
export function parsePayload(value: unknown): OutboxPayload {
  const v = (typeof value === 'string' ? JSON.parse(value) : value) as Partial<OutboxPayload> | null;
  if (!v || typeof v !== 'object' || typeof v.html !== 'string') throw new Error('outbox payload without html');
  return v as OutboxPayload;
}

export interface ScheduledMessages {
  userId: number;
  chatId: number;
  /** morning, evening, weekly... */
  kind: string;
  /** Unique per message: `<kind>:<user>:<local date>`; a second message of the same send gets `#2`, `#3`. */
  key: string;
  messages: OutgoingMessage[];
  expiresAt?: number;
  /** Wall-clock ms the rows become due (default: the database's now). */
  dueAt?: number;
}

/** The outbox rows for one scheduled send. */
export function outboxRows(s: ScheduledMessages): NewOutboxRow[] {
  return s.messages.map((m, i) => ({
    key: i === 0 ? s.key : `${s.key}#${i + 1}`,
    userId: s.userId,
    chatId: s.chatId,
    kind: s.kind,
    payload: toPayload(m, s.expiresAt),
    ...(s.dueAt !== undefined ? { nextAttemptAt: s.dueAt } : {}),
  }));
}

/**
 * Writes outbox rows, idempotent on their keys; returns how many were new (the store's bulk insert, one prepared
 * statement, because a fan-out writes a hundred thousand of them).
 */
export function enqueueRows(store: Store, rows: NewOutboxRow[]): number {
  return store.outbox.enqueueBulk(rows);
}
