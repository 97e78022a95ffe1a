/**
 * Every way a coach tool refuses (issue 17): the model reads English (`error`), and a Russian, Spanish or German
 * runner reads the same refusal in his language, with no English left (`failureText`).
 */
import { describe, expect, it } from 'vitest';
import { callTool } from '../../../src/coach/tools/index.ts';
import type { ToolName } from '../../../src/coach/tools/schemas.ts';
import { failureText, type ToolFailure } from '../../../src/coach/tools/tool.ts';
import type { CoachContext } from '../../../src/coach/types.ts';
import type { Store } from '../../../src/db/store/index.ts';
import { silentLogger } from '../../../src/log.ts';
import { dayLabel } from '../../../src/time/local.ts';
import { ENGLISH } from '../../helpers/english.ts';
import { tempStore } from '../../helpers/tmp.ts';

const ID = 7171;
const TODAY = '2026-12-01';

type Setup = 'none' | 'user' | 'plan';

interface World {
  ctx: CoachContext;
  store: Store;
  /** Plan dates: a workout ahead, a rest day ahead. */
  workoutAhead: string;
  restAhead: string;
}

function world(setup: Setup, now: () => Date = () => new Date(`${TODAY}T09:00:00Z`)): World {
  const { store } = tempStore();
  if (setup !== 'none') store.users.upsert({ telegramId: ID, chatId: ID, name: 'T', languageCode: 'en' });
  const ctx: CoachContext = { userId: ID, store, now, log: silentLogger };
  let workoutAhead = '';
  let restAhead = '';
  if (setup === 'plan') {
    const created = callTool(ctx, 'create_plan', {
      goal: 'half',
      raceDate: '2027-03-14',
      daysPerWeek: 4,
      weeklyKm: 30,
    });
    expect(created.result.ok).toBe(true);
    const days = new Set(store.plans.getActive(ID)?.weeks.flatMap((w) => w.workouts.map((x) => x.date)) ?? []);
    const ahead = [...days].filter((d) => d > TODAY).sort();
    workoutAhead = ahead[0] as string;
    for (let i = 2; i < 10 && !restAhead; i++) {
      const d = `2026-12-${String(i).padStart(2, '0')}`;
      if (!days.has(d)) restAhead = d;
    }
  }
  return { ctx, store, workoutAhead, restAhead };
}

interface Case {
  key: string;
  setup: Setup;
  tool: ToolName;
  args: (w: World) => unknown;
  /** Something to do first (mark a day done). */
  before?: (w: World) => void;
  /** The date the refusal names, shown in the runner's locale. */
  day?: (w: World) => string;
}

const CASES: Case[] = [
  { key: 'err-not-started', setup: 'none', tool: 'get_profile', args: () => ({}) },
  { key: 'err-not-started', setup: 'none', tool: 'log_run', args: () => ({ distanceKm: 5, duration: '30:00' }) },
  { key: 'err-no-plan', setup: 'user', tool: 'change_plan', args: () => ({ goalTime: '1:50:00' }) },
  { key: 'err-nothing-to-change', setup: 'user', tool: 'update_profile', args: () => ({}) },
  { key: 'err-hr-too-close', setup: 'user', tool: 'update_profile', args: () => ({ maxHr: 130, restingHr: 100 }) },
  { key: 'err-hr-lthr-above-max', setup: 'user', tool: 'update_profile', args: () => ({ maxHr: 180, lthrHr: 185 }) },
  {
    key: 'err-race-time-off-tables',
    setup: 'user',
    tool: 'update_profile',
    args: () => ({ recentRace: { distance: '5k', time: '99:00:00' } }),
  },
  {
    key: 'err-race-ahead',
    setup: 'user',
    tool: 'update_profile',
    args: () => ({ recentRace: { distance: '10k', time: '45:00', date: '2026-12-20' } }),
    day: () => '2026-12-20',
  },
  {
    key: 'err-range-reversed',
    setup: 'plan',
    tool: 'get_workouts',
    args: () => ({ from: '2026-12-10', to: '2026-12-05' }),
  },
  {
    key: 'err-range-too-long',
    setup: 'plan',
    tool: 'get_workouts',
    args: () => ({ from: '2026-12-01', to: '2027-06-01' }),
  },
  {
    key: 'err-move-rest-day',
    setup: 'plan',
    tool: 'reschedule_workout',
    args: (w) => ({ date: w.restAhead, newDate: w.workoutAhead }),
    day: (w) => w.restAhead,
  },
  {
    key: 'err-move-done',
    setup: 'plan',
    tool: 'reschedule_workout',
    before: (w) => w.store.plans.setWorkoutStatus(ID, w.workoutAhead, 'done'),
    args: (w) => ({ date: w.workoutAhead, newDate: w.restAhead }),
    day: (w) => w.workoutAhead,
  },
  {
    key: 'err-skip-none-left',
    setup: 'plan',
    tool: 'skip_workout',
    before: (w) => w.store.plans.setWorkoutStatus(ID, w.workoutAhead, 'done'),
    args: (w) => ({ date: w.workoutAhead }),
    day: (w) => w.workoutAhead,
  },
  {
    key: 'err-skip-rest-day',
    setup: 'plan',
    tool: 'skip_workout',
    args: (w) => ({ date: w.restAhead }),
    day: (w) => w.restAhead,
  },
  {
    key: 'err-run-ahead',
    setup: 'user',
    tool: 'log_run',
    args: () => ({ date: '2026-12-05', distanceKm: 5, duration: '30:00' }),
    day: () => '2026-12-05',
  },
  {
    key: 'err-run-ahead',
    setup: 'user',
    tool: 'propose_run',
    args: () => ({ date: '2026-12-05', distanceKm: 5, duration: '30:00' }),
    day: () => '2026-12-05',
  },
  { key: 'err-duration-zero', setup: 'user', tool: 'log_run', args: () => ({ distanceKm: 5, duration: '0:00' }) },
  { key: 'err-duration-zero', setup: 'user', tool: 'propose_run', args: () => ({ distanceKm: 5, duration: '0:00' }) },
  { key: 'err-pace-impossible', setup: 'user', tool: 'log_run', args: () => ({ distanceKm: 10, duration: '10:00' }) },
  {
    key: 'err-pace-impossible',
    setup: 'user',
    tool: 'propose_run',
    args: () => ({ distanceKm: 10, duration: '10:00' }),
  },
  { key: 'err-done-ahead', setup: 'plan', tool: 'complete_workout', args: (w) => ({ date: w.workoutAhead }) },
  {
    key: 'err-done-no-workout',
    setup: 'plan',
    tool: 'complete_workout',
    args: () => ({ date: '2026-11-20' }),
    day: () => '2026-11-20',
  },
  { key: 'err-feedback-ahead', setup: 'plan', tool: 'record_feedback', args: () => ({ date: '2026-12-05', rpe: 5 }) },
  {
    key: 'err-restore-passed',
    setup: 'plan',
    tool: 'restore_workout',
    args: () => ({ date: '2026-11-30' }),
    day: () => '2026-11-30',
  },
  {
    key: 'err-restore-has-workout',
    setup: 'plan',
    tool: 'restore_workout',
    args: (w) => ({ date: w.workoutAhead }),
    day: (w) => w.workoutAhead,
  },
  {
    key: 'err-restore-nothing-skipped',
    setup: 'plan',
    tool: 'restore_workout',
    args: (w) => ({ date: w.restAhead }),
    day: (w) => w.restAhead,
  },
  {
    key: 'err-invalid-args',
    setup: 'user',
    tool: 'log_run',
    args: () => ({ date: 'friday', distanceKm: 'five', duration: '1h', rpe: 11 }),
  },
  {
    key: 'err-invalid-args',
    setup: 'user',
    tool: 'update_profile',
    args: () => ({ longRunDay: 'someday', daysPerWeek: 9, morningTime: '25:00', timezone: 'Atlantis', maxHr: 80.5 }),
  },
  { key: 'err-invalid-args', setup: 'plan', tool: 'record_feedback', args: () => ({}) },
  { key: 'err-invalid-args', setup: 'plan', tool: 'restore_workout', args: () => ({ date: '2026-02-30' }) },
  { key: 'err-invalid-args', setup: 'user', tool: 'get_progress', args: () => ({ weeks: 0 }) },
];

function refusal(c: Case): { failure: ToolFailure; w: World } {
  const w = world(c.setup);
  c.before?.(w);
  const outcome = callTool(w.ctx, c.tool, c.args(w));
  if (outcome.result.ok) throw new Error(`${c.tool} did not refuse ${JSON.stringify(c.args(w))}`);
  return { failure: outcome.result, w };
}

describe('tool failures in the runner’s language', () => {
  it.each(CASES.map((c) => [c.key, c.tool, c] as const))('%s (%s)', (_key, _tool, c) => {
    const { failure, w } = refusal(c);
    expect(failure.message?.key).toBe(c.key);
    // The model reads English, as before: the same text an English runner sees.
    expect(failure.error).toBe(failureText('en', failure));
    expect(failure.error).not.toMatch(/[а-яё]/i);
    expect(failure.error).not.toMatch(/\{|\}|err-/);
    expect(failure.error, 'the English detector sees English').toMatch(ENGLISH);
    for (const [lang, locale] of [
      ['ru', 'ru'],
      ['es', 'es'],
      ['de', 'de'],
    ] as const) {
      const said = failureText(lang, failure, locale);
      if (process.env.SHOW_FAILURES) console.log(lang, said);
      expect(said, lang).not.toMatch(ENGLISH);
      expect(said, lang).not.toMatch(/err-|\{ ?\$/);
      expect(said, lang).not.toBe(failure.error);
      if (c.day) expect(said.toLowerCase(), lang).toContain(dayLabel(c.day(w), locale).toLowerCase());
      expect(said.charAt(0), 'a sentence starts with a capital').toBe(said.charAt(0).toLocaleUpperCase(locale));
    }
  });

  it('names the field and what it expects in the runner’s words, not zod’s English', () => {
    const { failure } = refusal(CASES.find((c) => c.tool === 'log_run' && c.key === 'err-invalid-args') as Case);
    expect(failure.error).toMatch(/^Invalid arguments: date: a date as YYYY-MM-DD/);
    expect(failure.error).toMatch(/distanceKm: Invalid input: expected number/);
    expect(failureText('ru', failure)).toMatch(/^Не получилось разобрать: дата: дата в виде ГГГГ-ММ-ДД/);
    expect(failureText('ru', failure)).toMatch(/дистанция: нужно число/);
    expect(failureText('ru', failure)).toMatch(/усилие \(1–10\): не больше 10/);
    expect(failureText('de', failure)).toMatch(/Strecke: erwartet eine Zahl/);
    expect(failureText('es', failure)).toMatch(/distancia: tiene que ser un número/);
    const profile = refusal(CASES.find((c) => c.tool === 'update_profile' && c.key === 'err-invalid-args') as Case);
    const ru = failureText('ru', profile.failure);
    expect(ru).toMatch(/день длительной: одно из значений: понедельник, вторник, .* или воскресенье/);
    expect(failureText('de', profile.failure)).toMatch(
      /Tag des langen Laufs: einer dieser Werte: Montag, .* oder Sonntag/,
    );
    expect(ru).toMatch(/дней в неделю: не больше 7/);
    expect(ru).toMatch(/время тренировки: время в виде ЧЧ:ММ/);
    expect(ru).toMatch(/часовой пояс: город/);
    expect(ru).toMatch(/максимальный пульс: нужно целое число/);
  });

  it('a tool that breaks says so in the runner’s language and changes nothing', () => {
    const w = world('user', () => {
      throw new Error('clock broke');
    });
    const outcome = callTool(w.ctx, 'log_run', { distanceKm: 5, duration: '30:00' });
    if (outcome.result.ok) throw new Error('expected a failure');
    expect(outcome.result.error).toBe('Something went wrong on the coach side; nothing was changed.');
    expect(failureText('ru', outcome.result)).toBe('Что-то пошло не так на стороне тренера; ничего не изменилось.');
    expect(w.store.runs.between(ID, '2026-01-01', '2027-12-31')).toEqual([]);
  });

  it('an English-only refusal (the engine’s, until it has keys) reaches the runner as it is', () => {
    const failure: ToolFailure = { ok: false, error: 'Two hard days in a row.' };
    expect(failureText('ru', failure)).toBe('Two hard days in a row.');
  });
});
