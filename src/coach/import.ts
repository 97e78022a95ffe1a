/** Restores a runner from the export JSON (contracts.md): `cli import`. The counterpart of export.ts. */
import type { Store } from '../db/store/index.ts';
import { parseDuration } from '../training/duration.ts';
import type { PlanWarning } from '../training/notes.ts';
import { exportSchema, type UserExport } from './export.ts';

export type ImportOutcome =
  | { ok: true; telegramId: number; runs: number; feedback: number }
  | { ok: false; error: string };

/**
 * Validates the document, then replaces everything of that runner in one transaction. Refuses to overwrite an
 * existing runner unless `force` is set.
 */
export function importUser(store: Store, document: unknown, options: { force?: boolean } = {}): ImportOutcome {
  const parsed = exportSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `not a runcoach export: ${issue?.path.join('.') || 'document'}: ${issue?.message}` };
  }
  const data = parsed.data as UserExport;
  const id = data.user.telegramId;
  if (store.users.get(id) && !options.force) {
    return { ok: false, error: `runner ${id} already exists; add --force to replace their data` };
  }
  const race = data.user.recentRace ? parseDuration(data.user.recentRace.time) : null;
  store.transaction(() => {
    store.users.delete(id);
    store.users.upsert(
      { telegramId: id, chatId: id, name: data.user.name },
      {
        timezone: data.user.timezone,
        morningTime: data.user.morningTime,
        eveningTime: data.user.eveningTime,
        units: data.user.units,
        ...(data.user.language ? { language: data.user.language } : {}),
        daysPerWeek: data.user.daysPerWeek,
        weeklyKm: data.user.weeklyKm,
        longRunDay: data.user.longRunDay as 'sun',
        recentRaceDistance: race !== null ? (data.user.recentRace?.distance as '5k') : null,
        recentRaceTimeSec: race,
        maxHr: data.user.maxHr ?? null,
        restingHr: data.user.restingHr ?? null,
        lthrHr: data.user.lthrHr ?? null,
        onboarded: true,
      },
    );
    if (data.plan) {
      // Older exports carry the warnings only as sentences: they are kept as they were written.
      const { warningCodes, ...plan } = data.plan;
      const warnings = warningCodes ?? plan.warnings.map((text): PlanWarning => ({ code: 'text', text }));
      store.plans.create(id, { ...plan, warnings }, { importedAt: new Date().toISOString() });
    }
    data.runs.forEach((r, i) => {
      store.runs.insert({
        userId: id,
        date: r.date,
        distanceKm: r.distanceKm,
        durationSec: r.durationSec,
        source: r.source,
        // The export carries no source ids; imported runs get stable ones of their own.
        externalId: `import:${id}:${i}:${r.date}`,
        rpe: r.rpe,
        notes: r.notes ?? null,
        workoutDate: r.workoutDate,
      });
    });
    for (const turn of data.conversation ?? []) {
      store.history.append(
        id,
        turn.role,
        turn.role === 'summary' ? turn.text : { role: turn.role, parts: [{ text: turn.text }] },
      );
    }
    for (const f of data.feedback) {
      store.feedback.insert({
        userId: id,
        date: f.date,
        rpe: f.rpe,
        feeling: f.feeling as 'ok' | null,
        painLocation: f.pain?.location ?? null,
        painSeverity: f.pain?.severity ?? null,
        notes: f.notes,
      });
    }
  });
  return { ok: true, telegramId: id, runs: data.runs.length, feedback: data.feedback.length };
}
