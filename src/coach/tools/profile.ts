import type { User } from '../../db/store/index.ts';
import type { CoachContext } from '../types.ts';
import { defineTool, fail, ok } from './tool.ts';

/** The export's `user` object (contracts.md), plus the recent race the paces come from. */
export interface ProfileView {
  telegramId: number;
  name: string | null;
  timezone: string;
  morningTime: string;
  eveningTime: string;
  units: 'km' | 'mi';
  daysPerWeek: number;
  weeklyKm: number;
  longRunDay: User['longRunDay'];
  recentRace: { distance: NonNullable<User['recentRaceDistance']>; timeSec: number } | null;
  /** Heart rate in bpm the runner gave (null: unknown); zones come from them (training/zones/heart-rate.ts). */
  maxHr: number | null;
  restingHr: number | null;
  lthrHr: number | null;
}

export function profileView(u: User): ProfileView {
  return {
    telegramId: u.telegramId,
    name: u.name,
    timezone: u.timezone,
    morningTime: u.morningTime,
    eveningTime: u.eveningTime,
    units: u.units,
    daysPerWeek: u.daysPerWeek,
    weeklyKm: u.weeklyKm,
    longRunDay: u.longRunDay,
    recentRace:
      u.recentRaceDistance && u.recentRaceTimeSec !== null
        ? { distance: u.recentRaceDistance, timeSec: u.recentRaceTimeSec }
        : null,
    maxHr: u.maxHr,
    restingHr: u.restingHr,
    lthrHr: u.lthrHr,
  };
}

export function requireUser(ctx: CoachContext): User | null {
  return ctx.store.users.get(ctx.userId) ?? null;
}

export interface ProfileResult {
  profile: ProfileView;
  hasPlan: boolean;
  strava: { connected: boolean };
}

export const getProfile = defineTool<'get_profile', ProfileResult>({
  name: 'get_profile',
  description:
    "The runner's settings: name, time zone, message times, units, days per week, weekly km, long-run day, heart rate (max, resting, threshold).",
  run(ctx) {
    const user = requireUser(ctx);
    if (!user) return fail('err-not-started');
    return ok({
      profile: profileView(user),
      hasPlan: ctx.store.plans.activeRef(ctx.userId) !== undefined,
      strava: { connected: ctx.store.strava.get(ctx.userId) !== undefined },
    });
  },
  forModel: (data) => data,
});
