/** src/coach/replies/spike.ts: the one sentence of rule 5 (a run > 10 % over the 30-day longest), in units. */
import { describe, expect, it } from 'vitest';
import { spikeNote } from '../../../src/coach/replies/spike.ts';
import type { RunSpike } from '../../../src/training/load/run-spike.ts';

const SPIKE: RunSpike = { date: '2026-12-01', distanceKm: 16, longestKm: 12, lineKm: 13.4, overPct: 33 };

describe('spikeNote', () => {
  it.each([
    [
      'km',
      false,
      'Heads up: 16 km is 33 % longer than your longest run of the previous 30 days (12 km); jumps over 10 % raise the injury risk; go easy for the next days.',
    ],
    [
      'km',
      true,
      'Heads up: 16 km is 33 % longer than your longest run of the previous 30 days (12 km); jumps over 10 % raise the injury risk, so I eased the next days.',
    ],
    [
      'mi',
      false,
      'Heads up: 9.9 mi is 33 % longer than your longest run of the previous 30 days (7.5 mi); jumps over 10 % raise the injury risk; go easy for the next days.',
    ],
  ] as const)('English, %s, eased %s', (units, eased, expected) => {
    expect(spikeNote(SPIKE, units, eased)).toBe(expected);
  });

  it('Russian: decimal comma, miles as "ми", the eased and not-eased endings', () => {
    expect(spikeNote(SPIKE, 'mi', false, 'ru')).toBe(
      'Внимание: 9,9 ми — это на 33 % больше, чем твоя самая длинная пробежка за последние 30 дней (7,5 ми); скачки больше 10 % повышают риск травмы; ближайшие дни бегай спокойно.',
    );
    expect(spikeNote(SPIKE, 'km', true, 'ru')).toMatch(/\(12 км\); .*, поэтому я облегчил ближайшие дни\.$/);
  });

  it('German in kilometres', () => {
    expect(spikeNote({ ...SPIKE, distanceKm: 13.55, longestKm: 12.04, overPct: 13 }, 'km', true, 'de')).toBe(
      'Achtung: 13,6 km sind 13 % mehr als dein längster Lauf der letzten 30 Tage (12 km); Sprünge über 10 % erhöhen das Verletzungsrisiko, deshalb habe ich die nächsten Tage leichter gemacht.',
    );
  });
});
