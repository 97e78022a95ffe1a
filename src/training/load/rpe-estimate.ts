/**
 * The effort of a run the runner did not rate, on Foster's CR-10 scale (Foster et al. 2001): from its pace against
 * the runner's training paces when they are known, else from the planned workout's type, else "moderate".
 * Counting every unrated run as 4 ("somewhat hard") overstated easy running, which is most running (Seiler 2010,
 * Int J Sports Physiol Perform 5(3): about 80 % of elite endurance training is easy).
 */
import type { Paces, WorkoutType } from '../types.ts';

export const RPE_MIN = 1;
export const RPE_MAX = 10;

/**
 * Foster's CR-10 words for each pace (Foster et al. 2001; Daniels' Running Formula describes the same paces):
 * the slow end of easy is "easy" (2), its fast end "moderate" (3), marathon pace "somewhat hard" (4), threshold
 * ("comfortably hard", Daniels) between "hard" (5) and "very hard" (7), intervals "very hard" (8), repetitions
 * near maximal (9).
 */
const ANCHOR_RPE = {
  walk: 1,
  easySlow: 2,
  easyFast: 3,
  marathon: 4,
  threshold: 6,
  interval: 8,
  repetition: 9,
  sprint: 10,
} as const;

/** Past the slow end of easy by this much a run is barely above a walk (RPE 1). */
const WALK_MARGIN_SEC = 90;
/** Past the fast end of repetition pace by this much a run is all-out (RPE 10). */
const SPRINT_MARGIN_SEC = 15;

/** What an unrated run reads as when neither paces nor a workout are known: "moderate" (CR-10: 3). */
export const DEFAULT_RPE = 3;

/** The same CR-10 words, by the planned workout's type (a race is run all-out but for the marathon). */
export const RPE_BY_TYPE: Record<WorkoutType, number> = {
  recovery: 2,
  easy: 3,
  long: 3,
  marathon_pace: 4,
  hills: 7,
  tempo: 6,
  intervals: 8,
  race: 9,
};

const mid = (r: { minSecPerKm: number; maxSecPerKm: number }) => (r.minSecPerKm + r.maxSecPerKm) / 2;

/** Pace anchors (s/km, slowest first) and their RPE; each anchor strictly faster than the one before. */
function anchors(p: Paces): [number, number][] {
  const raw: [number, number][] = [
    [p.easy.maxSecPerKm + WALK_MARGIN_SEC, ANCHOR_RPE.walk],
    [p.easy.maxSecPerKm, ANCHOR_RPE.easySlow],
    [p.easy.minSecPerKm, ANCHOR_RPE.easyFast],
    [mid(p.marathon), ANCHOR_RPE.marathon],
    [mid(p.threshold), ANCHOR_RPE.threshold],
    [mid(p.interval), ANCHOR_RPE.interval],
    [mid(p.repetition), ANCHOR_RPE.repetition],
    [p.repetition.minSecPerKm - SPRINT_MARGIN_SEC, ANCHOR_RPE.sprint],
  ];
  // Paces from one VDOT are ordered already; this keeps the curve monotone whatever a stored plan holds.
  for (let i = 1; i < raw.length; i++) {
    const prev = (raw[i - 1] as [number, number])[0];
    const cur = raw[i] as [number, number];
    if (cur[0] >= prev) cur[0] = prev - 1;
  }
  return raw;
}

/** RPE from pace: linear between anchors, 1 slower than the first, 10 faster than the last. */
export function rpeFromPace(paceSecPerKm: number, paces: Paces): number {
  const a = anchors(paces);
  const first = a[0] as [number, number];
  const last = a.at(-1) as [number, number];
  if (!(paceSecPerKm < first[0])) return first[1];
  if (!(paceSecPerKm > last[0])) return last[1];
  for (let i = 1; i < a.length; i++) {
    const [p1, r1] = a[i - 1] as [number, number];
    const [p2, r2] = a[i] as [number, number];
    if (paceSecPerKm >= p2) return r1 + ((p1 - paceSecPerKm) / (p1 - p2)) * (r2 - r1);
  }
  return last[1];
}

export interface RpeContext {
  /** The runner's training paces (the plan's), null when unknown. */
  paces: Paces | null;
  /** The type of the planned workout the run matched, null for an extra run. */
  workoutType: WorkoutType | null;
}

/** The RPE a run counts with: the runner's own, else the estimate; always within 1–10. */
export function runRpe(run: { distanceKm: number; durationSec: number; rpe?: number | null }, c: RpeContext): number {
  if (run.rpe !== null && run.rpe !== undefined) return run.rpe;
  return estimateRpe(run, c);
}

export function estimateRpe(run: { distanceKm: number; durationSec: number }, c: RpeContext): number {
  if (c.paces && run.distanceKm > 0 && run.durationSec > 0) {
    return Math.round(rpeFromPace(run.durationSec / run.distanceKm, c.paces) * 10) / 10;
  }
  return c.workoutType ? RPE_BY_TYPE[c.workoutType] : DEFAULT_RPE;
}
