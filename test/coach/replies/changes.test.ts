/** src/coach/replies/changes.ts: the engine's change codes as one sentence with numbers, plurals and units. */
import { describe, expect, it } from 'vitest';
import { type ChangeFacts, changesSentence, reasonClause } from '../../../src/coach/replies/changes.ts';
import type { ChangeReason } from '../../../src/training/adaptation/types.ts';

/** `n` days of rest for illness, each 8 km before. */
function illDays(n: number): ChangeFacts[] {
  return Array.from({ length: n }, (_, i) => ({
    date: `2026-12-${String(i + 2).padStart(2, '0')}`,
    reasons: [{ code: 'rest_illness', value: n }],
    fromKm: 8,
    toKm: 0,
  }));
}

describe('changesSentence', () => {
  it.each([
    [2, '2 days changed (−16 km): rest for 2 days of illness.'],
    [5, '5 days changed (−40 km): rest for 5 days of illness.'],
    [21, '21 days changed (−168 km): rest for 21 days of illness.'],
  ])('English, %i days', (n, expected) => {
    expect(changesSentence(illDays(n), 'km')).toBe(expected);
  });

  it.each([
    [1, '1 день изменён (−8 км): отдых на 1 день болезни.'],
    [2, '2 дня изменено (−16 км): отдых на 2 дня болезни.'],
    [5, '5 дней изменено (−40 км): отдых на 5 дней болезни.'],
    [21, '21 день изменён (−168 км): отдых на 21 день болезни.'],
  ])('Russian plurals, %i days', (n, expected) => {
    expect(changesSentence(illDays(n), 'km', 'ru')).toBe(expected);
  });

  it.each([
    [1, '1 Tag geändert (−8 km): Ruhe für 1 Krankheitstag.'],
    [2, '2 Tage geändert (−16 km): Ruhe für 2 Krankheitstage.'],
  ])('German, %i days', (n, expected) => {
    expect(changesSentence(illDays(n), 'km', 'de')).toBe(expected);
  });

  it('is empty without changes, or when every reason only records what the runner did', () => {
    expect(changesSentence([], 'km')).toBe('');
    expect(
      changesSentence(
        [{ date: '2026-12-02', reasons: [{ code: 'missed' }, { code: 'ran' }], fromKm: 8, toKm: 0 }],
        'km',
      ),
    ).toBe('');
  });

  it('leaves the km out when the total did not move, and converts limits to miles', () => {
    expect(
      changesSentence(
        [
          {
            date: '2026-12-02',
            reasons: [{ code: 'return_volume', value: 10 }, { code: 'return_easy_only' }],
            fromKm: 8,
            toKm: 8,
          },
        ],
        'mi',
      ),
    ).toBe('1 day changed: at most 6.2 mi in those 7 days back; easy running only in the first 7 days back.');
  });

  it('sums the km over the days (+/− with a real minus sign), names each reason once, escapes notes', () => {
    const changes: ChangeFacts[] = [
      { date: '2026-12-02', reasons: [{ code: 'skipped', note: '<work> & stuff' }], fromKm: 8, toKm: 0 },
      { date: '2026-12-03', reasons: [{ code: 'spike_cap', value: 12, ref: 13.4 }], fromKm: 10, toKm: 12.5 },
      { date: '2026-12-04', reasons: [{ code: 'spike_cap', value: 12, ref: 13.4 }], fromKm: 10, toKm: 12.5 },
    ];
    expect(changesSentence(changes, 'km')).toBe(
      '3 days changed (−3 km): skipped (&lt;work&gt; &amp; stuff); kept within 10 % of your longest run of the last 30 days, 12 km.',
    );
    expect(changesSentence(changes.slice(1), 'km')).toMatch(/^2 days changed \(\+5 km\): /);
    expect(changesSentence(changes, 'km', 'ru')).toBe(
      '3 дня изменено (−3 км): пропущено (&lt;work&gt; &amp; stuff); не больше чем на 10 % длиннее самой длинной пробежки за последние 30 дней, 12 км.',
    );
  });
});

describe('reasonClause', () => {
  it.each<[ChangeReason, string, string]>([
    [{ code: 'skipped' }, 'skipped', 'пропущено'],
    [{ code: 'skipped', note: '<work>' }, 'skipped (&lt;work&gt;)', 'пропущено (&lt;work&gt;)'],
    [{ code: 'moved_to', date: '2026-12-05' }, 'moved to Sat 5 Dec', 'перенесено на сб, 5 дек.'],
    [
      { code: 'lighter_load', value: 1.6 },
      'lighter: your last 7 days were 1.6× your usual load',
      'легче: за последние 7 дней нагрузка была в 1,6 раза выше обычной',
    ],
    [
      { code: 'return_paces', value: 44.2, ref: 47.3 },
      'paces from VDOT 44.2 instead of 47.3 for the time off',
      'темпы по VDOT 44,2 вместо 47,3 из-за перерыва',
    ],
  ])('%j', (reason, en, ru) => {
    expect(reasonClause(reason, 'km')).toBe(en);
    expect(reasonClause(reason, 'km', 'ru')).toBe(ru);
  });

  it('in German: the moved day in the German date format', () => {
    expect(reasonClause({ code: 'moved_to', date: '2026-12-05' }, 'km', 'de')).toBe('auf Sa., 5. Dez. verschoben');
  });

  it('never leaves two spaces where an optional part was empty', () => {
    for (const code of ['skipped', 'return_resume', 'busy_moved_to', 'moved_from'] as const)
      expect(reasonClause({ code }, 'km')).not.toMatch(/ {2}/);
  });
});
