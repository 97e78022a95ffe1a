/**
 * Argument schemas of the coach tools (contracts.md, "Coach tools").
 *
 * These are the single source for: Gemini function declarations (via z.toJSONSchema), validation of model
 * arguments, bot commands and buttons, and the offline coach's parsed intents. No tool takes a user id:
 * identity always comes from the update (design.md, principle 2).
 */
import { z } from 'zod';
import { resolveTimeZone } from '../../time/zones.ts';
import { GOAL_DISTANCES, WEEKDAY_NAMES, WORKOUT_TYPES } from '../../training/types.ts';
import { HR_LIMITS } from '../../training/zones/heart-rate.ts';

export const GOALS = GOAL_DISTANCES;
export const WEEKDAYS = WEEKDAY_NAMES;
export const FEELINGS = ['great', 'good', 'ok', 'tired', 'exhausted'] as const;
export const ADJUST_REASONS = ['illness', 'injury', 'fatigue', 'travel', 'busy'] as const;

export const goalSchema = z.enum(GOALS).describe('Race distance: 5k, 10k, half (marathon) or marathon');
export const weekdaySchema = z.enum(WEEKDAYS);
export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'not a real calendar date',
    },
  )
  .describe("A date in the runner's local calendar, YYYY-MM-DD");
export const clockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM (24-hour)')
  .describe('Local time of day, HH:MM, 24-hour');
/** H:MM:SS or MM:SS (contracts.md); also accepts H:MM:SS with hours > 9. */
export const durationSchema = z
  .string()
  .regex(/^(\d{1,2}:)?[0-5]?\d:[0-5]\d$/, 'a duration as H:MM:SS or MM:SS')
  .describe('Duration as H:MM:SS or MM:SS');
/** An IANA zone, or a city/abbreviation that resolves to one the way every face resolves it (src/time/zones.ts). */
export const timezoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((tz) => resolveTimeZone(tz).ok, { message: 'an IANA time zone such as Europe/Berlin, or a city' })
  .describe('IANA time zone, e.g. Europe/Berlin (a city name such as Berlin is resolved too)');

export const recentRaceSchema = z.object({
  distance: goalSchema,
  time: durationSchema,
  date: localDateSchema.optional().describe('The race day (YYYY-MM-DD); results older than 8 weeks do not set paces'),
  confirmed: z
    .boolean()
    .optional()
    .describe('The runner confirmed a result slower than their fitness was an all-out effort in fair conditions'),
});

export const getProfileArgs = z.object({});

/** A heart rate the runner gives, within the plausible range (training/zones/heart-rate.ts), with a clear error. */
function hrSchema(key: keyof typeof HR_LIMITS, what: string) {
  const { min, max } = HR_LIMITS[key];
  const label = { maxHr: 'maximum', restingHr: 'resting', lthrHr: 'threshold' }[key];
  return z
    .number()
    .int(`A ${label} heart rate is a whole number of beats per minute.`)
    .min(min, `A ${label} heart rate under ${min} bpm is not plausible: check the number.`)
    .max(max, `A ${label} heart rate over ${max} bpm is not plausible: check the number.`)
    .optional()
    .describe(`${what}, ${min}-${max}`);
}

export const updateProfileArgs = z.object({
  name: z.string().min(1).max(64).optional(),
  timezone: timezoneSchema.optional(),
  morningTime: clockTimeSchema.optional().describe('When the daily workout is sent, HH:MM'),
  eveningTime: clockTimeSchema.optional().describe('When the evening check-in is sent, HH:MM'),
  units: z.enum(['km', 'mi']).optional(),
  daysPerWeek: z.number().int().min(2).max(7).optional(),
  weeklyKm: z.number().min(0).max(300).optional().describe('Current weekly running volume in km'),
  longRunDay: weekdaySchema.optional(),
  recentRace: recentRaceSchema.optional().describe('A recent race result, used to set training paces'),
  maxHr: hrSchema('maxHr', 'Maximum heart rate in bpm'),
  restingHr: hrSchema('restingHr', 'Resting heart rate in bpm (morning, lying down)'),
  lthrHr: hrSchema(
    'lthrHr',
    'Lactate-threshold heart rate in bpm (average of the last 20 min of a 30-min all-out run)',
  ),
});

export const createPlanArgs = z.object({
  goal: goalSchema,
  raceDate: localDateSchema,
  goalTime: durationSchema.optional().describe('Target finish time, H:MM:SS'),
  daysPerWeek: z.number().int().min(2).max(7).optional(),
  weeklyKm: z.number().min(0).max(300).optional(),
  longRunDay: weekdaySchema.optional(),
});

export const getWorkoutsArgs = z.object({
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
});

export const logRunArgs = z.object({
  date: localDateSchema.optional().describe('Local date of the run; default today'),
  distanceKm: z.number().positive().max(400),
  duration: durationSchema,
  rpe: z.number().int().min(1).max(10).optional().describe('Rating of perceived exertion, 1-10'),
  notes: z.string().max(1000).optional(),
});

export const painSchema = z.object({
  location: z.string().min(1).max(100),
  severity: z.number().int().min(1).max(10),
});

export const recordFeedbackArgs = z
  .object({
    date: localDateSchema.optional(),
    // Only the effort the runner gave: pain or a feeling alone is recorded without one, never with a made-up RPE.
    rpe: z.number().int().min(1).max(10).optional(),
    feeling: z.enum(FEELINGS).optional(),
    pain: painSchema.optional(),
    notes: z.string().max(1000).optional(),
  })
  .refine((a) => a.rpe !== undefined || a.feeling !== undefined || a.pain !== undefined, {
    message: 'give at least one of rpe, feeling or pain',
  });

export const rescheduleWorkoutArgs = z.object({
  date: localDateSchema,
  newDate: localDateSchema,
});

export const skipWorkoutArgs = z.object({
  date: localDateSchema,
  reason: z.string().max(300).optional(),
});

export const adjustPlanArgs = z.object({
  reason: z.enum(ADJUST_REASONS),
  fromDate: localDateSchema.optional(),
  days: z.number().int().min(1).max(28).optional().describe('How many days the situation lasts'),
  availableDays: z.array(weekdaySchema).max(7).optional().describe('Days the runner can run while it lasts'),
});

/** An extension of contracts.md: the Done button — the planned workout was run as planned. */
export const completeWorkoutArgs = z.object({
  date: localDateSchema,
  rpe: z.number().int().min(1).max(10).optional(),
});

export const getProgressArgs = z.object({
  weeks: z.number().int().min(1).max(52).optional(),
});

/** A run read from a photo (a watch, treadmill or app summary): proposed, logged only when the runner taps Log. */
export const proposeRunArgs = z.object({
  date: localDateSchema.optional().describe('Local date of the run as shown; default today'),
  distanceKm: z.number().positive().max(400).describe('Distance in km (convert miles: 1 mi = 1.609344 km)'),
  duration: durationSchema.describe('Moving or total time as shown, H:MM:SS or MM:SS'),
});

/** Changes the current plan from today on (the engine rebuilds the coming weeks; past days stay). */
export const changePlanArgs = z.object({
  raceDate: localDateSchema.optional().describe('The new race date'),
  goalTime: durationSchema.optional().describe('The new target finish time, H:MM:SS'),
  clearGoalTime: z.boolean().optional().describe('True to drop the goal time (train by current fitness)'),
  daysPerWeek: z.number().int().min(2).max(7).optional(),
  longRunDay: weekdaySchema.optional(),
  weeklyKm: z.number().min(0).max(300).optional().describe('The weekly volume the runner manages now, km'),
});

export const restoreWorkoutArgs = z.object({
  date: localDateSchema.describe('The day whose skipped or missed workout comes back'),
});

export const MESSAGE_KINDS = ['morning', 'evening', 'weekly'] as const;
export const setMessagesArgs = z.object({
  paused: z.boolean().describe('true pauses, false resumes'),
  kinds: z
    .array(z.enum(MESSAGE_KINDS))
    .min(1)
    .max(3)
    .optional()
    .describe('morning workout, evening check-in, weekly summary; all three when left out'),
});

export const QUESTION_TOPICS = [
  'paces',
  'heart_rate',
  'week_load',
  'workout_purpose',
  'race_fit',
  'prediction',
  'fuelling',
  'cold',
  'parkrun',
] as const;
/** The kinds of session workout_purpose explains: the workout types, and strides (part of easy runs). */
export const PURPOSE_KINDS = [...WORKOUT_TYPES, 'strides'] as const;
export const answerQuestionArgs = z.object({
  topic: z
    .enum(QUESTION_TOPICS)
    .describe(
      'paces: training paces; heart_rate: heart-rate zones; week_load: why a week is lighter or heavier; workout_purpose: what a workout is for; race_fit: whether a race on `date` fits the plan; prediction: race prediction; fuelling, cold (running with a cold), parkrun: fixed sourced advice',
    ),
  date: localDateSchema.optional().describe('The day or week asked about (race_fit, week_load, workout_purpose)'),
  kind: z
    .enum(PURPOSE_KINDS)
    .optional()
    .describe('workout_purpose: the kind of session asked about ("what is the long run for?"); omit for a day'),
});

/** The runner is cleared to run after pain that stopped running (or well again after illness). */
export const returnToRunningArgs = z.object({
  notes: z.string().max(300).optional(),
});

export const toolArgSchemas = {
  get_profile: getProfileArgs,
  update_profile: updateProfileArgs,
  create_plan: createPlanArgs,
  get_workouts: getWorkoutsArgs,
  log_run: logRunArgs,
  record_feedback: recordFeedbackArgs,
  reschedule_workout: rescheduleWorkoutArgs,
  skip_workout: skipWorkoutArgs,
  adjust_plan: adjustPlanArgs,
  get_progress: getProgressArgs,
  complete_workout: completeWorkoutArgs,
  propose_run: proposeRunArgs,
  change_plan: changePlanArgs,
  restore_workout: restoreWorkoutArgs,
  set_messages: setMessagesArgs,
  answer_question: answerQuestionArgs,
  return_to_running: returnToRunningArgs,
} as const;

export type ToolName = keyof typeof toolArgSchemas;
export type ToolArgs<N extends ToolName> = z.infer<(typeof toolArgSchemas)[N]>;
/** A tool call as the offline coach, the buttons and the model produce it. */
export type ToolCall = { [N in ToolName]: { name: N; args: ToolArgs<N> } }[ToolName];
