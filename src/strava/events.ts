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

export function isDeauthorization(e: WebhookEvent): boolean {
  return e.object_type === 'athlete' && e.aspect_type === 'update' && String(e.updates.authorized) === 'false';
}

/** Strava sport types that count as runs. */
export const RUN_TYPES = new Set(['Run', 'TrailRun', 'VirtualRun']);

export function isRunType(activity: { sport_type?: string | null; type?: string | null }): boolean {
  return RUN_TYPES.has(activity.sport_type ?? activity.type ?? '');
}

export const SUBSCRIPTION_META_KEY = 'strava.subscription_id';
