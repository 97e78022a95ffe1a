/** src/coach/replies/plan.ts: goal and phase names, paces, the new-plan message and /plan's overview. */
import { describe, expect, it } from 'vitest';
import { predictedTimes } from '../../../src/coach/engine.ts';
import {
  goalName,
  pacesText,
  phaseSummary,
  planCreatedMessages,
  planOverviewMessages,
} from '../../../src/coach/replies/plan.ts';
import { callTool } from '../../../src/coach/tools/index.ts';
import type { CoachContext } from '../../../src/coach/types.ts';
import type { StoredPlan } from '../../../src/db/store/index.ts';
import { silentLogger } from '../../../src/log.ts';
import { formatClock } from '../../../src/messages/units.ts';
import { tempStore } from '../../helpers/tmp.ts';

const NOW = new Date('2026-12-01T09:00:00Z');
const P = (minSecPerKm: number, maxSecPerKm: number) => ({ minSecPerKm, maxSecPerKm });

function runner(languageCode: string, units?: 'km' | 'mi'): CoachContext {
  const { store } = tempStore();
  store.users.upsert({ telegramId: 1, chatId: 1, name: 'P', languageCode }, units ? { units } : {});
  return { userId: 1, store, now: () => NOW, log: silentLogger };
}

function withPlan(languageCode: string, args: Record<string, unknown> = {}, units?: 'km' | 'mi') {
  const ctx = runner(languageCode, units);
  const made = callTool(ctx, 'create_plan', {
    goal: 'half',
    raceDate: '2027-03-14',
    daysPerWeek: 4,
    weeklyKm: 30,
    ...args,
  });
  expect(made.result.ok, JSON.stringify(made.result)).toBe(true);
  const plan = ctx.store.plans.getActive(1) as StoredPlan;
  return { ctx, plan };
}

describe('goalName', () => {
  it.each([
    ['5k', 'en', '5K'],
    ['half', 'en', 'half marathon'],
    ['marathon', 'ru', 'марафон'],
    ['half', 'ru', 'полумарафон'],
    ['10k', 'de', '10 km'],
    ['ultra', 'ru', 'ultra'],
  ] as const)('%s in %s → %s', (goal, lang, expected) => {
    expect(goalName(goal, lang)).toBe(expected);
  });
});

describe('phaseSummary', () => {
  const plan = (phases: string[]) =>
    ({
      weeks: phases.map((phase, i) => ({ index: i + 1, phase, startDate: '', totalKm: 0, workouts: [] })),
    }) as unknown as StoredPlan;

  it('joins runs of the same phase into spans, a one-week phase without a dash', () => {
    expect(phaseSummary(plan(['base', 'base', 'build', 'build', 'build', 'peak', 'taper', 'taper', 'race']))).toBe(
      'Base 1–2 · Build 3–5 · Peak 6 · Taper 7–8 · Race 9',
    );
    expect(phaseSummary(plan(['base', 'build', 'taper']), 'ru')).toBe('База 1 · Развитие 2 · Подводка 3');
  });

  it('keeps an unknown phase as it is, and is empty without weeks', () => {
    expect(phaseSummary(plan(['base', 'odd']))).toBe('Base 1 · odd 2');
    expect(phaseSummary(plan([]))).toBe('');
  });
});

describe('pacesText', () => {
  const PACES = { easy: P(330, 360), marathon: P(290, 290), threshold: P(272, 275), interval: P(250, 250) };

  it('lists the zones the plan has, a range or a single pace when the ends are within 3 s', () => {
    expect(pacesText(PACES, 'km')).toBe(
      '<b>Your paces</b>\nEasy 5:30–6:00/km\nMarathon 4:50/km\nThreshold 4:32–4:35/km\nInterval 4:10/km',
    );
  });

  it('per mile (× 1.609344) and in German', () => {
    expect(pacesText(PACES, 'mi', 'de')).toBe(
      '<b>Deine Tempobereiche</b>\nLocker 8:51–9:39/mi\nMarathon 7:47/mi\nSchwelle 7:18–7:23/mi\nIntervall 6:42/mi',
    );
  });

  it('by effort without paces', () => {
    expect(pacesText(null, 'km', 'ru')).toBe(
      'Темпы: пока по ощущениям. Расскажите о недавнем забеге (<i>пробежал 10 км за 48:30</i>), и я их рассчитаю.',
    );
  });
});

describe('planCreatedMessages', () => {
  it('goal, race day, weeks and phases with the peak week, today’s fitness, paces, this week, next steps', () => {
    const { plan } = withPlan('en');
    const [msg] = planCreatedMessages(plan, '2026-12-01', 'km');
    const lines = msg?.html.split('\n') ?? [];
    const peak = Math.max(...plan.weeks.map((w) => w.totalKm));
    expect(lines[0]).toBe('<b>Your half marathon plan is ready</b> 🎯');
    expect(lines[1]).toBe('Race day: Sun 14 Mar 2027');
    expect(lines[2]).toBe(
      `${plan.weeks.length} weeks · ${phaseSummary(plan)} · peak week ${String(peak).replace(/\.0$/, '')} km`,
    );
    expect(lines).toContain('<b>Week 1 (Base)</b>');
    expect(lines.at(-1)).toBe("I'll send each workout in the morning. /today shows today's, /plan the overview.");
    expect(msg?.buttons).toEqual([
      [
        { text: "Today's workout", data: 'today' },
        { text: 'This week', data: 'week' },
      ],
    ]);
  });

  it('with a recent race: VDOT and the time it predicts today (Daniels & Gilbert)', () => {
    const ctx = runner('en');
    callTool(ctx, 'update_profile', { recentRace: { distance: '10k', time: '0:45:00', date: '2026-11-20' } });
    callTool(ctx, 'create_plan', { goal: 'half', raceDate: '2027-03-14', daysPerWeek: 4, weeklyKm: 30 });
    const plan = ctx.store.plans.getActive(1) as StoredPlan;
    expect(plan.vdot).not.toBeNull();
    const vdot = (plan.vdot ?? 0).toFixed(1);
    const time = formatClock(predictedTimes(plan.vdot ?? 0).half ?? 0);
    expect(planCreatedMessages(plan, '2026-12-01', 'km')[0]?.html.split('\n')).toContain(
      `VDOT ${vdot}: today you could run about ${time}.`,
    );
  });

  it('a goal time without a recent race: paces by effort, and a warning to read', () => {
    const ctx = runner('en');
    callTool(ctx, 'create_plan', {
      goal: 'half',
      raceDate: '2027-03-14',
      daysPerWeek: 4,
      weeklyKm: 30,
      goalTime: '1:40:00',
    });
    const plan = ctx.store.plans.getActive(1) as StoredPlan;
    const lines = planCreatedMessages(plan, '2026-12-01', 'km')[0]?.html.split('\n') ?? [];
    expect(lines[1]).toBe('Race day: Sun 14 Mar 2027 · goal 1:40:00');
    expect(lines).toContain(
      'Paces: by effort for now. Tell me a recent race (<i>I ran a 10k in 48:30</i>) and I will set them.',
    );
    expect(lines).toContain('<b>Please read</b>');
    expect(lines.find((l) => l.startsWith('⚠️ '))).toMatch(/half marathon in 1:40:00/);
  });

  it('a goal the recent race already predicts within 1 %: "paces are set for your goal"', () => {
    const ctx = runner('en');
    // 10 km in 45:00 is VDOT 45.3, whose half marathon is about 1:40 (Daniels & Gilbert).
    callTool(ctx, 'update_profile', { recentRace: { distance: '10k', time: '0:45:00', date: '2026-11-20' } });
    callTool(ctx, 'create_plan', {
      goal: 'half',
      raceDate: '2027-03-14',
      daysPerWeek: 4,
      weeklyKm: 30,
      goalTime: '1:40:00',
    });
    const plan = ctx.store.plans.getActive(1) as StoredPlan;
    expect(planCreatedMessages(plan, '2026-12-01', 'km')[0]?.html.split('\n')).toContain(
      'Paces are set for your goal (VDOT 45.3). Tell me a recent race (<i>I ran a 10k in 48:30</i>) and I will check the goal against your current fitness.',
    );
  });

  it('in Russian with miles', () => {
    const { plan } = withPlan('ru');
    const [msg] = planCreatedMessages(plan, '2026-12-01', 'mi', 'ru');
    const lines = msg?.html.split('\n') ?? [];
    expect(lines[0]).toBe('<b>План на полумарафон готов</b> 🎯');
    expect(lines[1]).toBe('День старта: вс, 14 мар. 2027');
    expect(lines[2]).toMatch(/^15 недель · База 1–\d+ · .* · пиковая неделя \d+(,\d)? ми$/);
    expect(lines).toContain('<b>Неделя 1 (База)</b>');
  });
});

describe('planOverviewMessages', () => {
  it('no plan: says so with the setup button', () => {
    expect(planOverviewMessages(runner('en'), 'https://x.example')).toEqual([
      {
        html: 'You have no plan yet. Tell me your goal (<i>10k on May 3, 4 days a week</i>) or tap below.',
        buttons: [[{ text: 'Set up my plan', data: 'setup:go' }]],
      },
    ]);
  });

  it('goal, days to go (Russian plural), phases, the weeks table and this week; the app button only on https', () => {
    const { ctx, plan } = withPlan('ru', { goalTime: '1:40:00' });
    const [msg] = planOverviewMessages(ctx, 'https://x.example');
    const lines = msg?.html.split('\n') ?? [];
    expect(lines[0]).toBe('<b>полумарафон</b>: вс, 14 мар. 2027 · цель 1:40:00');
    // 1 Dec 2026 → 14 Mar 2027 is 103 days: "дня" after 103 (few).
    expect(lines[1]).toBe(`Осталось 103 дня · неделя 1 из ${plan.weeks.length}`);
    expect(lines[2]).toBe(phaseSummary(plan, 'ru'));
    expect(msg?.buttons).toEqual([
      [
        { text: 'Эта неделя', data: 'week' },
        { text: 'Сегодня', data: 'today' },
      ],
      [{ text: '📅 Открыть план', webApp: 'https://x.example/app' }],
    ]);
    expect(planOverviewMessages(ctx, 'http://localhost:3000')[0]?.buttons).toHaveLength(1);
  });

  it('the weeks table is monospaced and aligned: one row a week, ▶ on this week, done only for started weeks', () => {
    const { ctx, plan } = withPlan('en');
    const html = planOverviewMessages(ctx, 'http://localhost:3000')[0]?.html ?? '';
    const pre = /<pre>([\s\S]*)<\/pre>/.exec(html)?.[1] ?? '';
    const rows = pre.split('\n');
    expect(rows[0]).toBe('  Wk Phase   From Plan Done  km');
    expect(rows).toHaveLength(plan.weeks.length + 1);
    expect(rows[1]).toMatch(/^▶ {2}1 Base {2}Nov 30 +\d+(\.\d)? +0$/);
    // Right-aligned "Plan": every row's plan number ends where the header's "Plan" ends.
    const planEnd = (rows[0] ?? '').indexOf('Plan') + 4;
    for (const row of rows.slice(1)) expect(row.slice(0, planEnd)).toMatch(/\d$/);
    // Weeks not begun have no "done" number.
    expect(rows[2]).toMatch(/^ {3}2 Base +Dec 7 +\d+(\.\d)?$/);
  });

  it('in miles the table counts miles', () => {
    const { ctx } = withPlan('en', {}, 'mi');
    const html = planOverviewMessages(ctx, 'http://localhost:3000')[0]?.html ?? '';
    expect(html).toContain('  Wk Phase   From Plan Done  mi');
  });

  it('a passed race day says so', () => {
    const { ctx } = withPlan('en');
    const later = { ...ctx, now: () => new Date('2027-04-01T09:00:00Z') };
    expect(planOverviewMessages(later, 'http://localhost:3000')[0]?.html.split('\n')[1]).toBe(
      'Race day has passed. Tell me your next goal!',
    );
  });
});
