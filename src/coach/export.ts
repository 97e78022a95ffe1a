/** The user export JSON of contracts.md: what /export sends and `cli export` prints; `cli import` reads it. */

import { z } from 'zod';
import type { Store, StoredPlan } from '../db/store/index.ts';
import { stepJson, warningsJson } from '../db/store/json.ts';
import { isLanguage, LANGUAGES, type Language } from '../messages/languages.ts';
import { RUN_SOURCES, type RunSource } from '../runs/source-policy.ts';
import { formatHms } from '../training/duration.ts';
import { planWeekTotals } from '../training/load/week-totals.ts';
import type { PlanWarning } from '../training/notes.ts';
import { GOAL_DISTANCES, WEEKDAY_NAMES } from '../training/types.ts';
import { HR_LIMITS } from '../training/zones/heart-rate.ts';
import { ENGLISH, warningText } from './replies/engine-words.ts';
import { type ProfileView, profileView } from './tools/profile.ts';

export const EXPORT_VERSION = 1;

/**
 * The plan as contracts.md writes it: `warnings` are English sentences; `warningCodes` (an extension) keeps the
 * engine's codes, so an import shows them in the runner's language again.
 */
export type ExportPlan = Omit<StoredPlan, 'warnings'> & { warnings: string[]; warningCodes?: PlanWarning[] };

export interface UserExport {
  version: 1;
  /** The profile, with the recent race's time written H:MM:SS as in the tools. */
  user: Omit<ProfileView, 'recentRace'> & {
    recentRace?: { distance: string; time: string } | null;
    /**
     * The language the runner chose with /language; null when they never chose one (they are spoken to in their
     * Telegram language, else DEFAULT_LANGUAGE, which may change); absent in older exports.
     */
    language?: Language | null;
  };
  plan: ExportPlan | null;
  runs: {
    date: string;
    distanceKm: number;
    durationSec: number;
    source: RunSource;
    rpe: number | null;
    workoutDate: string | null;
    notes?: string | null;
  }[];
  feedback: {
    date: string;
    rpe: number | null;
    feeling: string | null;
    pain: { location: string; severity: number } | null;
    notes: string | null;
  }[];
  strava: { connected: boolean; athleteId: number | null };
  /**
   * An extension of the contract: each plan week's planned and done km by the one definition every face shows
   * (training/load/week-totals.ts); derived data, ignored by import.
   */
  weeks?: { index: number; from: string; to: string; plannedKm: number; doneKm: number; skippedKm: number }[];
  /** An extension of the contract: the conversation with the Gemini coach, as text (data rights cover it too). */
  conversation?: { role: 'user' | 'model' | 'summary'; text: string; at: string }[];
}

/** The text of a stored turn (a Gemini Content object, or a summary string). */
function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  const parts = (content as { parts?: { text?: unknown }[] } | null)?.parts;
  return Array.isArray(parts) ? parts.map((p) => (typeof p.text === 'string' ? p.text : '')).join('') : '';
}

export function exportUser(store: Store, telegramId: number): UserExport | null {
  const user = store.users.get(telegramId);
  if (!user) return null;
  const p = profileView(user);
  const strava = store.strava.get(telegramId);
  const plan = store.plans.getActive(telegramId);
  const runs = store.runs.all(telegramId);
  return {
    version: EXPORT_VERSION,
    user: {
      telegramId: p.telegramId,
      name: p.name,
      timezone: p.timezone,
      morningTime: p.morningTime,
      eveningTime: p.eveningTime,
      units: p.units,
      daysPerWeek: p.daysPerWeek,
      weeklyKm: p.weeklyKm,
      longRunDay: p.longRunDay,
      language: isLanguage(user.language) ? user.language : null,
      recentRace: p.recentRace ? { distance: p.recentRace.distance, time: formatHms(p.recentRace.timeSec) } : null,
      maxHr: p.maxHr,
      restingHr: p.restingHr,
      lthrHr: p.lthrHr,
    },
    plan: plan
      ? { ...plan, warnings: plan.warnings.map((w) => warningText(ENGLISH, w)), warningCodes: plan.warnings }
      : null,
    runs: runs.map((r) => ({
      date: r.date,
      distanceKm: r.distanceKm,
      durationSec: r.durationSec,
      source: r.source,
      rpe: r.rpe,
      workoutDate: r.workoutDate,
      notes: r.notes,
    })),
    feedback: store.feedback.all(telegramId).map((f) => ({
      date: f.date,
      rpe: f.rpe,
      feeling: f.feeling,
      pain: f.painLocation && f.painSeverity ? { location: f.painLocation, severity: f.painSeverity } : null,
      notes: f.notes,
    })),
    strava: { connected: strava !== undefined, athleteId: strava?.athleteId ?? null },
    weeks: plan
      ? planWeekTotals(plan, runs).map((t) => ({
          index: t.index,
          from: t.from,
          to: t.to,
          plannedKm: t.plannedKm,
          doneKm: t.doneKm,
          skippedKm: t.skippedKm,
        }))
      : [],
    conversation: store.history
      .all(telegramId)
      .map((h) => ({ role: h.role, text: textOf(h.content), at: new Date(h.createdAt).toISOString() }))
      .filter((h) => h.text !== ''),
  };
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const workoutSchema = z.object({
  date,
  type: z.enum(['easy', 'recovery', 'long', 'tempo', 'intervals', 'marathon_pace', 'hills', 'race']),
  distanceKm: z.number().min(0),
  title: z.string(),
  description: z.string(),
  status: z.enum(['planned', 'done', 'partial', 'skipped', 'missed']),
  steps: z.array(stepJson).optional(),
  originalDate: date.nullable().optional(),
});

export const exportSchema = z.object({
  version: z.literal(1),
  user: z.object({
    telegramId: z.number().int().positive(),
    name: z.string().nullable(),
    timezone: z.string(),
    morningTime: z.string().regex(/^\d{2}:\d{2}$/),
    eveningTime: z.string().regex(/^\d{2}:\d{2}$/),
    units: z.enum(['km', 'mi']),
    daysPerWeek: z.number().int().min(2).max(7),
    weeklyKm: z.number().min(0),
    longRunDay: z.enum(WEEKDAY_NAMES),
    /** The language the runner chose (issue 17); null when never chosen, absent in older exports. */
    language: z.enum(LANGUAGES).nullable().optional(),
    recentRace: z
      .object({ distance: z.enum(GOAL_DISTANCES), time: z.string() })
      .nullable()
      .optional(),
    // Heart rate: an extension of the contract's `user` (older exports have none).
    maxHr: z.number().int().min(HR_LIMITS.maxHr.min).max(HR_LIMITS.maxHr.max).nullable().optional(),
    restingHr: z.number().int().min(HR_LIMITS.restingHr.min).max(HR_LIMITS.restingHr.max).nullable().optional(),
    lthrHr: z.number().int().min(HR_LIMITS.lthrHr.min).max(HR_LIMITS.lthrHr.max).nullable().optional(),
  }),
  plan: z
    .object({
      goal: z.object({
        distance: z.enum(GOAL_DISTANCES),
        distanceKm: z.number(),
        raceDate: date,
        goalTime: z.string().nullable(),
        predictedTime: z.string().nullable().optional(),
      }),
      startDate: date,
      vdot: z.number().nullable(),
      paces: z.unknown(),
      warnings: z.array(z.string()),
      warningCodes: warningsJson.optional(),
      baseline: z
        .object({
          weeklyKm: z.number(),
          daysPerWeek: z.number().int(),
          longRunDay: z.enum(WEEKDAY_NAMES),
          longRunKm: z.number(),
        })
        .optional(),
      weeks: z.array(
        z.object({
          index: z.number().int(),
          phase: z.enum(['base', 'build', 'peak', 'taper', 'race']),
          startDate: date,
          totalKm: z.number(),
          workouts: z.array(workoutSchema),
        }),
      ),
    })
    .nullable(),
  runs: z.array(
    z.object({
      date,
      distanceKm: z.number().positive(),
      durationSec: z.number().int().positive(),
      source: z.enum(RUN_SOURCES),
      rpe: z.number().int().min(1).max(10).nullable(),
      workoutDate: date.nullable(),
      notes: z.string().nullable().optional(),
    }),
  ),
  feedback: z.array(
    z.object({
      date,
      rpe: z.number().int().min(1).max(10).nullable(),
      feeling: z.enum(['great', 'good', 'ok', 'tired', 'exhausted']).nullable(),
      pain: z.object({ location: z.string(), severity: z.number().int().min(1).max(10) }).nullable(),
      notes: z.string().nullable(),
    }),
  ),
  strava: z.object({ connected: z.boolean(), athleteId: z.number().nullable() }),
  conversation: z
    .array(z.object({ role: z.enum(['user', 'model', 'summary']), text: z.string(), at: z.string() }))
    .optional(),
});
