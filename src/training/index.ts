/** Public API of the training engine (pure: no I/O, no clock). */
export * from './types.ts';
export * from './dates.ts';
export * from './duration.ts';
export * from './distances.ts';
export * from './vdot.ts';
export * from './race-prediction.ts';
export * from './riegel.ts';
export * from './paces.ts';
export { DEFAULTS, generatePlan, validatePlanRequest } from './plan/generate.ts';
export { formatPaceRange } from './plan/describe.ts';
export { formatPlanTable } from './plan/format-table.ts';
