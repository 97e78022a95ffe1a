/**
 * Riegel's endurance model (Riegel, "Athletic records and human endurance", American Scientist 1981):
 * T2 = T1 · (D2 / D1)^1.06. Used only as a cross-check of the VDOT predictions.
 */
export const RIEGEL_EXPONENT = 1.06;

export function riegelTimeSec(timeSec: number, fromKm: number, toKm: number, exponent = RIEGEL_EXPONENT): number {
  return timeSec * (toKm / fromKm) ** exponent;
}
