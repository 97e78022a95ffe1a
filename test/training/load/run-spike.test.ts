import { describe, expect, it } from 'vitest';
import { findRunSpike, longestBefore, spikeLineKm } from '../../../src/training/load/run-spike.ts';

// Rule 5 (Frandsen et al., BJSM 2025): a run more than 10 % longer than the longest of the 30 days before it.
describe("rule 5's line", () => {
  it.each([
    [10, 11.2],
    [20, 22.2],
    [32, 35.4],
    [0, 0.2],
  ])('longest %d km: line at %d km (110 % + 0.2 km)', (longest, line) => {
    expect(spikeLineKm(longest)).toBeCloseTo(line, 10);
  });
});

describe('the longest run of the 30 days before', () => {
  const history = [
    { date: '2026-04-01', distanceKm: 25 }, // 31 days before 2026-05-02: outside
    { date: '2026-04-02', distanceKm: 16 }, // 30 days before: inside
    { date: '2026-04-20', distanceKm: 12 },
    { date: '2026-05-02', distanceKm: 30 }, // the day itself: excluded
  ];

  it('counts the 30 days before the day, not the day itself', () => {
    expect(longestBefore('2026-05-02', history, null)).toEqual({ longestKm: 16, known: true });
    expect(longestBefore('2026-05-03', history, null)).toEqual({ longestKm: 30, known: true });
  });

  it('with history shorter than the window, 30 % of the reported volume stands for the runs not logged', () => {
    const short = [{ date: '2026-05-01', distanceKm: 8 }];
    expect(longestBefore('2026-05-05', short, 50)).toEqual({ longestKm: 15, known: true });
    // The reported volume only raises the line.
    expect(longestBefore('2026-05-05', short, 20)).toEqual({ longestKm: 8, known: true });
    // A full window of logged history is judged on its own.
    expect(longestBefore('2026-05-02', history, 100)).toEqual({ longestKm: 16, known: true });
  });

  it('without a logged run in the window there is nothing to judge by', () => {
    expect(longestBefore('2026-07-01', history, 50)).toEqual({ longestKm: 0, known: false });
    expect(longestBefore('2026-05-02', [], 50)).toEqual({ longestKm: 0, known: false });
  });
});

describe('a single-run spike', () => {
  const history = [
    { date: '2026-05-03', distanceKm: 14 },
    { date: '2026-05-10', distanceKm: 20 },
    { date: '2026-05-17', distanceKm: 18 },
  ];
  // The history must reach back 30 days for the reported volume not to count: start it early.
  const full = [{ date: '2026-04-01', distanceKm: 5 }, ...history];

  it('is a run past the line, with its numbers', () => {
    expect(findRunSpike({ date: '2026-05-24', distanceKm: 25 }, full, 40)).toEqual({
      date: '2026-05-24',
      distanceKm: 25,
      longestKm: 20,
      lineKm: 22.2,
      overPct: 25,
    });
  });

  it('a run on the line or under it is no spike', () => {
    expect(findRunSpike({ date: '2026-05-24', distanceKm: 22.2 }, full, 40)).toBeNull();
    expect(findRunSpike({ date: '2026-05-24', distanceKm: 22.25 }, full, 40)?.overPct).toBe(11);
  });

  it('rounds distances to 0.1 km and the excess to a whole per cent', () => {
    const s = findRunSpike({ date: '2026-05-24', distanceKm: 23.456 }, full, null);
    expect(s).toMatchObject({ distanceKm: 23.5, longestKm: 20, lineKm: 22.2, overPct: 17 });
  });

  it('a first run with the coach is not a spike, nor a run after 30 days without one', () => {
    expect(findRunSpike({ date: '2026-05-24', distanceKm: 42 }, [], 40)).toBeNull();
    expect(findRunSpike({ date: '2026-07-01', distanceKm: 42 }, full, 40)).toBeNull();
  });

  it('a new runner with little history is judged against the reported volume', () => {
    const early = [{ date: '2026-05-20', distanceKm: 6 }];
    // 60 km a week: 18 km stands for the longest run, line 20 km.
    expect(findRunSpike({ date: '2026-05-24', distanceKm: 19 }, early, 60)).toBeNull();
    expect(findRunSpike({ date: '2026-05-24', distanceKm: 21 }, early, 60)).toMatchObject({
      longestKm: 18,
      lineKm: 20,
    });
    // Without a reported volume the 6 km run is the line's base.
    expect(findRunSpike({ date: '2026-05-24', distanceKm: 8 }, early, null)).toMatchObject({
      longestKm: 6,
      overPct: 33,
    });
  });
});
