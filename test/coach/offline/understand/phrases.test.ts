/** phrases.ts: days a week, weekly volume, long-run day, race goal and goal time. */
import { describe, expect, it } from 'vitest';
import {
  findDaysPerWeek,
  findGoal,
  findGoalTime,
  findLongRunDay,
  findWeeklyKm,
  goalForKm,
  RACE_KM,
  unitToKm,
} from '../../../../src/coach/offline/understand/phrases.ts';
import { Hint } from '../../../../src/coach/offline/understand/types.ts';

describe('findDaysPerWeek', () => {
  it.each<[string, number | null]>([
    ['4 days a week', 4],
    ['3x per week', 3],
    ['5 runs a week', 5],
    ['i run 6 times every week', 6],
    ['train 4 days', 4],
    ['twice a week', 2],
    ['once per week', 1],
    ['4 days', null],
    ['every day', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(findDaysPerWeek(text)?.value ?? null).toBe(expected);
  });
});

describe('findWeeklyKm', () => {
  it.each<[string, 'km' | 'mi', number | null]>([
    ['40 km a week', 'km', 40],
    ['weekly volume is about 35 km', 'km', 35],
    ['30 a week', 'km', null],
    // 20 mi × 1.609344 km/mi = 32.19 km, rounded to 0.1.
    ['20 miles a week', 'km', 32.2],
    ['weekly mileage 25', 'mi', 40.2],
    ['12,5 km per week', 'km', 12.5],
    ['4 runs a week', 'km', null],
    ['', 'km', null],
  ])('%j (%s) → %s', (text, units, expected) => {
    expect(findWeeklyKm(text, units)?.value ?? null).toBe(expected);
  });

  it('unitToKm: miles by the international mile (1.609344 km)', () => {
    expect(unitToKm(10, 'mi', 'km')).toBe(16.1);
    expect(unitToKm(10, undefined, 'mi')).toBe(16.1);
    expect(unitToKm(10, 'km', 'mi')).toBe(10);
  });
});

describe('findLongRunDay', () => {
  it.each<[string, string | null]>([
    ['long runs on saturday', 'sat'],
    ['long run day is sunday', 'sun'],
    ['longrun: fri', 'fri'],
    ['saturdays are for long runs', 'sat'],
    ['sunday is my long run day', 'sun'],
    ['long run tomorrow', null],
    ['on saturday', null],
  ])('%j → %s', (text, expected) => {
    expect(findLongRunDay(text)).toBe(expected);
  });
});

describe('race distances', () => {
  it('are the standard road distances (IAAF: half 21.0975 km, marathon 42.195 km)', () => {
    expect(RACE_KM.map(([goal, km]) => [goal, km])).toEqual([
      ['5k', 5],
      ['10k', 10],
      ['half', 21.0975],
      ['marathon', 42.195],
    ]);
  });

  it.each<[number, string | null]>([
    [5, '5k'],
    [5.05, '5k'],
    [10.1, '10k'],
    [21.1, 'half'],
    [42.2, 'marathon'],
    [42.7, null],
    [15, null],
    [0, null],
  ])('goalForKm(%s) → %s', (km, goal) => {
    expect(goalForKm(km)).toBe(goal);
  });

  it.each<[string, string | null]>([
    ['half marathon in april', 'half'],
    ['half-mara', 'half'],
    ['21.1 km race', 'half'],
    ['my first half', 'half'],
    ['marathon', 'marathon'],
    ['42k', 'marathon'],
    ['10k', '10k'],
    ['parkrun', '5k'],
    ['5 km', '5k'],
    // The first named wins: "a 10k before the marathon" is about the 10k.
    ['a 10k before the marathon', '10k'],
    ['half an hour', null],
    ['15 km', null],
  ])('findGoal(%j) → %s', (text, goal) => {
    expect(findGoal(text)?.goal ?? null).toBe(goal);
  });
});

describe('findGoalTime', () => {
  it.each<[string, '5k' | '10k' | 'half' | 'marathon', string | null]>([
    ['sub-4', 'marathon', '4:00:00'],
    ['sub 1:45', 'half', '1:45:00'],
    ['under 50 minutes', '10k', '50:00'],
    ['in 3:30', 'marathon', '3:30:00'],
    ['goal time 1:45:00', 'half', '1:45:00'],
    ['goal 22:30', '5k', '22:30'],
    ['break 2 hours', 'half', '2:00:00'],
    ['about 25 min', '5k', '25:00'],
    ['in april', 'marathon', null],
    ['under 50', '10k', null],
  ])('%j for a %s → %s', (text, goal, expected) => {
    expect(findGoalTime(text, goal)).toBe(expected);
  });

  it.each<[string, '5k' | '10k' | 'half' | 'marathon']>([
    // Faster than 2:30 per km: the marathon world record is 2:00:35 (2:51/km).
    ['goal time 1:00', 'marathon'],
    ['sub 10 minutes', '10k'],
    ['sub 1:00:00', 'marathon'],
    // Slower than 20 min per km.
    ['under 9 hours', 'half'],
  ])('%j for a %s is off: a hint', (text, goal) => {
    const out = findGoalTime(text, goal);
    expect(out).toBeInstanceOf(Hint);
    expect((out as Hint).hint.key).toBe('und-hint-goal-time');
  });
});
