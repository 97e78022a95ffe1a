/**
 * Session load by the session-RPE method (Foster et al. 2001, "A new approach to monitoring exercise training",
 * J Strength Cond Res 15(1)): load = RPE (CR-10) × duration in minutes, in arbitrary units.
 */
import { DEFAULT_RPE } from './rpe-estimate.ts';

export function sessionLoad(rpe: number, durationMin: number): number {
  return rpe * durationMin;
}

/**
 * Load of a logged run; without an RPE, `fallbackRpe` stands in: the caller's estimate (rpe-estimate.ts), or
 * "moderate" (3) when it has none.
 */
export function runLoad(run: { durationSec: number; rpe?: number | null }, fallbackRpe = DEFAULT_RPE): number {
  return sessionLoad(run.rpe ?? fallbackRpe, run.durationSec / 60);
}
