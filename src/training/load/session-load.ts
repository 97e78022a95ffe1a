/**
 * Session load by the session-RPE method (Foster et al. 2001, "A new approach to monitoring exercise training",
 * J Strength Cond Res 15(1)): load = RPE (CR-10) × duration in minutes, in arbitrary units.
 */
export function sessionLoad(rpe: number, durationMin: number): number {
  return rpe * durationMin;
}

/** Load of a logged run; without an RPE, `fallbackRpe` stands in (4, "somewhat hard", is a typical easy run). */
export function runLoad(run: { durationSec: number; rpe?: number | null }, fallbackRpe = 4): number {
  return sessionLoad(run.rpe ?? fallbackRpe, run.durationSec / 60);
}
