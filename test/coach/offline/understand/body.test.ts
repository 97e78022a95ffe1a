/** body.ts: efforts (RPE, Borg CR-10), feelings and pain as runners describe them. */
import { describe, expect, it } from 'vitest';
import { findFeeling, findPain, findRpe } from '../../../../src/coach/offline/understand/body.ts';
import { FEELING_RPE } from '../../../../src/coach/offline/understand/types.ts';

describe('findRpe', () => {
  it.each<[string, { value: number; keyword: boolean }[]]>([
    ['rpe 7', [{ value: 7, keyword: true }]],
    ['effort was 6/10', [{ value: 6, keyword: true }]],
    ['exertion: 8', [{ value: 8, keyword: true }]],
    ['7/10', [{ value: 7, keyword: false }]],
    ['9 out of 10', [{ value: 9, keyword: false }]],
    [
      'rpe 4, knee 3/10',
      [
        { value: 4, keyword: true },
        { value: 3, keyword: false },
      ],
    ],
    ['rpe 12', [{ value: 12, keyword: true }]],
  ])('%s', (text, expected) => {
    expect(findRpe(text).map(({ value, keyword }) => ({ value, keyword }))).toEqual(expected);
  });

  it.each(['ran 10 km', '5:30/km', '1/10/2026', '2.5/10', '', '😅'])('finds no effort in %j', (text) => {
    expect(findRpe(text)).toEqual([]);
  });
});

describe('findFeeling', () => {
  it.each<[string, string | null]>([
    ['felt great', 'great'],
    ['legs were heavy', 'tired'],
    ['completely knackered', 'exhausted'],
    ['nice and smooth', 'good'],
    ['it was ok', 'ok'],
    ['not bad', 'ok'],
    ['not great', 'tired'],
    ["didn't feel good", 'tired'],
    ['not bad but tired', 'tired'],
    ['ran 10 km', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(findFeeling(text)).toBe(expected);
  });

  it('assumes the RPE of each feeling on the CR-10 scale, easier feelings lower', () => {
    // Foster's session-RPE (CR-10): 3 moderate, 4 somewhat hard, 5 hard, 7 very hard, 9 near maximal.
    expect(FEELING_RPE).toEqual({ great: 3, good: 4, ok: 5, tired: 7, exhausted: 9 });
  });
});

describe('findPain', () => {
  it.each<[string, { location: string; severity: number | null; intensity: number } | null]>([
    ['my knee hurts', { location: 'knee', severity: null, intensity: 4 }],
    ['left ankle is sore', { location: 'left ankle', severity: null, intensity: 4 }],
    ['sharp pain in my right hip', { location: 'right hip', severity: null, intensity: 7 }],
    ['slightly tight calf', { location: 'calf', severity: null, intensity: 2 }],
    ['knee pain 5/10', { location: 'knee', severity: 5, intensity: 4 }],
    ['achilles 6/10', { location: 'achilles', severity: 6, intensity: 4 }],
    ['lower back aches, pain 3', { location: 'lower back', severity: 3, intensity: 4 }],
    // Out of 1–10 the number is kept, so the callers ask for 1 to 10 rather than guess.
    ['knee pain 14', { location: 'knee', severity: 14, intensity: 4 }],
    ['knee pain 0', { location: 'knee', severity: 0, intensity: 4 }],
    // "10 km" is a distance, not a rating.
    ['knee pain after 10 km', { location: 'knee', severity: null, intensity: 4 }],
  ])('%s', (text, expected) => {
    expect(findPain(text)).toEqual(expected);
  });

  it.each(['my knee is fine', 'ran 10 km', 'my legs are sore', 'pain', ''])('no pain with a place in %j', (text) => {
    expect(findPain(text)).toBeNull();
  });
});
