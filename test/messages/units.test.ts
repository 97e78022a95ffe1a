import { describe, expect, it } from 'vitest';
import { formatClock, formatDistance, formatPace, formatPaceRange, KM_PER_MILE } from '../../src/messages/units.ts';

describe('units', () => {
  it('keeps one mile at 1.609344 km (the international yard and pound agreement, 1959)', () => {
    expect(KM_PER_MILE).toBe(1.609344);
  });

  it('writes distances in km or mi with at most one decimal', () => {
    expect(formatDistance(10, 'km')).toBe('10 km');
    expect(formatDistance(12.345, 'km')).toBe('12.3 km');
    expect(formatDistance(KM_PER_MILE * 5, 'mi')).toBe('5 mi');
    expect(formatDistance(21.0975, 'mi')).toBe('13.1 mi');
    expect(formatDistance(0, 'km')).toBe('0 km');
  });

  it('writes clock times as M:SS or H:MM:SS, never negative', () => {
    expect(formatClock(59)).toBe('0:59');
    expect(formatClock(312)).toBe('5:12');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatClock(-30)).toBe('0:00');
  });

  it('writes a pace per km or per mile', () => {
    expect(formatPace(312, 'km')).toBe('5:12/km');
    expect(formatPace(300, 'mi')).toBe('8:03/mi'); // 300 s/km × 1.609344 = 482.8 s
  });

  it('writes a pace range, or one pace when its ends are within 3 s', () => {
    expect(formatPaceRange(300, 320, 'km')).toBe('5:00–5:20/km');
    expect(formatPaceRange(300, 302, 'km')).toBe('5:00/km');
    expect(formatPaceRange(300, 320, 'mi')).toBe('8:03–8:35/mi');
  });
});
