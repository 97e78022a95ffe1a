/** src/util/intl-cache.ts: one Intl formatter per locale and options, formatting as a fresh one would. */
import { describe, expect, it } from 'vitest';
import { dateFormat, numberFormat } from '../../src/util/intl-cache.ts';

describe('numberFormat', () => {
  it('returns the same formatter for the same locale and options', () => {
    const a = numberFormat('de', { maximumFractionDigits: 1 });
    const b = numberFormat('de', { maximumFractionDigits: 1 });
    expect(b).toBe(a);
  });

  it('returns another formatter when the locale or the options differ', () => {
    const de = numberFormat('de', { maximumFractionDigits: 1 });
    expect(numberFormat('ru', { maximumFractionDigits: 1 })).not.toBe(de);
    expect(numberFormat('de', { maximumFractionDigits: 2 })).not.toBe(de);
    expect(numberFormat('de', { maximumFractionDigits: 1, minimumFractionDigits: 1 })).not.toBe(de);
  });

  it.each([
    ['en', { maximumFractionDigits: 1 }, 12345.67, '12,345.7'],
    ['de', { maximumFractionDigits: 1 }, 12345.67, '12.345,7'],
    ['ru', { maximumFractionDigits: 1 }, 12345.67, '12\u00a0345,7'],
    ['fr', { minimumFractionDigits: 2, maximumFractionDigits: 2 }, 0.5, '0,50'],
    ['en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }, 1.005, '1.01'],
  ] as const)('%s %o formats %d as %s', (locale, options, value, expected) => {
    expect(numberFormat(locale, options).format(value)).toBe(expected);
    // The cached formatter answers exactly as a freshly built one.
    expect(numberFormat(locale, options).format(value)).toBe(new Intl.NumberFormat(locale, options).format(value));
  });

  it('throws for a bad locale tag and caches nothing for it', () => {
    expect(() => numberFormat('not a locale!', {})).toThrow(RangeError);
    expect(() => numberFormat('not a locale!', {})).toThrow(RangeError);
  });

  it('keeps answering correctly past its 512 entries (the cache is emptied, not broken)', () => {
    const first = numberFormat('en', { maximumFractionDigits: 0 });
    for (let digits = 0; digits < 600; digits++) {
      numberFormat('en', {
        maximumFractionDigits: digits % 21,
        minimumIntegerDigits: 1 + (digits % 21),
        useGrouping: digits % 2 === 0,
      });
      numberFormat('en', {
        maximumSignificantDigits: 1 + (digits % 21),
        minimumIntegerDigits: 1 + (Math.floor(digits / 21) % 21),
      });
    }
    const again = numberFormat('en', { maximumFractionDigits: 0 });
    expect(again.format(2.5)).toBe('3');
    expect(first.format(2.5)).toBe('3');
  });
});

describe('dateFormat', () => {
  const day = new Date('2026-12-01T09:00:00Z');

  it('returns the same formatter for the same locale and options', () => {
    const options = { weekday: 'long', timeZone: 'UTC' } as const;
    expect(dateFormat('en', options)).toBe(dateFormat('en', { ...options }));
    expect(dateFormat('ru', options)).not.toBe(dateFormat('en', options));
  });

  it.each([
    ['en', { weekday: 'long', timeZone: 'UTC' }, 'Tuesday'],
    ['de', { weekday: 'long', timeZone: 'UTC' }, 'Dienstag'],
    ['ru', { weekday: 'long', timeZone: 'UTC' }, 'вторник'],
    ['en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }, '1 Dec'],
    ['en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Tokyo' }, '18:00'],
  ] as const)('%s %o formats 2026-12-01 09:00Z as %s', (locale, options, expected) => {
    expect(dateFormat(locale, options).format(day)).toBe(expected);
  });

  it('keeps number and date formatters apart under the same key', () => {
    const options = {};
    expect(dateFormat('en', options)).toBeInstanceOf(Intl.DateTimeFormat);
    expect(numberFormat('en', options)).toBeInstanceOf(Intl.NumberFormat);
  });

  it('throws for a bad time zone', () => {
    expect(() => dateFormat('en', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
