import type { UserPatch } from '../../db/store/index.ts';
import { resolveTimeZone } from '../../time/zones.ts';
import { RESULT_MAX_AGE_DAYS } from '../../training/adaptation/race-result.ts';
import { daysBetween } from '../../training/dates.ts';
import type { Refusal } from '../../training/notes.ts';
import type { GoalDistance } from '../../training/types.ts';
import { heartProfileProblem } from '../../training/zones/heart-rate.ts';
import { clearExpectation, expectAnswer, openExpectation } from '../conversation/dialogue.ts';
import { type PlanChange, raceVdot } from '../engine.ts';
import { durationToSec, runnerOf, todayOf } from './common.ts';
import { applyEdit, type PlanChanged } from './plan-change.ts';
import { adaptWith } from './plan-tools.ts';
import { type ProfileView, profileView } from './profile.ts';
import { defineTool, fail, ok, type ToolFailure } from './tool.ts';

export interface ProfileUpdated {
  profile: ProfileView;
  changed: (keyof ProfileView)[];
  /** A new race result updates VDOT and the plan's paces. */
  vdot: number | null;
  planChanges: PlanChange[];
  /** Days a week or the long-run day changed with a plan: the plan is rebuilt from today (null: not). */
  rebuilt: PlanChanged | null;
  /** Why the plan could not be rebuilt around the new setting (the setting is saved anyway). */
  rebuildError: ToolFailure | null;
  /**
   * Rule 16: a result slower than the plan's fitness is not applied yet; the coach asks whether it was an all-out
   * effort in fair conditions (the answer comes back as the same result with `confirmed`).
   */
  raceConfirm: {
    distance: GoalDistance;
    time: string;
    date: string | null;
    vdotBefore: number;
    vdotAfter: number;
  } | null;
  /** Why a race result did not set paces (too old, in the future). */
  raceRefused: Refusal | null;
}

function zoneOf(text: string): string | undefined {
  const r = resolveTimeZone(text);
  return r.ok ? r.zone : undefined;
}

export const updateProfile = defineTool<'update_profile', ProfileUpdated>({
  name: 'update_profile',
  description:
    "Changes the runner's settings: name, IANA time zone, morning and evening message times (HH:MM), units, days per week, weekly km, long-run day, a recent race result (which updates training paces), or heart rate (max, resting, lactate threshold: heart-rate zones).",
  run(ctx, args) {
    const user = runnerOf(ctx);
    if (!user) return fail('err-not-started');
    const patch: UserPatch = {};
    const changed: (keyof ProfileView)[] = [];
    const set = <K extends keyof ProfileView & keyof UserPatch>(key: K, value: UserPatch[K] | undefined) => {
      if (value === undefined) return;
      patch[key] = value;
      changed.push(key);
    };
    set('name', args.name);
    // The schema accepted it only if it resolves: a city becomes its zone, as on every face.
    set('timezone', args.timezone === undefined ? undefined : zoneOf(args.timezone));
    set('morningTime', args.morningTime);
    set('eveningTime', args.eveningTime);
    set('units', args.units);
    set('daysPerWeek', args.daysPerWeek);
    set('weeklyKm', args.weeklyKm);
    set('longRunDay', args.longRunDay);
    set('maxHr', args.maxHr);
    set('restingHr', args.restingHr);
    set('lthrHr', args.lthrHr);
    // Together with what is stored: a resting rate of 65 with a maximum of 90 is a typo, not a heart.
    const heart = {
      maxHr: args.maxHr ?? user.maxHr,
      restingHr: args.restingHr ?? user.restingHr,
      lthrHr: args.lthrHr ?? user.lthrHr,
    };
    const heartProblem = heartProfileProblem(heart);
    if (heartProblem?.code === 'reserve_too_small')
      return fail('err-hr-too-close', { resting: heartProblem.restingHr, max: heartProblem.maxHr });
    if (heartProblem) return fail('err-hr-lthr-above-max', { lthr: heartProblem.lthrHr, max: heartProblem.maxHr });
    let vdot: number | null = null;
    let planChanges: PlanChange[] = [];
    let raceConfirm: ProfileUpdated['raceConfirm'] = null;
    let raceRefused: Refusal | null = null;
    if (args.recentRace) {
      const race = args.recentRace;
      const timeSec = durationToSec(race.time);
      vdot = raceVdot(race.distance, timeSec);
      if (vdot === null) return fail('err-race-time-off-tables');
      const today = todayOf(ctx, user);
      if (race.date && race.date > today) return fail('err-race-ahead', { date: { day: race.date } });
      // Rule 16 through the engine first: a slower result waits for the runner's word; an old one sets no paces.
      let applies = true;
      // "Yes, it was all-out" counts only as the answer to the coach's own question about this very result (rule 16:
      // the coach asks); a `confirmed` sent unasked is read as unconfirmed, so the question comes.
      const asked = openExpectation(ctx);
      const confirmed =
        race.confirmed === true &&
        asked?.kind === 'race_confirm' &&
        asked.distance === race.distance &&
        durationToSec(asked.time) === timeSec;
      if (confirmed) clearExpectation(ctx);
      const age = race.date ? daysBetween(race.date, today) : 0;
      if (!ctx.store.plans.activeRef(ctx.userId) && age > RESULT_MAX_AGE_DAYS) {
        // Without a plan the engine is not asked, yet rule 16 holds all the same: an old result sets no paces.
        raceRefused = { code: 'race_stale', date: race.date ?? today };
        applies = false;
      } else if (ctx.store.plans.activeRef(ctx.userId)) {
        const event = {
          kind: 'race' as const,
          distance: race.distance,
          timeSec,
          date: race.date ?? today,
          confirmed,
        };
        const adapted = adaptWith(ctx, event, {});
        if (!adapted.ok) {
          if (!adapted.engine || !('refusal' in adapted.engine)) return adapted;
          raceRefused = adapted.engine.refusal;
          applies = false;
        } else {
          planChanges = adapted.data.changes;
          const c = adapted.data.confirm;
          if (c) {
            applies = false;
            raceConfirm = {
              distance: race.distance,
              time: race.time,
              date: race.date ?? today,
              vdotBefore: c.vdotBefore,
              vdotAfter: c.vdotAfter,
            };
            expectAnswer(ctx, {
              kind: 'race_confirm',
              distance: race.distance,
              time: race.time,
              date: race.date ?? today,
            });
          }
        }
      }
      if (applies) {
        patch.recentRaceDistance = race.distance;
        patch.recentRaceTimeSec = timeSec;
        changed.push('recentRace');
      }
    }
    if (changed.length === 0 && !raceConfirm && !raceRefused) return fail('err-nothing-to-change');
    const updated = ctx.store.users.update(ctx.userId, patch);
    if (!updated) return fail('err-not-started');
    if (args.timezone || args.morningTime || args.eveningTime) ctx.onScheduleChanged?.(ctx.userId);
    // "I can run 4 days a week now" is about the plan they have, not only the next one.
    let rebuilt: PlanChanged | null = null;
    let rebuildError: ToolFailure | null = null;
    if ((args.daysPerWeek || args.longRunDay) && ctx.store.plans.activeRef(ctx.userId)) {
      const r = applyEdit(ctx, { daysPerWeek: args.daysPerWeek, longRunDay: args.longRunDay });
      if (r.ok) rebuilt = r.data;
      else rebuildError = r;
    }
    return ok({
      profile: profileView(updated),
      changed,
      vdot,
      planChanges,
      rebuilt,
      rebuildError,
      raceConfirm,
      raceRefused,
    });
  },
  forModel: ({ rebuilt, ...d }) => ({
    ...d,
    rebuilt: rebuilt ? { changed: rebuilt.changed, before: rebuilt.before, after: rebuilt.after } : null,
  }),
});
