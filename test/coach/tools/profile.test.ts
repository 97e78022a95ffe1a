/** get_profile and update_profile (src/coach/tools/profile.ts, profile-update.ts). */
import { describe, expect, it } from 'vitest';
import { data, ID, refused, runner, withPlan } from './helpers.ts';

describe('get_profile', () => {
  it('gives the runner settings, whether a plan exists and Strava is linked', () => {
    const { ctx } = runner();
    const before = data(ctx, 'get_profile', {});
    expect(before.profile).toMatchObject({ telegramId: ID, name: 'Tess', units: 'km' });
    expect(before.hasPlan).toBe(false);
    expect(before.strava.connected).toBe(false);
    withPlan(ctx);
    expect(data(ctx, 'get_profile', {}).hasPlan).toBe(true);
  });
});

describe('update_profile', () => {
  it('stores the fields given and says which changed', () => {
    const { ctx, store } = runner();
    const out = data(ctx, 'update_profile', {
      timezone: 'Europe/Berlin',
      units: 'mi',
      morningTime: '07:15',
      longRunDay: 'sat',
      maxHr: 188,
    });
    expect(out.profile).toMatchObject({ timezone: 'Europe/Berlin', units: 'mi', morningTime: '07:15', maxHr: 188 });
    expect(out.changed).toEqual(expect.arrayContaining(['timezone', 'units', 'morningTime', 'longRunDay', 'maxHr']));
    expect(store.users.get(ID)).toMatchObject({ timezone: 'Europe/Berlin', units: 'mi', longRunDay: 'sat' });
  });

  it('resolves a city to its time zone', () => {
    const { ctx } = runner();
    expect(data(ctx, 'update_profile', { timezone: 'Berlin' }).profile.timezone).toBe('Europe/Berlin');
  });

  it('refuses bad arguments and changes nothing', () => {
    const { ctx, store } = runner();
    const before = store.users.get(ID);
    for (const args of [
      { timezone: 'Mars/Olympus' },
      { morningTime: '25:00' },
      { units: 'furlongs' },
      { daysPerWeek: 1 },
      { daysPerWeek: 8 },
      { weeklyKm: -5 },
      { longRunDay: 'someday' },
      { maxHr: 400 },
      { restingHr: 10 },
      { recentRace: { distance: 'ultra', time: '3:00:00' } },
      { recentRace: { distance: '10k', time: 'fast' } },
      'not an object',
    ]) {
      expect(refused(ctx, 'update_profile', args), JSON.stringify(args)).toBe(true);
    }
    expect(store.users.get(ID)).toEqual(before);
  });
});
