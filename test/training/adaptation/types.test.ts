import { describe, expect, it } from 'vitest';
import { briefKm, nameOf } from '../../../src/training/adaptation/types.ts';

describe('change-log helpers', () => {
  it.each([
    ['planned', 8],
    ['done', 8],
    ['partial', 8],
    ['skipped', 0],
    ['missed', 0],
  ] as const)('a %s day counts %d km', (status, km) => {
    expect(briefKm({ type: 'easy', distanceKm: 8, title: 'Easy run', status })).toBe(km);
  });
  it('a rest day counts 0 km', () => {
    expect(briefKm(null)).toBe(0);
  });
  it('a note names a workout by type and title only', () => {
    const workout = { type: 'tempo' as const, title: 'Tempo run', distanceKm: 8, status: 'planned' };
    expect(nameOf(workout)).toEqual({
      type: 'tempo',
      title: 'Tempo run',
    });
  });
});
