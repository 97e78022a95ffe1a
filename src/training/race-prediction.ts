/**
 * Race time for a VDOT: the time t at which the Daniels–Gilbert VDOT of (distance, t) equals the given VDOT.
 * VDOT falls monotonically as t grows, so a bracketed bisection converges safely.
 */
import { vdotFromPerformance } from './vdot.ts';

export function predictRaceTimeSec(vdot: number, distanceKm: number): number {
  // Bracket: 1:00/km is faster than any human, 20:00/km slower than any runner with a VDOT.
  let lo = distanceKm * 60;
  let hi = distanceKm * 1200;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (vdotFromPerformance(distanceKm, mid) > vdot) lo = mid;
    else hi = mid;
    if (hi - lo < 0.01) break;
  }
  return (lo + hi) / 2;
}
