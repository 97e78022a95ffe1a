/**
 * The webhook subscription (`cli strava subscribe|unsubscribe|status`): one per application at Strava, created
 * with callback_url = {PUBLIC_URL}/strava/webhook. Strava validates the callback with a GET before it answers,
 * so the service must be running and reachable. The id is kept in the meta table; the webhook then accepts only
 * events of that subscription.
 */
import type { Store } from '../db/store/index.ts';
import type { StravaClient, Subscription } from './client.ts';
import { SUBSCRIPTION_META_KEY } from './events.ts';

export interface SubscriptionStatus {
  callbackUrl: string;
  storedId: number | null;
  subscriptions: Subscription[];
  /** A subscription exists at Strava, points at our callback and is the one we stored. */
  active: boolean;
}

export class SubscriptionConflict extends Error {}

export function webhookUrl(publicUrl: string): string {
  return `${publicUrl}/strava/webhook`;
}

function storedId(store: Store): number | null {
  const v = store.meta.get(SUBSCRIPTION_META_KEY);
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : null;
}

export async function subscriptionStatus(store: Store, client: StravaClient, callbackUrl: string) {
  const subscriptions = await client.listSubscriptions();
  const id = storedId(store);
  const active = subscriptions.some((s) => s.id === id && (s.callback_url ?? callbackUrl) === callbackUrl);
  return { callbackUrl, storedId: id, subscriptions, active } satisfies SubscriptionStatus;
}

/** Creates the subscription (or adopts the one already pointing at our callback) and stores its id. */
export async function subscribe(
  store: Store,
  client: StravaClient,
  callbackUrl: string,
  verifyToken: string,
): Promise<{ id: number; created: boolean }> {
  const existing = await client.listSubscriptions();
  const ours = existing.find((s) => s.callback_url === callbackUrl);
  if (ours) {
    store.meta.set(SUBSCRIPTION_META_KEY, String(ours.id));
    return { id: ours.id, created: false };
  }
  const other = existing[0];
  if (other) {
    throw new SubscriptionConflict(
      `Strava already has subscription ${other.id} for ${other.callback_url ?? 'another callback'}; run "strava unsubscribe" first`,
    );
  }
  const created = await client.createSubscription(callbackUrl, verifyToken);
  store.meta.set(SUBSCRIPTION_META_KEY, String(created.id));
  return { id: created.id, created: true };
}

/** Deletes every subscription of the application at Strava and forgets the stored id. */
export async function unsubscribe(store: Store, client: StravaClient): Promise<{ deleted: number[] }> {
  const existing = await client.listSubscriptions();
  const deleted: number[] = [];
  for (const s of existing) {
    await client.deleteSubscription(s.id);
    deleted.push(s.id);
  }
  store.meta.delete(SUBSCRIPTION_META_KEY);
  return { deleted };
}
