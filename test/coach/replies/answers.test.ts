/**
 * src/coach/replies/answers.ts: answers to runners' questions with the engine's numbers: paces (Daniels' VDOT),
 * heart-rate zones, a week's load (the 10 % rule), what a session is for, whether a parkrun fits (Daniels: one easy
 * day per 3 km raced), race predictions (Daniels & Gilbert), and the fixed sourced texts.
 */
import { describe, expect, it } from 'vitest';
import { answerMessages, coldText, fuellingText, parkrunText } from '../../../src/coach/replies/answers.ts';
import type { Answer } from '../../../src/coach/tools/answers.ts';
import type { Language } from '../../../src/messages/languages.ts';
import type { Units } from '../../../src/messages/units.ts';
import { EASY_DONE, INTERVALS, LONG } from './workouts.ts';

const P = (minSecPerKm: number, maxSecPerKm: number) => ({ minSecPerKm, maxSecPerKm });
const PACES = {
  easy: P(330, 360),
  marathon: P(290, 290),
  threshold: P(272, 275),
  interval: P(250, 250),
  repetition: P(235, 235),
};

const say = (a: Answer, units: Units = 'km', lang: Language = 'en') => answerMessages(a, units, lang)[0]?.html;

describe('paces', () => {
  it('the zones, the VDOT they come from with one decimal, and what tempo means', () => {
    expect(say({ topic: 'paces', paces: PACES, vdot: 47.34, goalTime: null } as Answer)).toBe(
      [
        '<b>Your paces</b>',
        'Easy 5:30–6:00/km',
        'Marathon 4:50/km',
        'Threshold 4:32–4:35/km',
        'Interval 4:10/km',
        'Repetition 3:55/km',
        '',
        '<i>From your current fitness (VDOT 47.3, Daniels’ tables).</i>',
        'Tempo runs go at threshold pace: comfortably hard, a pace you could hold for about an hour in a race.',
      ].join('\n'),
    );
  });

  it('in miles and in Russian (decimal comma in the VDOT)', () => {
    const ru = say({ topic: 'paces', paces: PACES, vdot: 47.34, goalTime: null } as Answer, 'mi', 'ru') ?? '';
    expect(ru.split('\n').slice(0, 2)).toEqual(['<b>Ваши темпы</b>', 'Лёгкий 8:51–9:39/ми']);
    expect(ru).toContain('(VDOT 47,3, таблицы Дэниелса)');
  });

  it('without paces: by effort until a race is known', () => {
    expect(say({ topic: 'paces', paces: null, vdot: null, goalTime: null } as Answer)).toBe(
      'Paces: by effort for now. Tell me a recent race (<i>I ran a 10k in 48:30</i>) and I will set them.',
    );
  });
});

describe('heart rate', () => {
  it('unknown: coach by pace and effort, and how to tell the numbers', () => {
    expect(say({ topic: 'heart_rate', known: false })).toMatch(
      /^I coach by pace and effort: I have no heart-rate data from you\./,
    );
  });

  it('known: the zone table (Daniels % of max 190: 65 % = 124) and how to use it', () => {
    const text = say({ topic: 'heart_rate', known: true, heart: { maxHr: 190, restingHr: null, lthrHr: null } }) ?? '';
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Heart-rate zones, by a share of your maximum heart rate (Daniels):',
      'Recovery: 124–137 bpm',
      'Easy and long: 124–150 bpm',
    ]);
    expect(text).toMatch(/\n\nYour workouts show these ranges beside their paces\./);
  });

  it('known, in Russian and German: the zone table too (it came in English)', () => {
    const heart = { maxHr: 190, restingHr: null, lthrHr: null };
    expect(say({ topic: 'heart_rate', known: true, heart }, 'km', 'ru')?.split('\n').slice(0, 2)).toEqual([
      'Пульсовые зоны, в процентах от максимального пульса (Дэниелс):',
      'Восстановление: 124–137 уд/мин',
    ]);
    expect(say({ topic: 'heart_rate', known: true, heart }, 'km', 'de')?.split('\n')[0]).toBe(
      'Pulszonen nach Anteil am Maximalpuls (Daniels):',
    );
  });
});

describe('week load', () => {
  const load = (o: Partial<Extract<Answer, { topic: 'week_load' }>>) =>
    ({
      topic: 'week_load',
      weekStart: '2026-11-30',
      phase: 'base',
      totalKm: 32,
      previousKm: 30,
      ratio: 1.07,
      reason: 'build',
      skipped: 0,
      ...o,
    }) as Answer;

  it('the planned km against the week before, in miles, and why (the 10 % rule)', () => {
    expect(say(load({}), 'mi')).toBe(
      'The week of Mon 30 Nov has 19.9 mi planned (the week before: 18.6 mi): it builds on the week before, within the 10 % a week the plan allows.',
    );
  });

  it('the first week has nothing before it; in German', () => {
    expect(say(load({ previousKm: null, reason: 'first' }), 'km', 'de')).toBe(
      'Die Woche ab Mo., 30. Nov. hat 32 km geplant: Es ist die erste Woche des Plans: sie beginnt mit dem Umfang, den du jetzt läufst, und die Wochen danach bauen darauf auf, höchstens 10 % pro Woche.',
    );
  });

  it('every reason has its own words', () => {
    const reasons = ['taper', 'race_week', 'cutback', 'adapted', 'partial', 'first', 'build', 'steady'] as const;
    expect(new Set(reasons.map((reason) => say(load({ reason })))).size).toBe(reasons.length);
  });
});

describe('workout purpose', () => {
  it("a workout: its day, title and distance, then (English) the engine's description", () => {
    expect(say({ topic: 'workout_purpose', date: '2026-12-02', workout: INTERVALS })).toBe(
      '<b>Wed 2 Dec: 6 × 800 m intervals</b> (10 km)\nWarm up 2 km. 6 × 800 m at interval pace. Builds VO2max.',
    );
    expect(say({ topic: 'workout_purpose', date: '2026-12-01', workout: EASY_DONE })).toMatch(
      /^<b>Tue 1 Dec: Easy run &lt;8k&gt;<\/b> \(8 km\)\n/,
    );
  });

  it('other languages say what that kind of session is for', () => {
    expect(say({ topic: 'workout_purpose', date: '2026-12-02', workout: INTERVALS }, 'km', 'ru')).toBe(
      '<b>ср, 2 дек.: Интервалы 6 × 800 м</b> (10 км)\n<b>Интервалы</b> (отрезки по 3–5 минут с усилием как на 5 км, между ними лёгкая трусца) поднимают МПК — потолок вашего аэробного мотора.',
    );
  });

  it('a kind asked about: what it is for, the next one in miles, and the sources', () => {
    const text = say({ topic: 'workout_purpose', date: '2026-12-02', workout: LONG, kind: 'long' }, 'mi') ?? '';
    expect(text).toMatch(/^<b>The long run<\/b> builds endurance: /);
    expect(text.split('\n').slice(1)).toEqual([
      'Your next one: Sun 6 Dec, 11.2 mi.',
      '<i>Source: Daniels’ Running Formula; Pfitzinger &amp; Douglas, Advanced Marathoning.</i>',
    ]);
  });

  it('none left of that kind, or nothing on the day', () => {
    expect(say({ topic: 'workout_purpose', date: '2026-12-02', workout: null, kind: 'strides' })?.split('\n')[1]).toBe(
      'There is none left in your plan.',
    );
    expect(say({ topic: 'workout_purpose', date: '2026-12-02', workout: null })).toBe(
      'Nothing is planned for that day.',
    );
  });
});

describe('race fit (a parkrun: Daniels, one easy day per 3 km raced before the next hard day)', () => {
  const raceFit = (o: Partial<Extract<Answer, { topic: 'race_fit' }>>) =>
    ({
      topic: 'race_fit',
      date: '2026-12-05',
      fit: 'on_easy_day',
      workout: EASY_DONE,
      daysToGoal: 8,
      easyDaysAfter: 2,
      hardSoonAfter: [],
      ...o,
    }) as Answer;

  it.each([
    ['before_plan', 'Sat 5 Dec has passed.'],
    ['after_race', 'Sat 5 Dec is after your goal race: race whatever you like then!'],
    [
      'too_close_to_goal',
      'Sat 5 Dec is 8 days before your goal race: I’d skip racing it. Run it easy if you like, as part of that day’s run, and save the effort for race day.',
    ],
    [
      'on_rest_day',
      'Sat 5 Dec is a rest day in your plan. Running it easy is fine; racing it adds a hard day, so only if you feel fresh. Keep the 2 days after it easy.',
    ],
  ] as const)('%s', (kind, expected) => {
    expect(say(raceFit({ fit: kind }))).toBe(expected);
  });

  it('inside the long run, in the runner units', () => {
    expect(say(raceFit({ fit: 'inside_long_run', workout: LONG }), 'mi')).toMatch(
      /^Sat 5 Dec is your long run \(11\.2 mi\)\. Make the parkrun part of it/,
    );
  });

  it('instead of a quality session; names the hard sessions that would come too soon', () => {
    expect(say(raceFit({ fit: 'instead_of_quality', workout: INTERVALS }))).toBe(
      'Yes: race it instead of 6 × 800 m intervals on Sat 5 Dec: a 5 km race is a great hard session. Warm up well. Keep the 2 days after it easy.',
    );
    expect(say(raceFit({ hardSoonAfter: [INTERVALS] }))).toBe(
      'Sat 5 Dec has an easy run (8 km). Run the parkrun easy and it fits as it is; race it and it becomes that week’s hard session. Then keep 2 easy days before the next hard one: 6 × 800 m intervals on Wed 2 Dec would come too soon (tell me and I’ll move it).',
    );
  });

  it.each([
    [1, '1 день после него — легко.'],
    [2, '2 дня после него — легко.'],
    [5, '5 дней после него — легко.'],
  ])('Russian plural of the easy days after, %i', (days, words) => {
    expect(say(raceFit({ fit: 'on_rest_day', easyDaysAfter: days }), 'km', 'ru')).toMatch(new RegExp(`${words}$`));
  });

  it.each([
    [1, 'за 1 день'],
    [2, 'за 2 дня'],
    [5, 'за 5 дней'],
    [21, 'за 21 день'],
  ])('Russian plural of the days to the goal race, %i', (days, words) => {
    expect(say(raceFit({ fit: 'too_close_to_goal', daysToGoal: days }), 'km', 'ru')).toBe(
      `сб, 5 дек. — ${words} до главного старта: я бы не бежал его на результат. Можно пробежать легко, в счёт тренировки этого дня, а силы сберечь для старта.`,
    );
  });

  it('English says "the day after" for one day', () => {
    expect(say(raceFit({ fit: 'on_rest_day', easyDaysAfter: 1 }))).toMatch(/Keep the day after it easy\.$/);
  });
});

describe('prediction', () => {
  const goal = { distance: 'half', raceDate: '2027-03-14', goalTime: '1:45:00' };
  const pred = (goalTimeSec: number | null) =>
    ({ topic: 'prediction', goal, vdot: 47.34, predictions: { half: 6330 }, goalTimeSec }) as unknown as Answer;

  it('the predicted time of the goal distance, and whether the goal is within reach', () => {
    expect(say(pred(6300))).toBe(
      'With your current fitness (VDOT 47.3), your half marathon would take about 1:45:30.\nYour goal of 1:45:00 needs more: the training weeks are meant to close that gap.\n<i>Daniels &amp; Gilbert VDOT tables; a prediction assumes the training for that distance.</i>',
    );
    expect(say(pred(6330))?.split('\n')[1]).toBe('Your goal of 1:45:30 is within reach.');
    expect(say(pred(null))?.split('\n')).toHaveLength(2);
  });

  it('in Russian; unknown fitness asks for a race', () => {
    expect(say(pred(6400), 'km', 'ru')?.split('\n').slice(0, 2)).toEqual([
      'С вашей текущей формой (VDOT 47,3) полумарафон займёт около 1:45:30.',
      'Ваша цель 1:46:40 достижима.',
    ]);
    expect(
      say({ topic: 'prediction', goal, vdot: null, predictions: null, goalTimeSec: null } as unknown as Answer),
    ).toBe(
      'I can predict race times once I know your fitness: tell me a recent race (<i>10k in 48:30 last month</i>).',
    );
  });
});

describe('fixed texts', () => {
  it.each([
    ['fuelling', fuellingText, '<b>Before a long run</b>'],
    ['cold', coldText, '<b>Running with a cold: the "above the neck" rule</b>'],
    ['parkrun', parkrunText, '<b>A parkrun inside your plan</b>'],
  ] as const)('%s is one message starting with its title', (topic, text, title) => {
    expect(answerMessages({ topic }, 'km')).toEqual([{ html: text() }]);
    expect(text().startsWith(`${title}\n`)).toBe(true);
    expect(text('ru')).not.toBe(text('en'));
  });
});
