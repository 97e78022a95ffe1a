import { describe, expect, it } from 'vitest';
import { type UnderstandContext, understand } from '../../../src/coach/offline/index.ts';
import { expectValidCalls, type Seen, strip, tools, type Z, zOf } from './helpers.ts';

/**
 * 06:30 UTC on Friday 20 November 2026: Friday morning in Berlin, still Thursday evening in Los Angeles, so
 * every relative date below resolves differently in the two zones.
 */
const NOW = new Date('2026-11-20T06:30:00Z');
const ZONES = ['Europe/Berlin', 'America/Los_Angeles'] as const;

type Row = [text: string, expected: (z: Z) => Seen, ctx?: Partial<UnderstandContext>];

function run(family: string, rows: Row[]): void {
  describe(family, () => {
    for (const timezone of ZONES) {
      const z = zOf(NOW, timezone);
      it.each(rows.map(([text, expected, ctx]) => ({ text, expected, ctx })))(
        `${timezone}: $text`,
        ({ text, expected, ctx }) => {
          const result = understand(text, { now: NOW, timezone, units: 'km', hasPlan: false, ...ctx });
          expectValidCalls(result);
          expect(strip(result)).toEqual(expected(z));
        },
      );
    }
  });
}

run('plan requests', [
  [
    'half marathon on March 14, I run 4 days a week, about 30 km',
    () => tools({ name: 'create_plan', args: { goal: 'half', raceDate: '2027-03-14', daysPerWeek: 4, weeklyKm: 30 } }),
  ],
  [
    'I want to run a sub-4 marathon in April 2027',
    () => tools({ name: 'create_plan', args: { goal: 'marathon', raceDate: '2027-04-04', goalTime: '4:00:00' } }),
  ],
  [
    'Marathon on 2027-10-10, goal time 3:30',
    () => tools({ name: 'create_plan', args: { goal: 'marathon', raceDate: '2027-10-10', goalTime: '3:30:00' } }),
  ],
  ['10k race on 14.03', () => tools({ name: 'create_plan', args: { goal: '10k', raceDate: '2027-03-14' } })],
  [
    'train me for a 10k on Dec 20, goal 45 min, 3 runs a week, long runs on Sunday',
    () =>
      tools({
        name: 'create_plan',
        args: { goal: '10k', raceDate: '2026-12-20', goalTime: '45:00', daysPerWeek: 3, longRunDay: 'sun' },
      }),
  ],
  ['I want to run a 5k in 6 weeks', (z) => tools({ name: 'create_plan', args: { goal: '5k', raceDate: z.plus(42) } })],
  [
    'signed up for the Berlin marathon on September 26',
    () => tools({ name: 'create_plan', args: { goal: 'marathon', raceDate: '2027-09-26' } }),
  ],
  [
    'plan for a half marathon on 3/14, sub 1:45, 20 miles a week',
    () =>
      tools({
        name: 'create_plan',
        args: { goal: 'half', raceDate: '2027-03-14', goalTime: '1:45:00', weeklyKm: 32.2 },
      }),
  ],
  // a date in the past year rolls to the next occurrence
  ['half marathon on Feb 1', () => tools({ name: 'create_plan', args: { goal: 'half', raceDate: '2027-02-01' } })],
  ['half marthon on march 14', () => tools({ name: 'create_plan', args: { goal: 'half', raceDate: '2027-03-14' } })],
  ['HALF MARATON on march 14th', () => tools({ name: 'create_plan', args: { goal: 'half', raceDate: '2027-03-14' } })],
  [
    'I want to run a marathon',
    () => ({
      kind: 'unknown',
      hint: 'When is the race? e.g. "marathon on March 14".',
      expect: { kind: 'complete', ask: 'race_date', text: 'I want to run a marathon' },
    }),
  ],
  [
    'marathon on March 14 2025',
    () => ({ kind: 'unknown', hint: 'That race date has already passed — which date is the race?' }),
  ],
]);

run('run logs', [
  [
    'ran 10k in 52:30, felt great',
    (z) =>
      tools(
        { name: 'log_run', args: { date: z.today, distanceKm: 10, duration: '52:30' } },
        {
          name: 'record_feedback',
          args: { date: z.today, rpe: 3, feeling: 'great', notes: 'ran 10k in 52:30, felt great' },
        },
      ),
  ],
  [
    'did 6 miles in 55 min yesterday',
    (z) => tools({ name: 'log_run', args: { date: z.plus(-1), distanceKm: 9.656, duration: '55:00' } }),
  ],
  [
    '5.2km 28:10 rpe 6',
    (z) =>
      tools(
        { name: 'log_run', args: { date: z.today, distanceKm: 5.2, duration: '28:10', rpe: 6 } },
        { name: 'record_feedback', args: { date: z.today, rpe: 6 } },
      ),
  ],
  [
    '/log 8k 42:30 rpe 5',
    (z) =>
      tools(
        { name: 'log_run', args: { date: z.today, distanceKm: 8, duration: '42:30', rpe: 5 } },
        { name: 'record_feedback', args: { date: z.today, rpe: 5 } },
      ),
  ],
  [
    'Ran 12 km in 1:05',
    (z) => tools({ name: 'log_run', args: { date: z.today, distanceKm: 12, duration: '1:05:00' } }),
  ],
  ['ran 10k at 5:15/km', (z) => tools({ name: 'log_run', args: { date: z.today, distanceKm: 10, duration: '52:30' } })],
  [
    'long run 18 km 1h 45m on sunday',
    (z) => tools({ name: 'log_run', args: { date: z.prev('sun'), distanceKm: 18, duration: '1:45:00' } }),
  ],
  [
    'jogged 5 miles in an hour',
    (z) => tools({ name: 'log_run', args: { date: z.today, distanceKm: 8.047, duration: '1:00:00' } }),
  ],
  [
    'ran 6 in 50 minutes',
    (z) => tools({ name: 'log_run', args: { date: z.today, distanceKm: 9.656, duration: '50:00' } }),
    { units: 'mi' },
  ],
  [
    'did a half marathon in 1:52:10 last sunday',
    (z) => tools({ name: 'log_run', args: { date: lastSunday(z), distanceKm: 21.0975, duration: '1:52:10' } }),
  ],
  [
    'I ran a 10k in 45:00 last month',
    // Rule 16: the result carries its date, the middle of last month (the day is not known).
    () =>
      tools({ name: 'update_profile', args: { recentRace: { distance: '10k', time: '45:00', date: '2026-10-15' } } }),
  ],
  [
    'my 5k PB is 22:10',
    () => tools({ name: 'update_profile', args: { recentRace: { distance: '5k', time: '22:10' } } }),
  ],
  [
    '5k parkrun 24:30 this morning',
    (z) =>
      tools(
        { name: 'log_run', args: { date: z.today, distanceKm: 5, duration: '24:30' } },
        { name: 'update_profile', args: { recentRace: { distance: '5k', time: '24:30' } } },
      ),
  ],
  [
    'ran 10k in 52:30 yesturday',
    (z) => tools({ name: 'log_run', args: { date: z.plus(-1), distanceKm: 10, duration: '52:30' } }),
  ],
  [
    'I ran a half marathon in 1:38:12 three weeks ago',
    (z) =>
      tools({ name: 'update_profile', args: { recentRace: { distance: 'half', time: '1:38:12', date: z.plus(-21) } } }),
  ],
  [
    'ran 8k',
    () => ({
      kind: 'unknown',
      hint: 'How long did it take? e.g. "45 minutes" or "52:30".',
      expect: { kind: 'complete', ask: 'duration', text: 'ran 8k' },
    }),
  ],
  [
    'ran for 45 min',
    () => ({
      kind: 'unknown',
      hint: 'How far did you go? e.g. "8 km".',
      expect: { kind: 'complete', ask: 'distance', text: 'ran for 45 min' },
    }),
  ],
  [
    'ran 10k in 50:00 rpe 15',
    () => ({ kind: 'unknown', hint: 'RPE is a number from 1 (very easy) to 10 (all out) — e.g. "rpe 7" or "7/10".' }),
  ],
  [
    'ran 5k in 25:00 tomorrow',
    () => ({ kind: 'unknown', hint: 'That date is in the future — log a run once it is done.' }),
  ],
]);

function lastSunday(z: Z): string {
  // "last sunday": the latest Sunday before today
  const p = z.prev('sun');
  return p === z.today ? z.plus(-7) : p;
}

run('feedback', [
  [
    'legs heavy, 8/10',
    (z) =>
      tools({ name: 'record_feedback', args: { date: z.today, rpe: 8, feeling: 'tired', notes: 'legs heavy, 8/10' } }),
  ],
  // Pain without an effort stores no effort (issue 14: "knee hurts a bit, 3/10" had stored an invented 5/10).
  [
    'my knee hurts, about 6/10',
    (z) =>
      tools({
        name: 'record_feedback',
        args: { date: z.today, pain: { location: 'knee', severity: 6 }, notes: 'my knee hurts, about 6/10' },
      }),
  ],
  [
    'exhausted',
    (z) =>
      tools({ name: 'record_feedback', args: { date: z.today, rpe: 9, feeling: 'exhausted', notes: 'exhausted' } }),
  ],
  [
    'Felt good today',
    (z) =>
      tools({ name: 'record_feedback', args: { date: z.today, rpe: 4, feeling: 'good', notes: 'Felt good today' } }),
  ],
  [
    'tempo was tough, rpe 7',
    (z) =>
      tools({
        name: 'record_feedback',
        args: { date: z.today, rpe: 7, feeling: 'tired', notes: 'tempo was tough, rpe 7' },
      }),
  ],
  [
    'sore left calf, 3/10',
    (z) =>
      tools({
        name: 'record_feedback',
        args: { date: z.today, pain: { location: 'left calf', severity: 3 }, notes: 'sore left calf, 3/10' },
      }),
  ],
  [
    'yesterday felt amazing 😀',
    (z) =>
      tools({
        name: 'record_feedback',
        args: { date: z.plus(-1), rpe: 3, feeling: 'great', notes: 'yesterday felt amazing 😀' },
      }),
  ],
  [
    'completely knackered',
    (z) =>
      tools({
        name: 'record_feedback',
        args: { date: z.today, rpe: 9, feeling: 'exhausted', notes: 'completely knackered' },
      }),
  ],
  ['8/10', (z) => tools({ name: 'record_feedback', args: { date: z.today, rpe: 8, notes: '8/10' } })],
  [
    'rpe 15',
    () => ({ kind: 'unknown', hint: 'RPE is a number from 1 (very easy) to 10 (all out) — e.g. "rpe 7" or "7/10".' }),
  ],
  ['knee hurts 12/10', () => ({ kind: 'unknown', hint: 'Pain is rated 1 to 10 — e.g. "my knee hurts, 6/10".' })],
  [
    "I'm in pain",
    () => ({
      kind: 'unknown',
      hint: 'Where does it hurt, and how bad is it from 1 to 10? e.g. "my knee hurts, 6/10".',
      expect: { kind: 'complete', ask: 'pain', text: "I'm in pain" },
    }),
  ],
]);

run('moves and skips', [
  [
    "move tomorrow's run to Friday",
    (z) =>
      // In Los Angeles "tomorrow" is already Friday here: the coach asks instead of guessing.
      z.plus(1) === z.next('fri')
        ? { kind: 'unknown', hint: 'That is the same day — which day should it move to?' }
        : tools({ name: 'reschedule_workout', args: { date: z.plus(1), newDate: nextAfter(z, 'fri', z.plus(1)) } }),
  ],
  [
    "move tomorrow's run to Sunday",
    (z) => tools({ name: 'reschedule_workout', args: { date: z.plus(1), newDate: nextAfter(z, 'sun', z.plus(1)) } }),
  ],
  [
    "move Saturday's run to Sunday",
    (z) =>
      tools({ name: 'reschedule_workout', args: { date: z.next('sat'), newDate: nextAfter(z, 'sun', z.next('sat')) } }),
  ],
  [
    "push today's run to tomorrow",
    (z) => tools({ name: 'reschedule_workout', args: { date: z.today, newDate: z.plus(1) } }),
  ],
  ['postpone tomorrow', (z) => tools({ name: 'reschedule_workout', args: { date: z.plus(1), newDate: z.plus(2) } })],
  [
    'can I do my long run on Sunday instead of Saturday?',
    (z) =>
      tools({ name: 'reschedule_workout', args: { date: z.next('sat'), newDate: nextAfter(z, 'sun', z.next('sat')) } }),
  ],
  [
    'move my run to the day after tomorrow',
    (z) => tools({ name: 'reschedule_workout', args: { date: z.today, newDate: z.plus(2) } }),
  ],
  ['skip today', (z) => tools({ name: 'skip_workout', args: { date: z.today } })],
  [
    "skip tomorrow's run because of work",
    (z) => tools({ name: 'skip_workout', args: { date: z.plus(1), reason: 'work' } }),
  ],
  ["I missed yesterday's run", (z) => tools({ name: 'skip_workout', args: { date: z.plus(-1) } })],
  ["can't run today", (z) => tools({ name: 'skip_workout', args: { date: z.today } })],
  ['Skipping saturday', (z) => tools({ name: 'skip_workout', args: { date: z.next('sat') } })],
  ['skip tmrw', (z) => tools({ name: 'skip_workout', args: { date: z.plus(1) } })],
  [
    'move my run',
    () => ({ kind: 'unknown', hint: 'Which day should it move to? e.g. "move tomorrow’s run to Friday".' }),
  ],
]);

/** The first `wd` on or after `from` (the target of a move follows its source). */
function nextAfter(z: Z, wd: Parameters<Z['next']>[0], from: string): string {
  const d = z.next(wd);
  return d < from ? addDays(d, 7) : d;
}
function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

run('illness, injury, travel, busy', [
  ["I'm sick", (z) => tools({ name: 'adjust_plan', args: { reason: 'illness', fromDate: z.today, days: 3 } })],
  ['sick for 4 days', (z) => tools({ name: 'adjust_plan', args: { reason: 'illness', fromDate: z.today, days: 4 } })],
  [
    "I'm sick for a week",
    (z) => tools({ name: 'adjust_plan', args: { reason: 'illness', fromDate: z.today, days: 7 } }),
  ],
  [
    'flu since yesterday',
    (z) => tools({ name: 'adjust_plan', args: { reason: 'illness', fromDate: z.plus(-1), days: 3 } }),
  ],
  ['got a cold 🤧', (z) => tools({ name: 'adjust_plan', args: { reason: 'illness', fromDate: z.today, days: 3 } })],
  [
    'travelling next week, only 2 days',
    (z) =>
      tools({
        name: 'adjust_plan',
        args: { reason: 'travel', fromDate: z.nextMonday, days: 7, availableDays: ['wed', 'sun'] },
      }),
  ],
  [
    'on vacation next week, I can run on tuesday and saturday',
    (z) =>
      tools({
        name: 'adjust_plan',
        args: { reason: 'travel', fromDate: z.nextMonday, days: 7, availableDays: ['tue', 'sat'] },
      }),
  ],
  [
    'busy week',
    (z) => tools({ name: 'adjust_plan', args: { reason: 'busy', fromDate: z.today, days: z.daysToSunday } }),
  ],
  [
    'crazy busy next week, only 3 days',
    (z) =>
      tools({
        name: 'adjust_plan',
        args: { reason: 'busy', fromDate: z.nextMonday, days: 7, availableDays: ['wed', 'fri', 'sun'] },
      }),
  ],
  ['too busy today', (z) => tools({ name: 'skip_workout', args: { date: z.today, reason: 'busy' } })],
  ["I'm injured", (z) => tools({ name: 'adjust_plan', args: { reason: 'injury', fromDate: z.today } })],
  [
    'I need a rest week',
    (z) => tools({ name: 'adjust_plan', args: { reason: 'fatigue', fromDate: z.today, days: 7 } }),
  ],
  [
    'sick for 40 days',
    () => ({ kind: 'unknown', hint: 'I can plan around 1 to 28 days — tell me e.g. "sick for 4 days".' }),
  ],
]);

run('settings', [
  ['wake me at 6:30', () => tools({ name: 'update_profile', args: { morningTime: '06:30' } })],
  ['check in at 9pm', () => tools({ name: 'update_profile', args: { eveningTime: '21:00' } })],
  [
    'morning message at 6am and evening check-in at 8',
    () => tools({ name: 'update_profile', args: { morningTime: '06:00', eveningTime: '20:00' } }),
  ],
  ['send my workout at 5.45', () => tools({ name: 'update_profile', args: { morningTime: '05:45' } })],
  ["I'm in Berlin", () => tools({ name: 'update_profile', args: { timezone: 'Europe/Berlin' } })],
  ['I live in New York now', () => tools({ name: 'update_profile', args: { timezone: 'America/New_York' } })],
  ['moved to São Paulo', () => tools({ name: 'update_profile', args: { timezone: 'America/Sao_Paulo' } })],
  ['timezone America/Los_Angeles', () => tools({ name: 'update_profile', args: { timezone: 'America/Los_Angeles' } })],
  ['asia/tokyo', () => tools({ name: 'update_profile', args: { timezone: 'Asia/Tokyo' } })],
  ['time zone: PST', () => tools({ name: 'update_profile', args: { timezone: 'America/Los_Angeles' } })],
  ['use miles', () => tools({ name: 'update_profile', args: { units: 'mi' } })],
  ['switch to km please', () => tools({ name: 'update_profile', args: { units: 'km' } })],
  ['I run 5 days a week', () => tools({ name: 'update_profile', args: { daysPerWeek: 5 } })],
  ['I run 30 km a week', () => tools({ name: 'update_profile', args: { weeklyKm: 30 } })],
  ['long runs on Saturday', () => tools({ name: 'update_profile', args: { longRunDay: 'sat' } })],
  ['my name is Ana', () => tools({ name: 'update_profile', args: { name: 'Ana' } })],
  ['call me Jean Luc', () => tools({ name: 'update_profile', args: { name: 'Jean Luc' } })],
  ['remind me at 18:00 in the evening', () => tools({ name: 'update_profile', args: { eveningTime: '18:00' } })],
  ['I run twice a week', () => tools({ name: 'update_profile', args: { daysPerWeek: 2 } })],
  ["I'm in the USA", () => ({ kind: 'unknown', hint: 'That country has several time zones — which city are you in?' })],
  ['wake me at 25:00', () => ({ kind: 'unknown', hint: 'Times look like 6:30, 7am or 21:00.' })],
  ['I run 9 days a week', () => ({ kind: 'unknown', hint: 'Plans use 2 to 7 run days a week.' })],
]);

run('questions', [
  ["what's today?", (z) => ({ kind: 'question', topic: 'today', date: z.today })],
  ['what do I run tomorrow', (z) => ({ kind: 'question', topic: 'tomorrow', date: z.plus(1) })],
  ['Today', (z) => ({ kind: 'question', topic: 'today', date: z.today })],
  [
    "what's on saturday?",
    (z) => ({ kind: 'question', topic: z.next('sat') === z.plus(1) ? 'tomorrow' : 'day', date: z.next('sat') }),
  ],
  ["what's on monday?", (z) => ({ kind: 'question', topic: 'day', date: z.next('mon') })],
  ['how was my week?', () => ({ kind: 'question', topic: 'week' })],
  ['show me next week', (z) => ({ kind: 'question', topic: 'week', date: z.nextMonday })],
  ['show my plan', () => ({ kind: 'question', topic: 'plan' })],
  ['how am I doing?', () => ({ kind: 'question', topic: 'progress' })],
  ['my settings', () => ({ kind: 'question', topic: 'profile' })],
  ['help', () => ({ kind: 'question', topic: 'help' })],
  ['what can you do?', () => ({ kind: 'question', topic: 'help' })],
  ['should I skip today?', (z) => ({ kind: 'question', topic: 'today', date: z.today })],
]);

run('greetings, thanks, unknown', [
  ['hi', () => ({ kind: 'greeting' })],
  ['Good morning coach!', () => ({ kind: 'greeting' })],
  ['thanks!', () => ({ kind: 'thanks' })],
  ['thank you so much', () => ({ kind: 'thanks' })],
  ['ok', () => ({ kind: 'thanks' })],
  ['', () => ({ kind: 'unknown' })],
  ['   ', () => ({ kind: 'unknown' })],
  ['🏃‍♀️🔥', () => ({ kind: 'unknown' })],
  ['שלום, רצתי היום', () => ({ kind: 'unknown' })],
  ['asdf qwer', () => ({ kind: 'unknown' })],
  [
    'x'.repeat(10_000),
    () => ({
      kind: 'unknown',
      hint: 'That is a long message — send one short sentence at a time, e.g. "ran 10k in 52:30".',
    }),
  ],
]);

// Issue 14: questions told from reports, changes to the current plan, pausing messages, clearance, unskip.
const PLAN = { hasPlan: true, planGoal: 'half' as const };
const ask = (topic: string, date?: string) =>
  tools({ name: 'answer_question', args: { topic, ...(date ? { date } : {}) } } as never);

const purposeOf = (kind: string) =>
  tools({ name: 'answer_question', args: { topic: 'workout_purpose', kind } } as never);

run('questions answered from the engine or sourced texts', [
  ['what pace should I run my tempo runs at?', () => ask('paces'), PLAN],
  ['what are my paces?', () => ask('paces'), PLAN],
  ['can I do a parkrun on saturday?', (z) => ask('race_fit', z.next('sat')), PLAN],
  ['can I do a parkrun?', () => ask('parkrun'), PLAN],
  ['why is next week so light?', (z) => ask('week_load', z.nextMonday), PLAN],
  ['what should I eat before my long run?', () => ask('fuelling'), PLAN],
  ['should I run with a sore throat?', () => ask('cold'), PLAN],
  ['is it ok to run with a cold?', () => ask('cold'), PLAN],
  // The kind asked about, not the next workout (coach review, issue 17).
  ['what are strides for?', () => purposeOf('strides'), PLAN],
  ['what is the long run for?', () => purposeOf('long'), PLAN],
  ["what's the point of intervals?", () => purposeOf('intervals'), PLAN],
  ['what is a tempo?', () => purposeOf('tempo'), PLAN],
  ['why do I run hills?', () => purposeOf('hills'), PLAN],
  ['how fast can I run the half?', () => ask('prediction'), PLAN],
  ['what time can I run in the half?', () => ask('prediction'), PLAN],
  ['what are my heart rate zones?', () => ask('heart_rate'), PLAN],
]);

run('a sore throat reported is still illness; a question about it is not', [
  [
    'I have a sore throat',
    (z) => tools({ name: 'adjust_plan', args: { reason: 'illness', fromDate: z.today, days: 3 } }),
    PLAN,
  ],
]);

run('changes to the current plan', [
  ['race is on april 11', () => tools({ name: 'change_plan', args: { raceDate: '2027-04-11' } }), PLAN],
  ['change my race date to 11 April', () => tools({ name: 'change_plan', args: { raceDate: '2027-04-11' } }), PLAN],
  ['goal time 1:59:00', () => tools({ name: 'change_plan', args: { goalTime: '1:59:00' } }), PLAN],
  ['I want to break 2 hours in the half', () => tools({ name: 'change_plan', args: { goalTime: '2:00:00' } }), PLAN],
  ["I'd rather do my long run on Saturdays", () => tools({ name: 'change_plan', args: { longRunDay: 'sat' } }), PLAN],
  ['I can run 4 days a week now', () => tools({ name: 'change_plan', args: { daysPerWeek: 4 } }), PLAN],
  // Without a plan the same words are settings for the next plan; a different distance is a new plan.
  ["I'd rather do my long run on Saturdays", () => tools({ name: 'update_profile', args: { longRunDay: 'sat' } })],
  [
    'I want to train for a marathon on May 9',
    () => tools({ name: 'create_plan', args: { goal: 'marathon', raceDate: '2027-05-09' } }),
    PLAN,
  ],
]);

describe('reports stay reports', () => {
  it.each([
    ['legs recovered well, felt great', 'return_to_running'],
    ['had to stop during my morning run, felt awful', 'set_messages'],
  ])('%s is not %s', (text, tool) => {
    const u = understand(text, { now: NOW, timezone: 'UTC', units: 'km', ...PLAN });
    expect(u.kind === 'tools' ? u.calls.map((c) => c.name) : []).not.toContain(tool);
  });
});

describe('a race that was run is a result, not a new race date', () => {
  it('raced a half on sunday in 1:50:00', () => {
    const u = understand('raced a half on sunday in 1:50:00', { now: NOW, timezone: 'UTC', units: 'km', ...PLAN });
    expect(u.kind === 'tools' && u.calls.map((c) => c.name)).not.toContain('change_plan');
    expect(u.kind === 'tools' && u.calls.map((c) => c.name)).toContain('update_profile');
  });
});

run('pausing messages, clearance, putting a workout back', [
  [
    'please stop sending me morning messages',
    () => tools({ name: 'set_messages', args: { paused: true, kinds: ['morning'] } }),
  ],
  ['pause all messages', () => tools({ name: 'set_messages', args: { paused: true } })],
  ['resume the evening check-ins', () => tools({ name: 'set_messages', args: { paused: false, kinds: ['evening'] } })],
  [
    "saw the physio, she says it's just tight, I can run easy again",
    () =>
      tools({
        name: 'return_to_running',
        args: { notes: "saw the physio, she says it's just tight, I can run easy again" },
      }),
    PLAN,
  ],
  ["I'm healthy again", () => tools({ name: 'return_to_running', args: { notes: "I'm healthy again" } }), PLAN],
  [
    'actually I can run on thursday, put it back',
    (z) => tools({ name: 'restore_workout', args: { date: z.next('thu') } }),
    PLAN,
  ],
  ['Berlin', () => tools({ name: 'update_profile', args: { timezone: 'Europe/Berlin' } })],
]);
