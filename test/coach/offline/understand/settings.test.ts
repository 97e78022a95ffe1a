/** detectSettings: clock times, time zone, units, name, heart rates, days a week, volume, long-run day. */
import { describe, expect, it } from 'vitest';
import { detectSettings } from '../../../../src/coach/offline/understand/settings.ts';
import type { Input } from '../../../../src/coach/offline/understand/types.ts';
import { type Seen, tools } from '../helpers.ts';
import { input, LONG, run } from './input.ts';

/** As understand() runs it: the full form, which also reads days a week and weekly volume. */
const settings = (i: Input) => detectSettings(i, true);
const profile = (args: Record<string, unknown>): Seen =>
  tools({ name: 'update_profile', args } as Parameters<typeof tools>[0]);
const hint = (text: string): Seen => ({ kind: 'unknown', hint: text });

describe('detectSettings', () => {
  it.each<[string, Record<string, unknown>]>([
    ['wake me at 6:30', { morningTime: '06:30' }],
    ['send the morning message at 7am and the evening check-in at 9pm', { morningTime: '07:00', eveningTime: '21:00' }],
    ["I'm in Berlin now", { timezone: 'Europe/Berlin' }],
    ['my timezone is America/New_York', { timezone: 'America/New_York' }],
    ['use miles', { units: 'mi' }],
    ['switch to km', { units: 'km' }],
    ['my name is Anna Maria', { name: 'Anna Maria' }],
    ['call me Bob', { name: 'Bob' }],
    ['long runs on Saturday', { longRunDay: 'sat' }],
    ['my max HR is 188, resting 52', { maxHr: 188, restingHr: 52 }],
    ['LTHR 165', { lthrHr: 165 }],
    ['4 days a week', { daysPerWeek: 4 }],
    ['I run 40 km a week', { weeklyKm: 40 }],
  ])('%s', (text, args) => {
    expect(run(settings, text)).toEqual(profile(args));
  });

  it('with a plan, days a week, long-run day and volume change the plan', () => {
    expect(run(settings, 'call me Bob, 5 days a week, long runs on Sunday', { hasPlan: true })).toEqual(
      tools(
        { name: 'update_profile', args: { name: 'Bob' } },
        { name: 'change_plan', args: { daysPerWeek: 5, longRunDay: 'sun' } },
      ),
    );
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['es', 'despiértame a las 6:30', { morningTime: '06:30' }],
    ['de', 'ich wohne in Berlin', { timezone: 'Europe/Berlin' }],
    ['fr', 'je cours 4 jours par semaine', { daysPerWeek: 4 }],
  ])('%s: %s', (language, text, args) => {
    expect(run(settings, text, { language })).toEqual(profile(args));
  });

  it.each<[string, string]>([
    // Heart-rate limits: max 120–230, resting 30–100, LTHR 100–215 (training/zones/heart-rate.ts).
    ['max hr 260', 'A heart rate of 260 bpm is not plausible there (120–230): check the number.'],
    ['resting hr 20', 'A heart rate of 20 bpm is not plausible there (30–100): check the number.'],
    ['morning message at 25:00', 'Times look like 6:30, 7am or 21:00.'],
    ['8 days a week', 'Plans use 2 to 7 run days a week.'],
    ['1 day a week', 'Plans use 2 to 7 run days a week.'],
    ['400 km a week', 'Weekly volume should be 0 to 300 km.'],
    ['timezone Springfield', 'Tell me a city or a zone name, e.g. "I’m in Berlin" or "timezone America/Los_Angeles".'],
    [
      "I'm in Springfield",
      'I don\'t know where Springfield is yet. Tell me a bigger city nearby, or a zone name like "timezone America/Chicago".',
    ],
  ])('out of range or unknown: %s', (text, expected) => {
    expect(run(settings, text)).toEqual(hint(expected));
  });

  it.each(["I'm in pain", 'I ran 10 km at 7am', 'my name is not important', 'in the morning I felt great', '', '⚙️'])(
    'not a setting: %j',
    (text) => {
      expect(run(settings, text)).toBeNull();
    },
  );

  it('the short form (inside other messages) leaves days a week and volume alone', () => {
    expect(run((i) => detectSettings(i, false), '4 days a week, 40 km a week')).toBeNull();
  });

  it('never throws on 4,000 characters', () => {
    expect(() => settings(input(`wake me at 6:30 ${LONG}`))).not.toThrow();
  });
});
