/**
 * What the Mini App sends: zod schemas shared by the API (src/webapp/router.ts) and the app's forms (web/).
 * Written with `zod/mini` (same validation, a fraction of the bundle) so the browser ships them cheaply.
 * The tool schemas (src/coach/tools/schemas.ts) check again behind them; these add the app's own limits
 * (strict objects: unknown fields are refused).
 */
import * as z from 'zod/mini';
import { WEEKDAY_NAMES } from '../training/types.ts';

export const WEEKDAYS = WEEKDAY_NAMES;
export const UNITS = ['km', 'mi'] as const;

export const dateParam = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  z.refine((s: string) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'not a real calendar date'),
);

export const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM (24-hour)'));

/**
 * A city or a time zone as typed. The browser checks only the shape: the server resolves it the one way every face
 * does (src/time/zones.ts: "Berlin" → Europe/Berlin) and answers a clear error for an unknown place.
 */
export const timeZone = z
  .string()
  .check(
    z.minLength(1, 'a city such as Berlin or a time zone such as Europe/Berlin'),
    z.maxLength(64, 'at most 64 characters'),
  );

export const daysPerWeek = z
  .number()
  .check(z.int('a whole number'), z.minimum(2, 'at least 2'), z.maximum(7, 'at most 7'));

export const settingsSchema = z
  .strictObject({
    timezone: z.optional(timeZone),
    morningTime: z.optional(clockTime),
    eveningTime: z.optional(clockTime),
    units: z.optional(z.enum(UNITS)),
    daysPerWeek: z.optional(daysPerWeek),
    longRunDay: z.optional(z.enum(WEEKDAYS)),
  })
  .check(z.refine((s) => Object.keys(s).length > 0, 'nothing to change: send at least one setting'));

export type SettingsPatch = z.infer<typeof settingsSchema>;

export const doneBody = z.strictObject({
  rpe: z.optional(z.number().check(z.int('a whole number'), z.minimum(1, 'at least 1'), z.maximum(10, 'at most 10'))),
});
export const skipBody = z.strictObject({
  reason: z.optional(z.string().check(z.maxLength(300, 'at most 300 characters'))),
});
export const moveBody = z.strictObject({ newDate: dateParam });
export const progressQuery = z.strictObject({
  weeks: z.optional(
    z.pipe(
      z.string().check(z.regex(/^([1-9]|[1-4]\d|5[0-2])$/, 'a whole number from 1 to 52')),
      z.transform((s: string) => Number(s)),
    ),
  ),
});
