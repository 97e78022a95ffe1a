import { describe, expect, it } from 'vitest';
import {
  dateText,
  distanceText,
  durationText,
  formatNumber,
  longDateText,
  paceRangeText,
  paceText,
  unitLabel,
  weekdayText,
} from '../../src/messages/format.ts';
import { KM_PER_MILE } from '../../src/messages/units.ts';

/** Fluent may wrap placeables in Unicode isolation marks; the runner sees the text between them. */
const visible = (s: string) => s.replace(/[\u2068\u2069]/g, '');

describe('format', () => {
  it('writes numbers with the locale separators and at most the given decimals', () => {
    expect(formatNumber('en', 5.55)).toBe('5.6');
    expect(formatNumber('ru', 5.5)).toBe('5,5');
    expect(formatNumber('de', 12.345, 2)).toBe('12,35');
    expect(formatNumber('en', 1234)).toBe('1,234');
  });

  it('names the unit in the runner language', () => {
    expect(unitLabel('en', 'km')).toBe('km');
    expect(unitLabel('en', 'mi')).toBe('mi');
    expect(unitLabel('ru', 'km')).toBe('км');
  });

  it('writes distances converted and rounded to a tenth', () => {
    expect(distanceText('en', 12.54, 'km')).toBe('12.5 km');
    expect(distanceText('ru', 12.5, 'km')).toBe('12,5 км');
    expect(distanceText('en', KM_PER_MILE * 3, 'mi')).toBe('3 mi');
  });

  it('writes paces and pace ranges per the runner unit', () => {
    expect(paceText('en', 312, 'km')).toBe('5:12/km');
    expect(paceText('ru', 312, 'km')).toBe('5:12/км');
    expect(paceText('en', -5, 'km')).toBe('0:00/km');
    expect(paceRangeText('en', 300, 320, 'km')).toBe('5:00–5:20/km');
    expect(paceRangeText('en', 300, 301, 'km')).toBe('5:00/km');
  });

  it('writes durations in words, minutes padded after the hours', () => {
    expect(visible(durationText('en', 45 * 60))).toBe('45 min');
    expect(visible(durationText('en', 65 * 60))).toBe('1 h 05 min');
    expect(visible(durationText('ru', 45 * 60))).toBe('45 мин');
    expect(visible(durationText('en', -60))).toBe('0 min');
  });

  it('writes plan dates without a time-zone shift', () => {
    expect(dateText('en-GB', '2026-12-07')).toBe('Mon 7 Dec');
    expect(longDateText('en-GB', '2026-12-07')).toBe('7 December 2026');
    expect(dateText('ru', '2026-12-07')).toMatch(/7 дек/);
  });

  it('names weekdays in the locale, long or short', () => {
    expect(weekdayText('en', 'mon')).toBe('Monday');
    expect(weekdayText('en', 'sun', 'short')).toBe('Sun');
    expect(weekdayText('ru', 'sun')).toBe('воскресенье');
  });
});
