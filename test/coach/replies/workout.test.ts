/** src/coach/replies/workout.ts: titles, lines, cards, steps and buttons in the runner's units and language. */
import { describe, expect, it } from 'vitest';
import {
  describeSteps,
  feedbackRow,
  moveChoices,
  purposeOf,
  restDayText,
  unitsOf,
  workoutButtons,
  workoutCard,
  workoutLine,
  workoutTitle,
} from '../../../src/coach/replies/workout.ts';
import { callTool } from '../../../src/coach/tools/index.ts';
import type { CoachContext } from '../../../src/coach/types.ts';
import { silentLogger } from '../../../src/log.ts';
import { tempStore } from '../../helpers/tmp.ts';
import { EASY_DONE, HILLS_MISSED, INTERVALS, LONG, RACE, TEMPO_SKIPPED } from './workouts.ts';

const ALL = [INTERVALS, EASY_DONE, LONG, RACE, TEMPO_SKIPPED, HILLS_MISSED];
const HEART = { maxHr: 188, restingHr: 52, lthrHr: null };

describe('workoutTitle', () => {
  it("keeps the engine's English title in English", () => {
    expect(ALL.map((w) => workoutTitle(w, 'en'))).toEqual(ALL.map((w) => w.title));
  });

  it.each([
    [
      'ru',
      [
        'Интервалы 6 × 800 м',
        'Лёгкий бег',
        'Длительная',
        'День старта',
        'Темповые отрезки 3 × 1609 м',
        'Горки 8 × 200 м',
      ],
    ],
    [
      'de',
      [
        'Intervalle 6 × 800 m',
        'Lockerer Dauerlauf',
        'Langer Lauf',
        'Wettkampftag',
        'Schwellenintervalle 3 × 1609 m',
        'Bergsprints 8 × 200 m',
      ],
    ],
  ] as const)('names the session from its type and main set in %s', (lang, titles) => {
    expect(ALL.map((w) => workoutTitle(w, lang))).toEqual(titles);
  });
});

describe('workoutLine', () => {
  it('icon, day, title (escaped), distance and status mark, in km and miles', () => {
    expect(ALL.map((w) => workoutLine(w, 'km'))).toEqual([
      '🔴 Wed 2 Dec: 6 × 800 m intervals, 10 km',
      '🟢 Tue 1 Dec: Easy run &lt;8k&gt;, 8 km ✅',
      '🟣 Sun 6 Dec: Long run, 18 km',
      '🏁 Sun 6 Dec: Race day, 21.1 km',
      '🟠 Thu 3 Dec: Cruise intervals 3 × 1.6 km, 12 km ⏭',
      '⛰️ Fri 4 Dec: Hills 8 × 200 m, 9 km ✗',
    ]);
    // 21.1 km is a half marathon: 13.1 miles (1 mi = 1.609344 km).
    expect(workoutLine(RACE, 'mi')).toBe('🏁 Sun 6 Dec: Race day, 13.1 mi');
    expect(workoutLine(LONG, 'mi')).toBe('🟣 Sun 6 Dec: Long run, 11.2 mi');
  });

  it('in Russian and German, with the locale date and decimal comma', () => {
    expect(workoutLine(RACE, 'km', 'ru')).toBe('🏁 вс, 6 дек.: День старта, 21,1 км');
    expect(workoutLine(RACE, 'mi', 'ru')).toBe('🏁 вс, 6 дек.: День старта, 13,1 ми');
    expect(workoutLine(EASY_DONE, 'km', 'de')).toBe('🟢 Di., 1. Dez.: Lockerer Dauerlauf, 8 km ✅');
  });
});

describe('describeSteps', () => {
  it('warm-up, main set with paces and the jog between, cool-down', () => {
    expect(describeSteps(INTERVALS, 'km')).toEqual([
      'Warm-up: 2 km easy at 5:30–6:00/km',
      'Main set: 6 × 800 m at 4:05/km (hard, controlled), 400 m easy jog between',
      'Cool-down: 2 km easy',
    ]);
  });

  it('converts paces to min/mile (× 1.609344) but keeps track repeats in metres', () => {
    // 330 s/km × 1.609344 = 531 s = 8:51/mi; 245 s/km = 394 s = 6:34/mi.
    expect(describeSteps(INTERVALS, 'mi')).toEqual([
      'Warm-up: 1.2 mi easy at 8:51–9:39/mi',
      'Main set: 6 × 800 m at 6:34/mi (hard, controlled), 400 m easy jog between',
      'Cool-down: 1.2 mi easy',
    ]);
  });

  it('strides walk back and hills jog down: no "jog between"; a one-mile repeat reads "1 mi" in miles', () => {
    expect(describeSteps(EASY_DONE, 'km')).toEqual([
      '7.5 km easy at 5:30–6:00/km',
      'Then: 6 × 100 m strides (quick and relaxed, walk back)',
    ]);
    expect(describeSteps(HILLS_MISSED, 'km')).toEqual(['Main set: 8 × 200 m uphill (strong uphill, jog down)']);
    expect(describeSteps(TEMPO_SKIPPED, 'mi')).toEqual([
      'Main set: 3 × 1 mi at threshold effort (comfortably hard), 200 m easy jog between',
    ]);
    expect(describeSteps(TEMPO_SKIPPED, 'km')[0]).toMatch(/^Main set: 3 × 1609 m at threshold effort/);
  });

  it('says the effort in the language of the zone, not the engine words, outside English', () => {
    expect(describeSteps(INTERVALS, 'km', 'ru')[1]).toBe(
      'Основная часть: 6 × 800 м по 4:05/км (тяжело, примерно как на забеге 3–5 км), между ними 400 м трусцой',
    );
    expect(describeSteps(INTERVALS, 'mi', 'de')[0]).toBe('Einlaufen: 1,2 mi locker im Tempo 8:51–9:39/mi');
  });

  it('is empty for a workout without steps', () => {
    expect(describeSteps(LONG, 'km')).toEqual([]);
    expect(describeSteps({}, 'km')).toEqual([]);
  });
});

describe('workoutCard', () => {
  it('heading, title, steps and only the purpose sentence of the description', () => {
    expect(workoutCard(INTERVALS, 'km', 'Today')).toBe(
      [
        '<b>Today</b>',
        '🔴 <b>6 × 800 m intervals</b> · 10 km',
        '• Warm-up: 2 km easy at 5:30–6:00/km',
        '• Main set: 6 × 800 m at 4:05/km (hard, controlled), 400 m easy jog between',
        '• Cool-down: 2 km easy',
        '',
        '<i>Builds VO2max.</i>',
      ].join('\n'),
    );
  });

  it('without steps in km: the whole description; in miles only the purpose (the description counts km)', () => {
    expect(workoutCard(LONG, 'km')).toBe('🟣 <b>Long run</b> · 18 km\n\n<i>Long run 18 km easy.</i>');
    expect(workoutCard({ ...LONG, description: 'Long run 18 km easy. Builds endurance.' }, 'mi')).toBe(
      '🟣 <b>Long run</b> · 11.2 mi\n\n<i>Builds endurance.</i>',
    );
  });

  it('adds the heart rate of the main block (Karvonen from max 188, resting 52), never for a race', () => {
    expect(workoutCard(EASY_DONE, 'km', undefined, 'en', HEART)).toContain('\n❤️ Heart rate 132–153 bpm\n');
    expect(workoutCard(RACE, 'km', undefined, 'en', HEART)).toBe('🏁 <b>Race day</b> · 21.1 km\n\n<i>Race!</i>');
  });

  it('escapes the title and speaks the purpose in Russian', () => {
    expect(workoutCard(EASY_DONE, 'km')).toContain('🟢 <b>Easy run &lt;8k&gt;</b> · 8 km ✅');
    expect(workoutCard(LONG, 'mi', undefined, 'ru')).toBe(
      '🟣 <b>Длительная</b> · 11,2 ми\n\n<i>Развивает выносливость; ешьте и пейте так, как планируете на старте.</i>',
    );
  });
});

describe('purposeOf', () => {
  it.each([
    ['Warm up 2 km. 6 × 800 m at 4:05. Builds VO2max.', 'Builds VO2max.'],
    ['Just one sentence', 'Just one sentence'],
    ['Easy 8 km. then more words.', 'Easy 8 km. then more words.'],
  ])('%s → %s', (description, purpose) => {
    expect(purposeOf(description)).toBe(purpose);
  });
});

describe('workoutButtons', () => {
  it('today or earlier and planned: Done, Skip, Move, FIT', () => {
    expect(workoutButtons(INTERVALS, '2026-12-02')).toEqual([
      [
        { text: '✅ Done', data: 'done:2026-12-02' },
        { text: '⏭ Skip', data: 'skip:2026-12-02' },
        { text: '↔ Move', data: 'move:2026-12-02' },
        { text: '⌚ FIT', data: 'fit:2026-12-02' },
      ],
    ]);
  });

  it('in the future: no Done, and never the effort buttons before the run', () => {
    expect(
      workoutButtons(INTERVALS, '2026-12-01')
        .flat()
        .map((b) => ('data' in b ? b.data : b.text)),
    ).toEqual(['skip:2026-12-02', 'move:2026-12-02', 'fit:2026-12-02']);
  });

  it('done or partial: how it felt, in the runner language', () => {
    expect(workoutButtons(EASY_DONE, '2026-12-01')).toEqual([feedbackRow('2026-12-01')]);
    expect(feedbackRow('2026-12-01')).toEqual([
      { text: '😌 Easy', data: 'rpe:2026-12-01:3' },
      { text: '🙂 OK', data: 'rpe:2026-12-01:5' },
      { text: '😤 Hard', data: 'rpe:2026-12-01:7' },
      { text: '🥵 Very hard', data: 'rpe:2026-12-01:9' },
      { text: '✍️ In words', data: 'words:2026-12-01' },
    ]);
    expect(workoutButtons({ ...EASY_DONE, status: 'partial' }, '2026-12-03', 'ru')[0]?.map((b) => b.text)).toEqual([
      '😌 Легко',
      '🙂 Нормально',
      '😤 Тяжело',
      '🥵 Очень тяжело',
      '✍️ Своими словами',
    ]);
  });

  it('none for a race, a skipped or a missed session', () => {
    expect(workoutButtons(RACE, '2026-12-06')).toEqual([]);
    expect(workoutButtons(TEMPO_SKIPPED, '2026-12-05')).toEqual([]);
    expect(workoutButtons(HILLS_MISSED, '2026-12-05')).toEqual([]);
  });
});

describe('restDayText', () => {
  it('names the next session, unless it is skipped', () => {
    expect(restDayText('2026-12-05', LONG, 'km')).toBe(
      '<b>Sat 5 Dec: rest day</b>\nRest is where the training turns into fitness. Easy walking is fine.\n\nNext: 🟣 Sun 6 Dec: Long run, 18 km',
    );
    expect(restDayText('2026-12-05', TEMPO_SKIPPED, 'km')).toBe(restDayText('2026-12-05', undefined, 'km'));
    expect(restDayText('2026-12-05', undefined, 'km')).toBe(
      '<b>Sat 5 Dec: rest day</b>\nRest is where the training turns into fitness. Easy walking is fine.',
    );
  });

  it('in Russian with miles', () => {
    expect(restDayText('2026-12-05', LONG, 'mi', 'ru')).toBe(
      '<b>сб, 5 дек.: день отдыха</b>\nИменно на отдыхе тренировки превращаются в форму. Спокойная прогулка не помешает.\n\nДальше: 🟣 вс, 6 дек.: Длительная, 11,2 ми',
    );
  });
});

describe('moveChoices', () => {
  const NOW = new Date('2026-12-01T09:00:00Z'); // a Tuesday

  function runnerWithPlan(languageCode: string) {
    const { store } = tempStore();
    store.users.upsert({ telegramId: 77, chatId: 77, name: 'M', languageCode });
    const ctx: CoachContext = { userId: 77, store, now: () => NOW, log: silentLogger };
    const plan = callTool(ctx, 'create_plan', { goal: 'half', raceDate: '2027-03-14', daysPerWeek: 4, weeklyKm: 30 });
    expect(plan.result.ok).toBe(true);
    return { ctx, store };
  }

  it("offers the week's other days from today on, as short day names", () => {
    const { ctx, store } = runnerWithPlan('en');
    const w = store.plans
      .getActive(77)
      ?.weeks.flatMap((x) => x.workouts)
      .find((x) => x.date > '2026-12-01' && x.date <= '2026-12-06' && x.status === 'planned');
    expect(w).toBeDefined();
    const [msg] = moveChoices(ctx, w?.date ?? '');
    expect(msg?.html).toBe(`Move <b>${w?.title}</b> to which day?`);
    const days = msg?.buttons?.[0] ?? [];
    // Tuesday 1 Dec is today: Tue..Sun, without the workout's own day.
    const expected = ['Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].filter((_, i) => `2026-12-0${i + 1}` !== w?.date);
    expect(days.map((b) => b.text)).toEqual(expected);
    for (const b of days) expect('data' in b ? b.data : b.text).toMatch(new RegExp(`^mv:${w?.date}:2026-12-0[1-6]$`));
  });

  it('in Russian: capitalised short day names', () => {
    const { ctx, store } = runnerWithPlan('ru');
    const w = store.plans
      .getActive(77)
      ?.weeks.flatMap((x) => x.workouts)
      .find((x) => x.date > '2026-12-01' && x.status === 'planned');
    const [msg] = moveChoices(ctx, w?.date ?? '');
    expect(msg?.buttons?.[0]?.[0]?.text).toBe('Вт');
  });

  it('a day without a planned workout, or an unknown runner, gets a clear answer', () => {
    const { ctx } = runnerWithPlan('en');
    expect(moveChoices(ctx, '2026-11-01')).toEqual([
      { html: 'That workout can no longer be moved. Send /week to see the plan.' },
    ]);
    expect(moveChoices({ ...ctx, userId: 999 }, '2026-12-02')).toEqual([{ html: 'Send /start first.' }]);
  });
});

describe('unitsOf', () => {
  it("is the runner's units, km without a runner", () => {
    expect(unitsOf(undefined)).toBe('km');
    const { store } = tempStore();
    const u = store.users.upsert({ telegramId: 5, chatId: 5, name: 'U' }, { units: 'mi' });
    expect(unitsOf(u)).toBe('mi');
  });
});
