/** A bare place name: the runner's time zone. */
import { zoneForPlace } from '../places.ts';
import { call, tools } from './helpers.ts';
import type { Input, Outcome } from './types.ts';

/** A message that is only a place name ("Berlin", "New York"): where the runner is, as a time zone. */
export function detectBarePlace(i: Input): Outcome {
  if (!/^\s*\p{Lu}[\p{L} .'-]{1,40}$/u.test(i.raw)) return null;
  const t = i.t.replace(/[.!]+$/, '').trim();
  const found = zoneForPlace(t);
  if (!found || found === 'ambiguous' || found.length !== t.length) return null;
  return tools([call('update_profile', { timezone: found.zone })]);
}
