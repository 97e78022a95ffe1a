/**
 * Step arithmetic and pace lookup shared by the session builder and adaptation.
 */
import type { PaceRange, Paces, WorkoutStep, Zone } from '../types.ts';

/** Words for each zone when no pace is known (Daniels' descriptions of the intensities). */
export const EFFORT: Record<Zone, string> = {
  easy: 'conversational: you could chat in full sentences',
  marathon: 'steady and controlled, a pace you could hold for hours',
  threshold: 'comfortably hard: a few words at a time',
  interval: 'hard, about your 3K–5K race effort',
  repetition: 'fast and relaxed, about mile race effort',
  hill: 'strong uphill effort, about 5K effort; jog back down',
  stride: 'quick and relaxed, not a sprint; walk back',
  race: 'race effort',
};

export function paceFor(zone: Zone, paces: Paces | null, racePace: PaceRange | null): PaceRange | null {
  if (zone === 'race') return racePace;
  if (!paces) return null;
  switch (zone) {
    case 'easy':
      return paces.easy;
    case 'marathon':
      return paces.marathon;
    case 'threshold':
      return paces.threshold;
    case 'interval':
      return paces.interval;
    case 'repetition':
    case 'stride':
      return paces.repetition;
    default:
      return null;
  }
}

export function stepKm(step: WorkoutStep): number {
  return step.reps * step.distanceKm + Math.max(0, step.reps - 1) * (step.recoveryKm ?? 0);
}

export function stepsKm(steps: readonly WorkoutStep[]): number {
  let sum = 0;
  for (const s of steps) sum += stepKm(s);
  return round2(sum);
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export function step(
  kind: WorkoutStep['kind'],
  zone: Zone,
  distanceKm: number,
  pace: PaceRange | null,
  reps = 1,
  recoveryKm?: number,
): WorkoutStep {
  const s: WorkoutStep = { kind, reps, distanceKm: round2(distanceKm), zone, pace, effort: EFFORT[zone] };
  if (recoveryKm !== undefined && reps > 1) s.recoveryKm = round2(recoveryKm);
  return s;
}
