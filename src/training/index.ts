/** Public API of the training engine (pure: no I/O, no clock). */

export * from './adaptation/index.ts';
export { repairVolumeRules } from './adaptation/repair.ts';
export * from './dates.ts';
export * from './distances.ts';
export * from './duration.ts';
export * from './load/ewma.ts';
export * from './load/pmc.ts';
export * from './load/session-load.ts';
export * from './load/weekly-summary.ts';
export * from './match-run.ts';
export * from './notes.ts';
export * from './paces.ts';
export { formatPaceRange } from './plan/describe.ts';
export { formatPlanTable } from './plan/format-table.ts';
export { DEFAULTS, generatePlan, validatePlanRequest } from './plan/generate.ts';
export { weeklyPattern } from './plan/pattern.ts';
export type { Session } from './plan/sessions.ts';
export * from './race-prediction.ts';
export * from './riegel.ts';
export * from './types.ts';
export * from './vdot.ts';
