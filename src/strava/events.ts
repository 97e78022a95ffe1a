/** Strava's webhook event, validated at the edge (design.md, principle 3), and its inbox key. */
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

/** Unique per object, aspect and event time: a duplicate delivery hits this key and is stored once. */
export function inboxKey(e: WebhookEvent): string {
  return `strava:${e.object_type}:${e.object_id}:${e.aspect_type}:${e.event_time}`;
}

/**
 * What the inbox keeps of an event: only what the worker reads. Strava's `updates` carry the new title (raw Strava
 * data); the worker fetches the activity itself, so of `updates` only `authorized` (deauthorization) is kept.
 */
export function inboxPayload(e: WebhookEvent, receivedAt: number): WebhookEvent & { received_at: number } {
  const authorized = e.updates.authorized;
  return {
    object_type: e.object_type,
    object_id: e.object_id,
    aspect_type: e.aspect_type,
    owner_id: e.owner_id,
    subscription_id: e.subscription_id,
    event_time: e.event_time,
    updates: authorized === undefined ? {} : { authorized: String(authorized) },
    received_at: receivedAt,
  };
}

export function isDeauthorization(e: WebhookEvent): boolean {
  return e.object_type === 'athlete' && e.aspect_type === 'update' && String(e.updates.authorized) === 'false';
}

/** Strava sport types that count as runs. */
export const RUN_TYPES = new Set(['Run', 'TrailRun', 'VirtualRun']);

export function isRunType(activity: { sport_type?: string | null; type?: string | null }): boolean {
  return RUN_TYPES.has(activity.sport_type ?? activity.type ?? '');
}

export const SUBSCRIPTION_META_KEY = 'strava.subscription_id';
