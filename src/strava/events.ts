/** Strava's webhook event, validated at the edge (design.md, principle 3), and its inbox key. */
import { createHash } from 'node:crypto';
import { z } from 'zod';

const id = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const webhookEventSchema = z.object({
  object_type: z.enum(['activity', 'athlete']),
  object_id: id,
  aspect_type: z.enum(['create', 'update', 'delete']),
  owner_id: id,
  subscription_id: id,
  event_time: id,
  /** For activity updates: title, type, private; for athletes: authorized ("false" on deauthorization). */
  updates: z.record(z.string().max(100), z.unknown()).optional().default({}),
});

export type WebhookEvent = z.infer<typeof webhookEventSchema>;

/**
 * Unique per what the event says: object, aspect, time, owner and the updates (as a digest: titles are Strava
 * data). A duplicate delivery hits this key and is stored once; a forged event that differs in anything (an
 * `authorized: "true"` at the same second, another owner) gets its own row and cannot swallow the real one
 * (issue 15, finding 3).
 */
export function inboxKey(e: WebhookEvent): string {
  const updates = Object.keys(e.updates)
    .sort()
    .map((k) => [k, e.updates[k]]);
  const digest =
    updates.length === 0 ? '-' : createHash('sha256').update(JSON.stringify(updates)).digest('base64url').slice(0, 16);
  return `strava:${e.object_type}:${e.object_id}:${e.aspect_type}:${e.event_time}:${e.owner_id}:${digest}`;
}

/** Strava sends `authorized` as the string "true"/"false"; a boolean is read the same, anything else dropped. */
function authorizedOf(e: WebhookEvent): string | undefined {
  const a = e.updates.authorized;
  if (typeof a === 'boolean') return String(a);
  return typeof a === 'string' && a.length <= 10 ? a : undefined;
}

/**
 * What the inbox keeps of an event: only what the worker reads. Strava's `updates` carry the new title (raw Strava
 * data); the worker fetches the activity itself, so of `updates` only `authorized` (deauthorization) is kept.
 */
export function inboxPayload(e: WebhookEvent, receivedAt: number): WebhookEvent & { received_at: number } {
  const authorized = authorizedOf(e);
  return {
    object_type: e.object_type,
    object_id: e.object_id,
    aspect_type: e.aspect_type,
    owner_id: e.owner_id,
    subscription_id: e.subscription_id,
    event_time: e.event_time,
    updates: authorized === undefined ? {} : { authorized },
    received_at: receivedAt,
  };
}

export function isDeauthorization(e: WebhookEvent): boolean {
  return e.object_type === 'athlete' && e.aspect_type === 'update' && authorizedOf(e) === 'false';
}

/** Strava sport types that count as runs. */
export const RUN_TYPES = new Set(['Run', 'TrailRun', 'VirtualRun']);

export function isRunType(activity: { sport_type?: string | null; type?: string | null }): boolean {
  return RUN_TYPES.has(activity.sport_type ?? activity.type ?? '');
}

export const SUBSCRIPTION_META_KEY = 'strava.subscription_id';
