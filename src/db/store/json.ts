/**
 * JSON columns are checked on read: a row written by an older version, edited by hand or damaged reads as a
 * clear fallback (logged once per read, with the table, column and key), never as a crash further down.
 * The checks are shallow on purpose: they pin the shape the readers rely on, not every field, so a column
 * that gains a field stays readable by the version before.
 */
import { z } from 'zod';
import type { Logger } from '../../log.ts';
import { PLAN_WARNING_CODES, type PlanWarning } from '../../training/notes.ts';

/** Where a bad value was found, for the log line. */
export interface JsonWhere {
  table: string;
  column: string;
  key: number | string;
}

export type JsonReader = <S extends z.ZodType>(
  schema: S,
  value: unknown,
  fallback: z.infer<S>,
  where: JsonWhere,
) => z.infer<S>;

/** A reader that logs bad values as warnings on `log` and answers the fallback. */
export function jsonReader(log: Logger): JsonReader {
  return (schema, value, fallback, where) => {
    if (value === null || value === undefined) return fallback;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    log.warn({ ...where, issues: parsed.error.issues.slice(0, 3) }, 'bad JSON in the database: read as empty');
    return fallback;
  };
}

/** `users.pending_flow`: an open question or a multi-step flow, always tagged with its kind. */
export const pendingFlowJson = z.looseObject({ kind: z.string() }).nullable();
/** `users.health` (src/coach/conversation/health.ts reads the fields). */
export const healthJson = z.looseObject({ kind: z.string(), from: z.string(), until: z.string() }).nullable();
/** `users.paused_messages`. */
export const pausedMessagesJson = z.array(z.enum(['morning', 'evening', 'weekly'])).nullable();

/** `plans.weeks`: the week metadata (the workouts are rows of their own). */
export const weekMetasJson = z.array(
  z.looseObject({
    index: z.number(),
    phase: z.string(),
    startDate: z.string(),
    totalKm: z.number().optional(),
  }),
);
/**
 * `plans.warnings`: the engine's warning codes (training/notes.ts). Plans stored before warnings were codes hold
 * English sentences: they load as `{ code: 'text' }` and are shown as they were.
 */
export const warningsJson = z.array(
  z.union([
    z.string().transform((text): PlanWarning => ({ code: 'text', text })),
    z.looseObject({ code: z.enum(PLAN_WARNING_CODES) }).transform((w) => w as PlanWarning),
  ]),
);
/** `plans.paces`, `plans.baseline`: objects the engine wrote. */
export const objectJson = z.looseObject({}).nullable();
/** One workout step as the engine writes it (training/types.ts `WorkoutStep`): what the card and the feed read. */
export const stepJson = z.object({
  kind: z.enum(['warmup', 'run', 'work', 'cooldown']),
  reps: z.number().int().min(1).max(100),
  distanceKm: z.number().min(0).max(100),
  zone: z.enum(['easy', 'marathon', 'threshold', 'interval', 'repetition', 'hill', 'stride', 'race']),
  pace: z.object({ minSecPerKm: z.number().positive(), maxSecPerKm: z.number().positive() }).nullable(),
  effort: z.string(),
  recoveryKm: z.number().min(0).max(10).optional(),
});
/** `workouts.steps`: a damaged step makes the whole list read as empty (plans.ts then describes the workout plainly). */
export const stepsJson = z.array(stepJson).nullable();
