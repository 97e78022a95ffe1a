/**
 * Every code the engine returns (advice, refusals, plan warnings, plan errors, changed days) in words: English
 * keeps its sentences, and Russian, Spanish and German runners read theirs with no English left, with the
 * numbers and dates in their own formats (src/coach/replies/engine-words.ts, locales/<lang>/engine.ftl).
 */

import { describe, expect, it } from 'vitest';
import {
  adviceText,
  changeText,
  ENGLISH,
  planErrorText,
  refusalText,
  type Speech,
  warningText,
} from '../../src/coach/replies/engine-words.ts';
import { failureText } from '../../src/coach/tools/tool.ts';
import type { Language } from '../../src/messages/languages.ts';
import type { WorkoutBrief } from '../../src/training/adaptation/types.ts';
import type {
  Advice,
  AdviceCode,
  PlanError,
  PlanErrorCode,
  PlanWarning,
  PlanWarningCode,
  Refusal,
  RefusalCode,
} from '../../src/training/notes.ts';

const tempo = { type: 'tempo' as const, title: 'Tempo run' };
const long = { type: 'long' as const, title: 'Long run' };

/** One sample of every code (the types make a missing code a compile error). */
const ADVICE: { [C in AdviceCode]: Extract<Advice, { code: C }>[] } = {
  load_unknown: [{ code: 'load_unknown' }],
  load_balanced: [{ code: 'load_balanced', ratio: 1.12 }],
  load_spike: [{ code: 'load_spike', ratio: 1.62, limit: 1.5 }],
  moved: [{ code: 'moved', workout: tempo, date: '2026-12-03' }],
  busy_kept: [
    { code: 'busy_kept', travel: true, proportion: false },
    { code: 'busy_kept', travel: false, proportion: true },
  ],
  busy_break: [
    { code: 'busy_break', travel: true, resumeOn: '2026-12-10', longBreak: false },
    { code: 'busy_break', travel: false, resumeOn: '2026-12-10', longBreak: true },
  ],
  illness_rest: [
    { code: 'illness_rest', through: '2026-12-04', longBreak: false, factor: 70 },
    { code: 'illness_rest', through: '2026-12-04', longBreak: true, factor: 70 },
  ],
  injury_rest: [
    { code: 'injury_rest', through: '2026-12-04', longBreak: false, factor: 70 },
    { code: 'injury_rest', through: '2026-12-04', longBreak: true, factor: 70 },
  ],
  missed_easy: [{ code: 'missed_easy' }],
  missed_moved: [
    { code: 'missed_moved', workout: tempo, date: '2026-12-04', replaces: null },
    { code: 'missed_moved', workout: tempo, date: '2026-12-04', replaces: { type: 'easy', title: 'Easy run' } },
  ],
  missed_dropped: [{ code: 'missed_dropped', workout: tempo }],
  partial: [{ code: 'partial' }],
  race_slower: [{ code: 'race_slower', distance: '10k', timeSec: 2700, vdot: 44.5, before: 46.1 }],
  race_paces: [
    {
      code: 'race_paces',
      distance: 'half',
      timeSec: 5700,
      vdot: 46.2,
      before: null,
      goal: 'marathon',
      predictedSec: 12_600,
    },
    { code: 'race_paces', distance: '5k', timeSec: 1200, vdot: 49.8, before: 47.5, goal: 'half', predictedSec: 5820 },
  ],
  pain_stop: [{ code: 'pain_stop', severity: 6, location: 'knee' }],
  noted: [
    { code: 'noted', tough: false },
    { code: 'noted', tough: true },
  ],
  lighter_pain: [{ code: 'lighter_pain', location: 'shin' }],
  lighter_exhausted: [{ code: 'lighter_exhausted' }],
  lighter_unplanned: [{ code: 'lighter_unplanned' }],
  lighter_hard_easy: [{ code: 'lighter_hard_easy' }],
  fatigue_through: [{ code: 'fatigue_through', through: '2026-12-05' }],
};

const REFUSALS: { [C in RefusalCode]: Extract<Refusal, { code: C }> } = {
  no_workout: { code: 'no_workout', date: '2026-12-02' },
  race_not_skipped: { code: 'race_not_skipped' },
  same_day: { code: 'same_day' },
  past_day: { code: 'past_day' },
  race_fixed: { code: 'race_fixed' },
  after_race: { code: 'after_race' },
  other_week: { code: 'other_week', workout: tempo, weekStart: '2026-11-30' },
  day_taken: { code: 'day_taken', date: '2026-12-02' },
  hard_back_to_back: {
    code: 'hard_back_to_back',
    workout: tempo,
    date: '2026-12-05',
    clash: long,
    clashDate: '2026-12-06',
  },
  days_past: { code: 'days_past' },
  race_time_implausible: { code: 'race_time_implausible', distance: '5k', timeSec: 600 },
  race_future: { code: 'race_future', date: '2026-12-12' },
  race_stale: { code: 'race_stale', date: '2026-09-01' },
};

const WARNINGS: { [C in Exclude<PlanWarningCode, 'text'>]: Extract<PlanWarning, { code: C }>[] } = {
  low_volume: [{ code: 'low_volume', minKm: 10 }],
  long_per_run: [{ code: 'long_per_run', weeklyKm: 120, days: 2, perRunKm: 60, maxKm: 35 }],
  time_cap: [{ code: 'time_cap', minutes: 210, longestKm: 26.5, goal: 'marathon', readyKm: 30 }],
  build_short: [
    {
      code: 'build_short',
      weeklyKm: 15,
      longestKm: 19,
      raceDate: '2027-03-14',
      goal: 'marathon',
      readyKm: 30,
      shorter: 'half',
      later: { date: '2027-05-16', weeks: 24 },
      limited: true,
    },
    {
      code: 'build_short',
      weeklyKm: 5,
      longestKm: 9,
      raceDate: '2027-03-14',
      goal: 'marathon',
      readyKm: 30,
      shorter: null,
      later: null,
      limited: false,
    },
  ],
  race_stale: [{ code: 'race_stale', distance: '10k', date: '2026-08-01' }],
  race_too_slow: [{ code: 'race_too_slow' }],
  goal_unchecked: [{ code: 'goal_unchecked', goal: 'half', goalTimeSec: 5495 }],
  goal_beyond: [{ code: 'goal_beyond', goalTimeSec: 10_740, goalVdot: 53.1, vdot: 45.2, raceSec: 12_300 }],
};

const ERRORS: { [C in PlanErrorCode]: Extract<PlanError, { code: C }>[] } = {
  unknown_goal: [{ code: 'unknown_goal', goal: 'ultra' }],
  bad_start_date: [{ code: 'bad_start_date', value: '31/02' }],
  bad_race_date: [{ code: 'bad_race_date', value: 'soon' }],
  race_before_start: [{ code: 'race_before_start', raceDate: '2026-06-01', startDate: '2026-11-30' }],
  too_soon: [
    {
      code: 'too_soon',
      goal: 'marathon',
      minWeeks: 12,
      raceDate: '2027-01-17',
      weeks: 7,
      days: 1,
      earliest: '2027-02-21',
      shorter: 'half',
    },
    {
      code: 'too_soon',
      goal: '5k',
      minWeeks: 4,
      raceDate: '2026-12-12',
      weeks: 1,
      days: 5,
      earliest: '2026-12-27',
      shorter: null,
    },
  ],
  too_far: [{ code: 'too_far', maxWeeks: 52, startAfter: '2027-01-04' }],
  bad_weekly_km: [{ code: 'bad_weekly_km' }],
  bad_days_per_week: [{ code: 'bad_days_per_week' }],
  bad_long_run_day: [{ code: 'bad_long_run_day' }],
  recent_race_after_start: [{ code: 'recent_race_after_start', raceDate: '2026-12-05', startDate: '2026-12-01' }],
  recent_race_incomplete: [{ code: 'recent_race_incomplete' }],
  recent_race_too_fast: [{ code: 'recent_race_too_fast', distance: '5k', timeSec: 540 }],
  goal_time_invalid: [{ code: 'goal_time_invalid' }],
  goal_time_too_fast: [{ code: 'goal_time_too_fast', distance: 'marathon', timeSec: 6000 }],
};

const brief = (
  w: { type: WorkoutBrief['type']; title: string },
  km: number,
  status: WorkoutBrief['status'] = 'planned',
) => ({
  ...w,
  distanceKm: km,
  status,
});
const CHANGES: [WorkoutBrief | null, WorkoutBrief | null][] = [
  [brief(tempo, 8), brief({ type: 'easy', title: 'Easy run' }, 5)],
  [null, brief(long, 18)],
  [brief(long, 16), null],
  [brief(long, 9), brief(long, 9, 'skipped')],
  [brief(long, 9), brief(long, 4.5, 'skipped')],
  [brief(tempo, 8), brief(tempo, 8, 'missed')],
];

/** Every text the renderer writes for one runner. */
function allTexts(s: Speech): string[] {
  return [
    ...Object.values(ADVICE).flatMap((list) => list.map((a: Advice) => adviceText(s, a))),
    ...Object.values(REFUSALS).map((r: Refusal) => refusalText(s, r)),
    ...Object.values(WARNINGS).flatMap((list) => list.map((w: PlanWarning) => warningText(s, w))),
    warningText(s, { code: 'text', text: 'An old English warning.' }),
    ...Object.values(ERRORS).flatMap((list) => list.map((e: PlanError) => planErrorText(s, e))),
    ...CHANGES.map(([before, after]) => changeText(s, before, after)),
  ];
}

/** Words only English uses: none of them may reach a Russian, Spanish or German runner. */
const ENGLISH_WORDS =
  /\b(the|your|you|week|weeks|days?|runs?|workout|skipped|moves?|lighter|through|race|easy|long|now|noted|pain|paces|would|about|than|goal|km a)\b/i;

const speakers: [Language, string][] = [
  ['ru', 'ru-RU'],
  ['es', 'es-ES'],
  ['de', 'de-DE'],
];

describe('engine codes in the runner’s language', () => {
  it.each(speakers)('%s: every code has words, none of them English, no key left unresolved', (lang, locale) => {
    const texts = allTexts({ lang, units: 'km', locale, today: '2026-11-30' });
    expect(texts.length).toBeGreaterThan(60);
    for (const text of texts) {
      expect(text.trim().length, text).toBeGreaterThan(0);
      expect(text, text).not.toMatch(/\beng-[a-z-]+\b/);
      expect(text, text).not.toMatch(ENGLISH_WORDS);
      expect(text, text).not.toMatch(/undefined|NaN|\{\s*\$/);
      // Dates are said, never written as ISO.
      expect(text, text).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
    }
  });

  it('says dates, numbers, distances and session names the way each language does', () => {
    const ru: Speech = { lang: 'ru', units: 'km', locale: 'ru-RU' };
    const es: Speech = { lang: 'es', units: 'km', locale: 'es-ES' };
    const de: Speech = { lang: 'de', units: 'km', locale: 'de-DE' };
    const moved = ADVICE.missed_moved[1] as Advice;
    expect(adviceText(ru, moved)).toBe('Темповый бег переносится на пт, 4 дек., вместо: Лёгкий бег.');
    expect(adviceText(es, moved)).toContain('Carrera a tempo pasa al');
    expect(adviceText(de, ADVICE.load_spike[0] as Advice)).toContain('1,62');
    expect(adviceText(ru, ADVICE.race_paces[1] as Advice)).toContain('VDOT 49,8 (было 47,5)');
    expect(changeText(ru, brief(long, 9), brief(long, 4.5, 'skipped'))).toBe('Длительная 9 км → пропуск');
    expect(changeText(es, brief(tempo, 8), brief({ type: 'easy', title: 'Easy run' }, 5))).toBe(
      'Carrera a tempo 8 km → Rodaje suave 5 km',
    );
    expect(changeText(de, null, brief(long, 18.5))).toBe('jetzt Langer Lauf 18,5 km');
    // Russian plurals: 1 неделя, 7 недель; 5 дней.
    expect(planErrorText(ru, ERRORS.too_soon[0] as PlanError)).toMatch(/7 недель и 1 день/);
    expect(planErrorText(ru, ERRORS.too_soon[1] as PlanError)).toMatch(/1 неделя и 5 дней/);
    expect(planErrorText(de, ERRORS.too_soon[1] as PlanError)).toMatch(/1 Woche und 5 Tage/);
    // A year other than this one is said.
    expect(warningText({ ...es, today: '2026-11-30' }, WARNINGS.build_short[0] as PlanWarning)).toContain('2027');
  });

  it('follows the runner’s units', () => {
    const text = warningText({ lang: 'de', units: 'mi' }, WARNINGS.low_volume[0] as PlanWarning);
    expect(text).toContain('6,2 mi');
    expect(changeText({ lang: 'en', units: 'mi' }, brief(long, 9), brief(long, 4.5))).toBe(
      'Long run 5.6 mi → Long run 2.8 mi',
    );
  });

  it('English keeps its sentences; the CLI and the model read ISO dates', () => {
    const en: Speech = { lang: 'en', units: 'km' };
    expect(adviceText(en, ADVICE.missed_moved[1] as Advice)).toBe(
      'Tempo run moves to Fri 4 Dec, in place of the easy run.',
    );
    expect(refusalText(en, REFUSALS.hard_back_to_back)).toBe(
      'That would put the tempo run (Sat 5 Dec) next to the long run (Sun 6 Dec): no hard days back to back.',
    );
    expect(planErrorText(ENGLISH, ERRORS.too_soon[0] as PlanError)).toBe(
      'A marathon needs at least 12 weeks of training, and 2027-01-17 is only 7 weeks and 1 day away. Pick a race on or after 2027-02-21, or a half marathon on that date.',
    );
    expect(warningText(en, { code: 'text', text: 'Kept as written.' })).toBe('Kept as written.');
    for (const text of allTexts(en)) expect(text, text).not.toMatch(/\beng-[a-z-]+\b|undefined|NaN/);
  });

  it('a failed tool speaks from its code, else its own words', () => {
    expect(
      failureText('ru', {
        ok: false,
        error: 'There is no planned workout on 2026-12-02.',
        engine: { refusal: REFUSALS.no_workout },
      }),
    ).toBe('На ср, 2 дек. тренировка не запланирована.');
    expect(failureText('ru', { ok: false, error: 'Something else.' })).toBe('Something else.');
  });
});
