import { describe, expect, it } from 'vitest';
import {
  canonicalZone,
  examples,
  formatDuration,
  localToday,
  parseClockTime,
  parseDistanceKm,
  parseDuration,
  understand,
  zoneForPlace,
} from '../../../src/coach/offline/index.ts';
import { placeCount } from '../../../src/coach/offline/places.ts';
import { expectValidCalls, strip, tools } from './helpers.ts';

describe('parseDuration', () => {
  it.each([
    ['52:30', 3150],
    ['1:45:00', 6300],
    ['45 min', 2700],
    ['45 minutes', 2700],
    ['1h 20m', 4800],
    ['1h20', 4800],
    ['1 hr 20 min', 4800],
    ['an hour', 3600],
    ['an hour and a half', 5400],
    ['half an hour', 1800],
    ['1.5 hours', 5400],
    ['52m30s', 3150],
    ["45'", 2700],
    ['took me 28:10 today', 1690],
  ])('%s → %i s', (text, sec) => {
    expect(parseDuration(text)).toBe(sec);
  });
  it.each(['', 'fast', 'at 6:30', '7pm', '5:15/km', '800m'])('%s → null', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('formatDuration', () => {
  it.each([
    [3150, '52:30'],
    [6300, '1:45:00'],
    [300, '05:00'],
    [59, '00:59'],
    [3600, '1:00:00'],
    [36_000, '10:00:00'],
    [-5, '00:00'],
    [Number.NaN, '00:00'],
  ])('%d → %s', (sec, text) => {
    expect(formatDuration(sec)).toBe(text);
  });
  it('round-trips through parseDuration', () => {
    for (const sec of [61, 999, 3599, 3601, 12_345, 86_399]) expect(parseDuration(formatDuration(sec))).toBe(sec);
  });
});

describe('parseDistanceKm', () => {
  it.each([
    ['10k', 'km', 10],
    ['10 km', 'km', 10],
    ['6 miles', 'km', 9.656],
    ['6mi', 'km', 9.656],
    ['half marathon', 'km', 21.0975],
    ['marathon', 'km', 42.195],
    ['a 5k', 'km', 5],
    ['5,2 km', 'km', 5.2],
    ['800m', 'km', 0.8],
    ['6', 'mi', 9.656],
    ['6', 'km', 6],
  ] as const)('%s (%s) → %d', (text, units, km) => {
    expect(parseDistanceKm(text, units)).toBe(km);
  });
  it.each(['', 'far', '45 min'])('%s → null', (text) => {
    expect(parseDistanceKm(text, 'km')).toBeNull();
  });
});

describe('parseClockTime', () => {
  it.each([
    ['6:30', 'morning', '06:30'],
    ['6am', 'any', '06:00'],
    ['9pm', 'any', '21:00'],
    ['12am', 'any', '00:00'],
    ['12pm', 'any', '12:00'],
    ['8', 'evening', '20:00'],
    ['21:00', 'evening', '21:00'],
    ['noon', 'any', '12:00'],
    ['25:00', 'any', 'invalid'],
  ] as const)('%s (%s) → %s', (text, role, out) => {
    expect(parseClockTime(text, role)).toBe(out);
  });
});

describe('localToday', () => {
  it('gives the local date either side of midnight in Asia/Tokyo', () => {
    expect(localToday(new Date('2026-11-20T14:59:00Z'), 'Asia/Tokyo')).toBe('2026-11-20');
    expect(localToday(new Date('2026-11-20T15:01:00Z'), 'Asia/Tokyo')).toBe('2026-11-21');
  });
  it('gives the local date either side of midnight in America/Los_Angeles', () => {
    expect(localToday(new Date('2026-11-21T07:59:00Z'), 'America/Los_Angeles')).toBe('2026-11-20');
    expect(localToday(new Date('2026-11-21T08:01:00Z'), 'America/Los_Angeles')).toBe('2026-11-21');
  });
  it('handles the DST switch in Los Angeles (UTC-8 → UTC-7 on 2026-03-08)', () => {
    expect(localToday(new Date('2026-03-08T07:59:00Z'), 'America/Los_Angeles')).toBe('2026-03-07');
    expect(localToday(new Date('2026-03-09T06:59:00Z'), 'America/Los_Angeles')).toBe('2026-03-08');
    expect(localToday(new Date('2026-03-09T07:01:00Z'), 'America/Los_Angeles')).toBe('2026-03-09');
  });
  it('falls back to UTC for an unknown zone instead of throwing', () => {
    expect(localToday(new Date('2026-11-20T23:30:00Z'), 'Mars/Olympus')).toBe('2026-11-20');
  });
});

describe('relative dates near midnight', () => {
  const cases = [
    { zone: 'Asia/Tokyo', before: '2026-11-20T14:59:00Z', after: '2026-11-20T15:01:00Z' },
    { zone: 'America/Los_Angeles', before: '2026-11-21T07:59:00Z', after: '2026-11-21T08:01:00Z' },
  ];
  for (const { zone, before, after } of cases) {
    it(`${zone}: one minute before midnight it is still Friday 20 November`, () => {
      const ctx = { now: new Date(before), timezone: zone, units: 'km' as const, hasPlan: true };
      expect(strip(understand('skip today', ctx))).toEqual(
        tools({ name: 'skip_workout', args: { date: '2026-11-20' } }),
      );
      expect(strip(understand('ran 5k in 25:00 yesterday', ctx))).toEqual(
        tools({ name: 'log_run', args: { date: '2026-11-19', distanceKm: 5, duration: '25:00' } }),
      );
      expect(understand("what's tomorrow?", ctx)).toEqual({ kind: 'question', topic: 'tomorrow', date: '2026-11-21' });
      expect(strip(understand("move tomorrow's run to Monday", ctx))).toEqual(
        tools({ name: 'reschedule_workout', args: { date: '2026-11-21', newDate: '2026-11-23' } }),
      );
    });
    it(`${zone}: one minute after midnight it is Saturday 21 November`, () => {
      const ctx = { now: new Date(after), timezone: zone, units: 'km' as const, hasPlan: true };
      expect(strip(understand('skip today', ctx))).toEqual(
        tools({ name: 'skip_workout', args: { date: '2026-11-21' } }),
      );
      expect(strip(understand('ran 5k in 25:00 yesterday', ctx))).toEqual(
        tools({ name: 'log_run', args: { date: '2026-11-20', distanceKm: 5, duration: '25:00' } }),
      );
      expect(understand("what's tomorrow?", ctx)).toEqual({ kind: 'question', topic: 'tomorrow', date: '2026-11-22' });
      expect(strip(understand('skip friday', ctx))).toEqual(
        tools({ name: 'skip_workout', args: { date: '2026-11-27' } }),
      );
      expect(strip(understand("I'm sick", ctx))).toEqual(
        tools({ name: 'adjust_plan', args: { reason: 'illness', fromDate: '2026-11-21', days: 3 } }),
      );
    });
  }
  it('resolves across the DST switch in Los Angeles', () => {
    const ctx = {
      now: new Date('2026-03-08T08:30:00Z'),
      timezone: 'America/Los_Angeles',
      units: 'km' as const,
      hasPlan: true,
    };
    // 00:30 PST on Sunday 8 March, the night the clocks go forward
    expect(strip(understand('skip tomorrow', ctx))).toEqual(
      tools({ name: 'skip_workout', args: { date: '2026-03-09' } }),
    );
    expect(strip(understand('ran 10k in 50:00 yesterday', ctx))).toEqual(
      tools({ name: 'log_run', args: { date: '2026-03-07', distanceKm: 10, duration: '50:00' } }),
    );
  });
});

describe('places', () => {
  it('ships a few hundred places', () => {
    expect(placeCount()).toBeGreaterThan(300);
  });
  it.each([
    ['berlin', 'Europe/Berlin'],
    ['new york', 'America/New_York'],
    ['sao paulo', 'America/Sao_Paulo'],
    ['tokyo', 'Asia/Tokyo'],
    ['cape town', 'Africa/Johannesburg'],
    ['kathmandu', 'Asia/Kathmandu'],
    ['pst', 'America/Los_Angeles'],
  ])('%s → %s', (place, zone) => {
    expect(zoneForPlace(place)).toMatchObject({ zone });
  });
  it('knows that some countries have several zones', () => {
    expect(zoneForPlace('usa')).toBe('ambiguous');
  });
  it('canonicalises raw IANA names', () => {
    expect(canonicalZone('america/los_angeles')).toBe('America/Los_Angeles');
    expect(canonicalZone('Not/AZone')).toBeNull();
  });
});

describe('examples', () => {
  it('are short phrasings that the coach itself understands', () => {
    const ctx = {
      now: new Date('2026-11-20T10:00:00Z'),
      timezone: 'Europe/Berlin',
      units: 'km' as const,
      hasPlan: true,
    };
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const e of examples) {
      const u = understand(e, { ...ctx, hasPlan: !/marathon/.test(e) });
      expect(u.kind, e).not.toBe('unknown');
      expectValidCalls(u);
    }
  });
});

describe('zone spellings', () => {
  it('keeps current IANA names that ICU calls by an older one', () => {
    expect(canonicalZone('asia/kolkata')).toBe('Asia/Kolkata');
    expect(canonicalZone('Europe/Kyiv')).toBe('Europe/Kyiv');
    expect(zoneForPlace('mumbai')).toMatchObject({ zone: 'Asia/Kolkata' });
  });
});
