/** periods.ts: how long a break lasts, when it starts, and which run days are left in it. */
import { describe, expect, it } from 'vitest';
import { availability, periodStart, pickDays, spanDays } from '../../../../src/coach/offline/understand/periods.ts';
import { Hint } from '../../../../src/coach/offline/understand/types.ts';
import { D, input } from './input.ts';

describe('spanDays', () => {
  it.each<[string, number | null]>([
    ['sick for 4 days', 4],
    ['away for 2 weeks', 14],
    ['out for a week', 7],
    ['a few days', 3],
    // Monday to Sunday of this week.
    ['busy the rest of the week', 7],
    // Monday to Friday inclusive.
    ['away until Friday', 5],
    ['3 days a week', null],
    ['2 days ago', null],
    ['sick', null],
  ])('%j → %s', (text, expected) => {
    expect(spanDays(input(text), D.today, null)).toBe(expected);
  });

  it('falls back to the default given', () => {
    expect(spanDays(input('sick'), D.today, 3)).toBe(3);
  });

  it.each(['sick for 29 days', 'sick for 0 days', 'away for 5 weeks'])('%s is beyond 1–28 days: a hint', (text) => {
    const out = spanDays(input(text), D.today, null);
    expect(out).toBeInstanceOf(Hint);
    expect((out as Hint).hint.key).toBe('und-hint-span-days');
  });
});

describe('periodStart', () => {
  it.each<[string, { from: string; period?: string }]>([
    ['sick', { from: D.today }],
    ['sick since yesterday', { from: D.yesterday }],
    ['away from Wednesday', { from: D.wed }],
    ['busy next week', { from: D.nextMon, period: 'next-week' }],
    ['busy this week', { from: D.today, period: 'this-week' }],
    // "until Friday" is the end, not the start.
    ['away until Friday', { from: D.today }],
  ])('%j → %j', (text, expected) => {
    expect(periodStart(input(text))).toEqual(expected);
  });
});

describe('pickDays', () => {
  const week = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  it.each<[number, string[]]>([
    [0, []],
    [1, ['sun']],
    // The long-run day, then each time the day farthest from those chosen (no two hard days back to back).
    [2, ['wed', 'sun']],
    [3, ['wed', 'fri', 'sun']],
    [7, [...week]],
    [9, [...week]],
  ])('%i days of a whole week with the long run on Sunday → %j', (n, expected) => {
    expect(pickDays(n, [...week], 'sun')).toEqual(expected);
  });

  it('without the long-run day in the period, Saturday leads', () => {
    expect(pickDays(1, ['thu', 'fri', 'sat'], 'sun')).toEqual(['sat']);
  });
});

describe('availability', () => {
  it.each<[string, { days?: string[] }]>([
    ['can only run Wednesday and Sunday', { days: ['wed', 'sun'] }],
    // Read as "only Tuesday" before the exception took precedence over "free".
    ['free every day except Tuesday', { days: ['mon', 'wed', 'thu', 'fri', 'sat', 'sun'] }],
    ['I can run every day except Monday and Friday', { days: ['tue', 'wed', 'thu', 'sat', 'sun'] }],
    ['no running at all', { days: [] }],
    ['busy', {}],
  ])('%j', (text, expected) => {
    expect(availability(input(text), D.today, 7)).toEqual(expected);
  });

  it('a count picks the days and says so', () => {
    const out = availability(input('only 2 runs'), D.today, 7);
    expect(out.days).toEqual(['wed', 'sun']);
    expect(out.note?.key).toBe('und-note-picked-days');
  });
});
