/**
 * VDOT after Daniels and Gilbert (Oxygen Power, 1979; Daniels' Running Formula, 3rd ed., 2014):
 * a race's oxygen cost divided by the fraction of VO2max that can be sustained for its duration.
 * Same method as Runalyze's Calculation/JD/VDOT.php.
 */

/** Oxygen cost (ml/kg/min) of running at `v` metres per minute (Daniels & Gilbert). */
export function oxygenCost(vMetresPerMin: number): number {
  return -4.6 + 0.182258 * vMetresPerMin + 0.000104 * vMetresPerMin * vMetresPerMin;
}

/** Fraction of VO2max sustainable for `tMin` minutes (Daniels & Gilbert drop-dead formula). */
export function sustainableFraction(tMin: number): number {
  return 0.8 + 0.1894393 * Math.exp(-0.012778 * tMin) + 0.2989558 * Math.exp(-0.1932605 * tMin);
}

/** VDOT of a performance: `distanceKm` run in `timeSec` seconds. */
export function vdotFromPerformance(distanceKm: number, timeSec: number): number {
  const tMin = timeSec / 60;
  const v = (distanceKm * 1000) / tMin;
  return oxygenCost(v) / sustainableFraction(tMin);
}

/** Inverse of `oxygenCost`: the speed (m/min) whose oxygen cost is `vo2` (positive root of the quadratic). */
export function velocityForOxygenCost(vo2: number): number {
  const a = 0.000104;
  const b = 0.182258;
  const c = -4.6 - vo2;
  return (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
}

/** VDOT rounded as Daniels' tables print it (one decimal). */
export function roundVdot(vdot: number): number {
  return Math.round(vdot * 10) / 10;
}
