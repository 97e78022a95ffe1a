/**
 * src/coach/replies/engine-words.ts: the engine's codes (changed days, advice, refusals, plan warnings and errors)
 * in the runner's words, units and dates; ISO dates and km for readers that are not runners (ENGLISH).
 */
import { describe, expect, it } from 'vitest';
import * as e from '../../../src/coach/replies/engine-words.ts';
import type { WorkoutBrief } from '../../../src/training/adaptation/types.ts';

const TEMPO = { title: 'Tempo run', type: 'tempo', distanceKm: 8, status: 'planned' } as WorkoutBrief;
const EASY = { title: 'Easy run', type: 'easy', distanceKm: 5.04, status: 'planned' } as WorkoutBrief;
const MILES: e.Speech = { lang: 'en', units: 'mi', today: '2026-12-01' };
const RU: e.Speech = { lang: 'ru', units: 'km', today: '2026-12-01' };
const DE: e.Speech = { lang: 'de', units: 'km', today: '2026-12-01' };

describe('speechOf and workoutName', () => {
  it('English in km without a runner; the runner language, units and locale with one', () => {
    expect(e.speechOf(undefined)).toEqual({ lang: 'en', units: 'km', locale: 'en' });
    expect(e.speechOf({ languageCode: 'ru', units: 'mi' } as Parameters<typeof e.speechOf>[0])).toEqual({
      lang: 'ru',
      units: 'mi',
      locale: 'ru',
    });
  });

  it("English keeps the engine's title; others name the session type", () => {
    expect(e.workoutName(e.ENGLISH, TEMPO)).toBe('Tempo run');
    expect(e.workoutName(RU, TEMPO)).toBe('Темповый бег');
    expect(e.workoutName(DE, EASY)).toBe('Lockerer Dauerlauf');
  });
});

describe('changeText and landedText', () => {
  it.each([
    [e.ENGLISH, TEMPO, EASY, 'Tempo run 8 km → Easy run 5 km'],
    [MILES, TEMPO, EASY, 'Tempo run 5 mi → Easy run 3.1 mi'],
    [RU, TEMPO, EASY, 'Темповый бег 8 км → Лёгкий бег 5 км'],
    [e.ENGLISH, null, EASY, 'now Easy run 5 km'],
    [e.ENGLISH, TEMPO, null, 'Tempo run 8 km → rest'],
    [e.ENGLISH, TEMPO, { ...EASY, status: 'skipped' }, 'Tempo run 8 km → skipped'],
    [e.ENGLISH, EASY, { ...EASY, status: 'done' }, 'Easy run: done'],
    [DE, TEMPO, null, 'Tempodauerlauf 8 km → Ruhetag'],
  ] as const)('%j: %j → %j', (s, before, after, expected) => {
    expect(e.changeText(s, before as WorkoutBrief | null, after as WorkoutBrief | null)).toBe(expected);
  });

  it('names where a change lands, nothing for rest', () => {
    expect(e.landedText(MILES, TEMPO)).toBe('Tempo run 5 mi');
    expect(e.landedText(RU, null)).toBeNull();
  });
});

describe('adviceText', () => {
  it('the load ratio against the 1.5 spike line (Gabbett 2016), decimals in the locale', () => {
    expect(e.adviceText(e.ENGLISH, { code: 'load_spike', ratio: 1.62, limit: 1.5 })).toBe(
      'Your recent load jumped (7-day vs 28-day ratio 1.62, above 1.5); the coming week is lighter so the body can catch up.',
    );
    expect(e.adviceText(RU, { code: 'load_balanced', ratio: 1.1 })).toBe('Нагрузка в балансе (соотношение 1,1).');
  });

  it('dates: ISO for the model, a day label for runners, with the year when it is another year', () => {
    const moved = { code: 'moved', workout: TEMPO, date: '2027-01-05' } as const;
    expect(e.adviceText(e.ENGLISH, moved)).toBe('Tempo run is now on 2027-01-05.');
    expect(e.adviceText(MILES, moved)).toBe('Tempo run is now on Tue 5 Jan 2027.');
    expect(e.adviceText(RU, moved)).toBe('Темповый бег теперь вт, 5 янв. 2027.');
  });

  it('pain: stop, be seen, in the runner language with the body part translated', () => {
    expect(e.adviceText(e.ENGLISH, { code: 'pain_stop', severity: 7, location: 'knee' })).toMatch(
      /^Pain of 7\/10 in your knee is a signal to stop running for now\. Please have it checked/,
    );
    expect(e.adviceText(RU, { code: 'pain_stop', severity: 7, location: 'knee' })).toMatch(
      /^Боль 7\/10 \(колено\) — сигнал пока не бегать\./,
    );
  });

  it('illness rest: through which day, and the share the plan comes back at', () => {
    expect(e.adviceText(MILES, { code: 'illness_rest', through: '2026-12-04', longBreak: false, factor: 80 })).toBe(
      'Rest through Fri 4 Dec. Come back only when you’ve been free of fever for a day; after that the plan eases back in at about 80 %.',
    );
  });
});

describe('refusalText', () => {
  it.each([
    [e.ENGLISH, { code: 'no_workout', date: '2026-12-02' }, 'There is no planned workout on 2026-12-02.'],
    [MILES, { code: 'no_workout', date: '2026-12-02' }, 'There is no planned workout on Wed 2 Dec.'],
    [DE, { code: 'no_workout', date: '2026-12-02' }, 'Am Mi., 2. Dez. ist kein Training geplant.'],
    [e.ENGLISH, { code: 'same_day' }, 'That is the day it is already on.'],
    [
      e.ENGLISH,
      { code: 'race_time_implausible', distance: '10k', timeSec: 1500 },
      "A 10K in 25:00 doesn't look right; check the time.",
    ],
    [
      RU,
      { code: 'race_time_implausible', distance: '10k', timeSec: 1500 },
      '10 км за 25:00 — не похоже на правду; проверьте время.',
    ],
  ] as const)('%j %j', (s, refusal, expected) => {
    expect(e.refusalText(s, refusal)).toBe(expected);
  });

  it('no hard days back to back: names both sessions and days, lowercased inside an English sentence', () => {
    expect(
      e.refusalText(MILES, {
        code: 'hard_back_to_back',
        workout: TEMPO,
        date: '2026-12-02',
        clash: EASY,
        clashDate: '2026-12-03',
      }),
    ).toBe('That would put the tempo run (Wed 2 Dec) next to the easy run (Thu 3 Dec): no hard days back to back.');
  });
});

describe('warningText', () => {
  it('volumes in the runner units', () => {
    expect(e.warningText(e.ENGLISH, { code: 'low_volume', minKm: 15 })).toBe(
      'You run under 15 km a week now; the plan starts from 15 km. Walk breaks are fine.',
    );
    // 15 km = 9.3 mi; 60 km = 37.3 mi; 20 km = 12.4 mi; 16 km = 9.9 mi.
    expect(e.warningText(MILES, { code: 'low_volume', minKm: 15 })).toBe(
      'You run under 9.3 mi a week now; the plan starts from 9.3 mi. Walk breaks are fine.',
    );
    expect(e.warningText(MILES, { code: 'long_per_run', weeklyKm: 60, days: 3, perRunKm: 20, maxKm: 16 })).toBe(
      '37.3 mi over 3 days is about 12.4 mi a run, far beyond the 9.9 mi a run most plans use; more running days would spread it safely.',
    );
  });

  it('a goal beyond the current VDOT, with the realistic time (Daniels & Gilbert)', () => {
    const w = { code: 'goal_beyond', goalTimeSec: 5400, goalVdot: 52.1, vdot: 47.3, raceSec: 2700 } as const;
    expect(e.warningText(e.ENGLISH, w)).toBe(
      'Your goal of 1:30:00 needs a VDOT of 52.1; your recent race shows 47.3. The plan trains at your current paces and races at the pace you can reach: about 45:00 is a realistic target by race day, or keep the goal and pick a later race.',
    );
    expect(e.warningText(RU, w)).toMatch(/^Для цели 1:30:00 нужен VDOT 52,1; ваш последний старт показывает 47,3\./);
  });

  it("an old plan's free text: as it is in English, a note to rebuild elsewhere", () => {
    expect(e.warningText(e.ENGLISH, { code: 'text', text: 'Old <note>' })).toBe('Old <note>');
    expect(e.warningText(RU, { code: 'text', text: 'Old <note>' })).toBe(
      'В этом плане есть заметка из старой версии; попросите новый план, чтобы увидеть её снова.',
    );
  });
});

describe('planErrorText and engineProblemText', () => {
  it.each([
    [e.ENGLISH, { code: 'unknown_goal', goal: 'ultra' }, 'Unknown goal "ultra": choose 5k, 10k, half or marathon.'],
    [
      e.ENGLISH,
      { code: 'race_before_start', raceDate: '2026-11-01', startDate: '2026-12-01' },
      'The race date 2026-11-01 is in the past (the plan would start 2026-12-01).',
    ],
    [
      MILES,
      { code: 'too_far', maxWeeks: 52, startAfter: '2027-12-01' },
      'The race is more than 52 weeks away; plans run at most 52 weeks. Start the plan after Wed 1 Dec 2027.',
    ],
    [e.ENGLISH, { code: 'bad_days_per_week' }, 'Days per week must be a whole number from 2 to 7.'],
    [RU, { code: 'bad_days_per_week' }, 'Число беговых дней в неделю — целое от 2 до 7.'],
  ] as const)('%j %j', (s, err, expected) => {
    expect(e.planErrorText(s, err)).toBe(expected);
  });

  it('plain text: the caller escapes it (the runner own goal word comes back as typed)', () => {
    expect(e.planErrorText(RU, { code: 'unknown_goal', goal: '<ultra>' })).toBe(
      'Неизвестная цель «<ultra>»: выберите 5 км, 10 км, полумарафон или марафон.',
    );
  });

  it('words a refusal or a plan error alike', () => {
    expect(e.engineProblemText(e.ENGLISH, { refusal: { code: 'same_day' } })).toBe(
      e.refusalText(e.ENGLISH, { code: 'same_day' }),
    );
    expect(e.engineProblemText(DE, { planError: { code: 'bad_days_per_week' } })).toBe(
      'Die Lauftage pro Woche müssen eine ganze Zahl von 2 bis 7 sein.',
    );
  });
});
