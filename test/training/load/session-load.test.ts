import { describe, expect, it } from 'vitest';
import { DEFAULT_RPE } from '../../../src/training/load/rpe-estimate.ts';
import { runLoad, sessionLoad } from '../../../src/training/load/session-load.ts';

describe('session load (Foster et al. 2001, session-RPE = CR-10 RPE × minutes)', () => {
  it('is RPE × minutes', () => {
    expect(sessionLoad(6, 45)).toBe(270);
    expect(runLoad({ durationSec: 3600, rpe: 5 })).toBe(300);
    expect(runLoad({ durationSec: 1800 })).toBe(90); // unrated, nothing known: "moderate", RPE 3
  });

  // Foster 2001's worked examples: a 60-minute session rated "hard" (5) is 300 AU; 30 minutes "very hard" (7) 210 AU.
  it.each([
    [5, 60, 300],
    [7, 30, 210],
    [3, 40, 120],
    [10, 12, 120],
    [1, 0, 0],
  ])('RPE %d for %d min is %d AU', (rpe, min, load) => {
    expect(sessionLoad(rpe, min)).toBe(load);
  });

  it('counts seconds as fractions of a minute', () => {
    expect(runLoad({ durationSec: 90, rpe: 4 })).toBe(6);
    expect(runLoad({ durationSec: 2730, rpe: 6 })).toBeCloseTo(273, 10); // 45:30 at 6
  });

  it('an unrated run takes the caller’s estimate, else "moderate" (3)', () => {
    expect(DEFAULT_RPE).toBe(3);
    expect(runLoad({ durationSec: 3600, rpe: null })).toBe(180);
    expect(runLoad({ durationSec: 3600, rpe: null }, 6.5)).toBe(390);
    expect(runLoad({ durationSec: 3600 }, 2)).toBe(120);
  });

  it("the runner's own rating wins over the estimate, even a rating of 0 minutes' worth", () => {
    expect(runLoad({ durationSec: 3600, rpe: 8 }, 2)).toBe(480);
    expect(runLoad({ durationSec: 0, rpe: 8 }, 2)).toBe(0);
  });
});
