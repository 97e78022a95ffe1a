import type { UserPatch } from '../../db/store/index.ts';
import { resolveTimeZone } from '../../time/zones.ts';
import { heartProfileProblem } from '../../training/zones/heart-rate.ts';
import { type PlanChange, raceVdot } from '../engine.ts';
import { durationToSec, NOT_STARTED, runnerOf } from './common.ts';
import { applyEdit, type PlanChanged } from './plan-change.ts';
import { adaptWith } from './plan-tools.ts';
import { type ProfileView, profileView } from './profile.ts';
import { defineTool, fail, ok } from './tool.ts';

export interface ProfileUpdated {
  profile: ProfileView;
  changed: (keyof ProfileView)[];
  /** A new race result updates VDOT and the plan's paces. */
  vdot: number | null;
  planChanges: PlanChange[];
  /** Days a week or the long-run day changed with a plan: the plan is rebuilt from today (null: not). */
  rebuilt: PlanChanged | null;
  /** Why the plan could not be rebuilt around the new setting (the setting is saved anyway). */
  rebuildError: string | null;
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
    if (!user) return fail(NOT_STARTED);
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
    if (heartProblem) return fail(heartProblem);
    let vdot: number | null = null;
    if (args.recentRace) {
      const timeSec = durationToSec(args.recentRace.time);
      vdot = raceVdot(args.recentRace.distance, timeSec);
      if (vdot === null) return fail('That race time is outside what the pace tables cover; check the time.');
      patch.recentRaceDistance = args.recentRace.distance;
      patch.recentRaceTimeSec = timeSec;
      changed.push('recentRace');
    }
    if (changed.length === 0) return fail('Nothing to change: name a setting.');
    const updated = ctx.store.users.update(ctx.userId, patch);
    if (!updated) return fail(NOT_STARTED);
    if (args.timezone || args.morningTime || args.eveningTime) ctx.onScheduleChanged?.(ctx.userId);
    let planChanges: PlanChange[] = [];
    if (args.recentRace && ctx.store.plans.activeRef(ctx.userId)) {
      const adapted = adaptWith(
        ctx,
        { kind: 'race', distance: args.recentRace.distance, timeSec: durationToSec(args.recentRace.time) },
        {},
      );
      if (adapted.ok) planChanges = adapted.data.changes;
    }
    // "I can run 4 days a week now" is about the plan they have, not only the next one.
    let rebuilt: PlanChanged | null = null;
    let rebuildError: string | null = null;
    if ((args.daysPerWeek || args.longRunDay) && ctx.store.plans.activeRef(ctx.userId)) {
      const r = applyEdit(ctx, { daysPerWeek: args.daysPerWeek, longRunDay: args.longRunDay });
      if (r.ok) rebuilt = r.data;
      else rebuildError = r.error;
    }
    return ok({ profile: profileView(updated), changed, vdot, planChanges, rebuilt, rebuildError });
  },
  forModel: ({ rebuilt, ...d }) => ({
    ...d,
    rebuilt: rebuilt ? { changed: rebuilt.changed, before: rebuilt.before, after: rebuilt.after } : null,
  }),
});
