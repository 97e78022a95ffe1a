/** src/coach/replies/week.ts: /week's days with runs, and the week's totals, plurals and units included. */
import { describe, expect, it } from 'vitest';
import { ranText, totalsText, weekSoFarLine, weekText } from '../../../src/coach/replies/week.ts';
import type { WorkoutsView } from '../../../src/coach/tools/plan-tools.ts';
import type { WeekTotals } from '../../../src/training/load/week-totals.ts';
import { EASY_DONE, INTERVALS, LONG, TEMPO_SKIPPED } from './workouts.ts';

const TOTALS: WeekTotals = {
  from: '2026-11-30',
  to: '2026-12-06',
  plannedKm: 30,
  skippedKm: 6,
  doneKm: 8.04,
  sessions: 4,
  sessionsDone: 1,
  sessionsSkipped: 0,
  runs: 1,
};

describe('ranText', () => {
  it.each([
    ['en', 'km', 'ran 6.2 km at 5:31/km'],
    ['en', 'mi', 'ran 3.9 mi at 8:53/mi'],
    ['ru', 'km', 'пробежали 6,2 км в темпе 5:31/км'],
    ['de', 'mi', '3,9 mi gelaufen (8:53/mi)'],
  ] as const)('%s %s: %s', (lang, units, expected) => {
    // 2053 s over 6.2 km = 331 s/km = 5:31/km; × 1.609344 = 533 s = 8:53/mi.
    expect(ranText({ distanceKm: 6.2, durationSec: 2053 }, units, lang)).toBe(expected);
  });

  it('leaves the pace out without a time', () => {
    expect(ranText({ distanceKm: 5, durationSec: 0 }, 'km')).toBe('ran 5 km');
    expect(ranText({ distanceKm: 5, durationSec: 0 }, 'km', 'ru')).toBe('пробежали 5 км');
  });
});

describe('totalsText', () => {
  const sessions = (n: number) => ({ ...TOTALS, sessions: n });

  it.each([
    [1, '8 of 30 km · 1 of 1 session done'],
    [2, '8 of 30 km · 1 of 2 sessions done'],
    [5, '8 of 30 km · 1 of 5 sessions done'],
    [21, '8 of 30 km · 1 of 21 sessions done'],
  ])('English, %i sessions', (n, expected) => {
    expect(totalsText(sessions(n), 'km')).toBe(expected);
  });

  it.each([
    [1, '8 из 30 км · 1 из 1 тренировки сделано'],
    [2, '8 из 30 км · 1 из 2 тренировок сделано'],
    [5, '8 из 30 км · 1 из 5 тренировок сделано'],
    [21, '8 из 30 км · 1 из 21 тренировки сделано'],
  ])('Russian plural after "из", %i sessions', (n, expected) => {
    expect(totalsText(sessions(n), 'km', 'ru')).toBe(expected);
  });

  it.each([
    [1, '1 пропущена'],
    [2, '2 пропущены'],
    [5, '5 пропущено'],
    [21, '21 пропущена'],
  ])('Russian plural of skipped sessions, %i', (skipped, words) => {
    expect(totalsText({ ...TOTALS, sessions: 30, sessionsSkipped: skipped }, 'km', 'ru')).toMatch(
      new RegExp(` · ${words} \\(6 км\\)$`),
    );
  });

  it('counts skipped sessions out of the sessions planned, and says their km', () => {
    expect(totalsText({ ...TOTALS, sessionsSkipped: 1 }, 'km')).toBe(
      '8 of 30 km · 1 of 3 sessions done · 1 skipped (6 km)',
    );
    // Never "2 of 1": more done than left planned counts the done ones.
    expect(totalsText({ ...TOTALS, sessions: 3, sessionsDone: 2, sessionsSkipped: 2 }, 'km')).toBe(
      '8 of 30 km · 2 of 2 sessions done · 2 skipped (6 km)',
    );
  });

  it('in miles: 8.04 km = 5 mi, 30 km = 18.6 mi, 6 km = 3.7 mi', () => {
    expect(totalsText({ ...TOTALS, sessionsSkipped: 1 }, 'mi')).toBe(
      '5 of 18.6 mi · 1 of 3 sessions done · 1 skipped (3.7 mi)',
    );
    expect(totalsText({ ...TOTALS, sessions: 21 }, 'mi', 'de')).toBe('5 von 18,6 mi · 1 von 21 Einheiten erledigt');
  });

  it('an empty week', () => {
    expect(totalsText({ ...TOTALS, plannedKm: 0, doneKm: 0, sessions: 0, sessionsDone: 0, runs: 0 }, 'km')).toBe(
      '0 of 0 km · 0 of 0 sessions done',
    );
  });
});

describe('weekText', () => {
  const view = (today: string, runs: WorkoutsView['runs'] = RUNS): WorkoutsView => ({
    from: '2026-11-30',
    to: '2026-12-06',
    today,
    workouts: [EASY_DONE, INTERVALS, TEMPO_SKIPPED, LONG],
    runs,
    hasPlan: true,
    totals: { ...TOTALS, plannedKm: 36, skippedKm: 12, doneKm: 8.2, sessionsSkipped: 1, runs: 2 },
    workoutsForModel: [],
  });
  const RUNS: WorkoutsView['runs'] = [
    { date: '2026-12-01', distanceKm: 8.2, durationSec: 2706, source: 'manual', rpe: 4 },
    { date: '2026-11-30', distanceKm: 3, durationSec: 0, source: 'manual', rpe: null },
  ];

  it('lists days in order, the runs on planned days and extra runs, then the totals so far', () => {
    expect(weekText(view('2026-12-02'), 'km')).toBe(
      [
        '<b>Mon 30 Nov – Sun 6 Dec</b> · 36 km planned',
        '🏃 Mon 30 Nov: extra run, ran 3 km',
        '🟢 Tue 1 Dec: Easy run &lt;8k&gt;, 8 km ✅ · ran 8.2 km at 5:30/km',
        '🔴 Wed 2 Dec: 6 × 800 m intervals, 10 km',
        '🟠 Thu 3 Dec: Cruise intervals 3 × 1.6 km, 12 km ⏭',
        '🟣 Sun 6 Dec: Long run, 18 km',
        '',
        'So far: 8.2 of 36 km · 1 of 3 sessions done · 1 skipped (12 km).',
      ].join('\n'),
    );
  });

  it('a past week says "Week done"; a future week with no runs has no totals', () => {
    expect(weekText(view('2026-12-09'), 'km').split('\n').at(-1)).toBe(
      'Week done: 8.2 of 36 km · 1 of 3 sessions done · 1 skipped (12 km).',
    );
    const future = weekText(view('2026-11-20', []), 'km');
    expect(future.split('\n')).toHaveLength(5);
    expect(future).not.toMatch(/So far|Week done/);
  });

  it('in Russian with miles', () => {
    expect(weekText(view('2026-12-02'), 'mi', 'ru')).toBe(
      [
        '<b>пн, 30 нояб. – вс, 6 дек.</b> · в плане 22,4 ми',
        '🏃 пн, 30 нояб.: дополнительная пробежка, пробежали 1,9 ми',
        '🟢 вт, 1 дек.: Лёгкий бег, 5 ми ✅ · пробежали 5,1 ми в темпе 8:51/ми',
        '🔴 ср, 2 дек.: Интервалы 6 × 800 м, 6,2 ми',
        '🟠 чт, 3 дек.: Темповые отрезки 3 × 1609 м, 7,5 ми ⏭',
        '🟣 вс, 6 дек.: Длительная, 11,2 ми',
        '',
        'Пока: 5,1 из 22,4 ми · 1 из 3 тренировок сделано · 1 пропущена (7,5 ми).',
      ].join('\n'),
    );
  });

  it('in German the title and totals', () => {
    const text = weekText(view('2026-12-02'), 'km', 'de');
    expect(text.split('\n')[0]).toBe('<b>Mo., 30. Nov. – So., 6. Dez.</b> · 36 km geplant');
    expect(text.split('\n').at(-1)).toBe('Bisher: 8,2 von 36 km · 1 von 3 Einheiten erledigt · 1 ausgelassen (12 km).');
  });
});

describe('weekSoFarLine', () => {
  it('the morning card line, italic', () => {
    expect(weekSoFarLine(TOTALS, 'km')).toBe('<i>This week so far: 8 of 30 km · 1 of 4 sessions done.</i>');
    expect(weekSoFarLine(TOTALS, 'km', 'ru')).toBe(
      '<i>На этой неделе пока: 8 из 30 км · 1 из 4 тренировок сделано.</i>',
    );
  });
});
