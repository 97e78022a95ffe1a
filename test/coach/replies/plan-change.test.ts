/** src/coach/replies/plan-change.ts: a rebuilt plan, the return to running, a restored workout, paused messages. */
import { describe, expect, it } from 'vitest';
import {
  messagesSetMessages,
  planChangedMessages,
  restoredMessages,
  returnMessages,
} from '../../../src/coach/replies/plan-change.ts';
import type { PlanChanged, PlanSnapshot } from '../../../src/coach/tools/plan-change.ts';
import { EASY_DONE, INTERVALS, LONG } from './workouts.ts';

const BEFORE: PlanSnapshot = {
  raceDate: '2027-03-14',
  weeksLeft: 15,
  goalTime: null,
  daysPerWeek: 4,
  longRunDay: 'sun',
  thisWeekKm: 30,
  nextWeekKm: 32,
};

function changed(after: Partial<PlanSnapshot>, keys: PlanChanged['changed'], thisWeek = [EASY_DONE, INTERVALS, LONG]) {
  return { today: '2026-12-02', changed: keys, before: BEFORE, after: { ...BEFORE, ...after }, warnings: [], thisWeek };
}

describe('planChangedMessages', () => {
  it('says every change, the weeks whose volume moved, and the days still to come', () => {
    const d = changed(
      { raceDate: '2027-04-11', weeksLeft: 19, goalTime: '1:59:00', daysPerWeek: 5, longRunDay: 'sat', nextWeekKm: 35 },
      ['raceDate', 'goalTimeSec', 'daysPerWeek', 'longRunDay', 'weeklyKm'],
    );
    expect(planChangedMessages(d, 'km')).toEqual([
      {
        html: [
          'Done: race day is now Sun 11 Apr (19 weeks away), goal time 1:59:00, 5 running days a week, long runs on Saturday, the weekly volume you run now. I rebuilt your plan from today; everything before today stays as it was.',
          // This week's 30 km did not move, so it is not said; the day before today (1 Dec) is not listed.
          'Next week: 32 km → 35 km.',
          '',
          '🔴 Wed 2 Dec: 6 × 800 m intervals, 10 km',
          '🟣 Sun 6 Dec: Long run, 18 km',
        ].join('\n'),
        buttons: [[{ text: 'This week', data: 'week' }]],
      },
    ]);
  });

  it.each([
    [1, 'через 1 неделю', '1 беговой день'],
    [2, 'через 2 недели', '2 беговых дня'],
    [5, 'через 5 недель', '5 беговых дней'],
    [21, 'через 21 неделю', '21 беговой день'],
  ])('Russian plurals for %i weeks and days', (n, weeks, days) => {
    const [msg] = planChangedMessages(
      changed({ weeksLeft: n, daysPerWeek: n }, ['raceDate', 'daysPerWeek'], []),
      'km',
      'ru',
    );
    expect(msg?.html).toBe(
      `Готово: старт теперь вс, 14 мар. (${weeks}), ${days} в неделю. Я перестроил план начиная с сегодняшнего дня; всё, что было раньше, осталось как было.`,
    );
  });

  it('a goal time removed; volumes in miles; the escaped goal time', () => {
    expect(planChangedMessages(changed({}, ['goalTimeSec'], []), 'mi')[0]?.html).toBe(
      'Done: no goal time: paces follow your fitness. I rebuilt your plan from today; everything before today stays as it was.',
    );
    const [miles] = planChangedMessages(changed({ thisWeekKm: 40 }, ['weeklyKm'], []), 'mi');
    // 30 km = 18.6 mi, 40 km = 24.9 mi.
    expect(miles?.html.split('\n')[1]).toBe('This week: 18.6 mi → 24.9 mi.');
    expect(planChangedMessages(changed({ goalTime: '<1:59>' }, ['goalTimeSec'], []), 'km')[0]?.html).toMatch(
      /goal time &lt;1:59&gt;\./,
    );
  });

  it('in German', () => {
    expect(planChangedMessages(changed({ longRunDay: 'sat' }, ['longRunDay'], []), 'km', 'de')[0]?.html).toBe(
      'Erledigt: lange Läufe am Samstag. Ich habe deinen Plan ab heute neu aufgebaut; alles vor heute bleibt, wie es war.',
    );
  });
});

describe('returnMessages', () => {
  const BACK = { rebuilt: true, today: '2026-12-02', refKm: 40, firstWeekKm: 20, secondWeekKm: 30, vdotLoss: 1.5 };

  it('no break to come back from: the plan carries on, with Today', () => {
    expect(returnMessages({ rebuilt: false }, 'km')).toEqual([
      {
        html: 'Good to hear! Your plan carries on as it is.',
        buttons: [[{ text: "Today's workout", data: 'today' }]],
      },
    ]);
  });

  it('rule 15: half the last full week, then three quarters, paces eased; in miles', () => {
    expect(returnMessages({ ...BACK, thisWeek: [INTERVALS] }, 'mi')[0]?.html).toBe(
      'Great news, welcome back! We restart gently: 12.4 mi of easy running over the next 7 days, half of your last full week before the break (24.9 mi) at most, then 18.6 mi over the 7 after, and paces about 1.5 VDOT points easier for the time off. Stop and tell me if the pain comes back.\n\n🔴 Wed 2 Dec: 6 × 800 m intervals, 6.2 mi',
    );
  });

  it('no pace change said when the paces kept; in Russian', () => {
    expect(returnMessages({ ...BACK, vdotLoss: 0, thisWeek: [] }, 'km', 'ru')[0]?.html).toBe(
      'Отличные новости, с возвращением! Начинаем плавно: 20 км лёгкого бега за ближайшие 7 дней — не больше половины твоей последней полной недели до перерыва (40 км), потом 30 км за следующие 7. Остановись и напиши мне, если боль вернётся.',
    );
  });
});

describe('restoredMessages', () => {
  it('the day and workout, where it had moved, and whether it comes back easy', () => {
    expect(
      restoredMessages({ date: '2026-12-02', workout: INTERVALS, movedBackFrom: '2026-12-04', asEasy: true }, 'km')[0]
        ?.html,
    ).toBe(
      'Back on the plan: Wed 2 Dec, 6 × 800 m intervals (10 km).\nIt was moved to Fri 4 Dec when you skipped it; that day is free again.\nIt comes back as an easy run: the day next to it is a hard one already.',
    );
    expect(
      restoredMessages({ date: '2026-12-02', workout: INTERVALS, movedBackFrom: null, asEasy: false }, 'mi', 'ru')[0]
        ?.html,
    ).toBe('Снова в плане: ср, 2 дек., Интервалы 6 × 800 м (6,2 ми).');
  });

  it('escapes the title', () => {
    expect(
      restoredMessages({ date: '2026-12-01', workout: EASY_DONE, movedBackFrom: null, asEasy: false }, 'km')[0]?.html,
    ).toBe('Back on the plan: Tue 1 Dec, Easy run &lt;8k&gt; (8 km).');
  });
});

describe('messagesSetMessages', () => {
  it('one kind paused names it and how to resume it', () => {
    expect(messagesSetMessages({ kinds: ['morning'], paused: true, pausedNow: ['morning'] })[0]?.html).toBe(
      'Paused: no more morning workout messages. Your plan is still here (/today, /week); say <i>resume morning messages</i> to get them back.',
    );
  });

  it('a list without the serial comma in English, with "и" in Russian', () => {
    expect(messagesSetMessages({ kinds: ['morning', 'evening', 'weekly'], paused: true, pausedNow: [] })[0]?.html).toBe(
      'Paused: no more morning workout messages, evening check-ins and weekly summaries. Your plan is still here (/today, /week); say <i>resume my messages</i> to get them back.',
    );
    expect(messagesSetMessages({ kinds: ['morning', 'evening'], paused: false, pausedNow: [] }, 'ru')[0]?.html).toBe(
      'Снова включено: утренние сообщения с тренировкой и вечерние вопросы.',
    );
    expect(messagesSetMessages({ kinds: ['morning', 'evening'], paused: false, pausedNow: [] }, 'de')[0]?.html).toBe(
      'Wieder an: Nachrichten mit der Einheit am Morgen und Nachfragen am Abend.',
    );
  });
});
