import type { StoredPlan } from '../../db/store/index.ts';
import { distanceText, formatNumber, paceRangeText, unitLabel } from '../../messages/format.ts';
import { escapeHtml, html } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import { type Language, languageOf, localeOf } from '../../messages/languages.ts';
import { formatClock, KM_PER_MILE, type Units } from '../../messages/units.ts';
import { addDays, dayLabel, daysBetween, localDate } from '../../time/local.ts';
import { planWeekTotals } from '../../training/load/week-totals.ts';
import { type PaceZones, predictedTimes } from '../engine.ts';
import type { CoachContext, OutgoingMessage } from '../types.ts';
import { warningText } from './engine-words.ts';
import { workoutLine } from './workout.ts';

const GOAL_KEYS: Record<string, string> = {
  '5k': 'goal-5k',
  '10k': 'goal-10k',
  half: 'goal-half',
  marathon: 'goal-marathon',
};

/** "half marathon" / "полумарафон": the goal race as a runner names it. */
export function goalName(goal: string, lang: Language = 'en'): string {
  const key = GOAL_KEYS[goal];
  return key ? t(lang, key) : goal;
}

const PHASE_KEYS: Record<string, string> = {
  base: 'phase-base',
  build: 'phase-build',
  peak: 'phase-peak',
  taper: 'phase-taper',
  race: 'phase-race',
};

function phaseName(phase: string, lang: Language): string {
  const key = PHASE_KEYS[phase];
  return key ? t(lang, key) : phase;
}

/** "Base 1–6 · Build 7–12 · Peak 13–15 · Taper 16–18" */
export function phaseSummary(plan: StoredPlan, lang: Language = 'en'): string {
  const spans: { phase: string; from: number; to: number }[] = [];
  for (const w of plan.weeks) {
    const last = spans[spans.length - 1];
    if (last && last.phase === w.phase) last.to = w.index;
    else spans.push({ phase: w.phase, from: w.index, to: w.index });
  }
  return spans.map((s) => `${phaseName(s.phase, lang)} ${s.from === s.to ? s.from : `${s.from}–${s.to}`}`).join(' · ');
}

export function pacesText(paces: unknown, units: Units, lang: Language = 'en'): string {
  const p = paces as PaceZones | null;
  if (!p) return t(lang, 'paces-by-effort');
  const zone = (key: string, z: { minSecPerKm: number; maxSecPerKm: number } | undefined) =>
    z ? html`${t(lang, key)} ${paceRangeText(lang, z.minSecPerKm, z.maxSecPerKm, units)}` : '';
  return [
    `<b>${t(lang, 'paces-title')}</b>`,
    zone('pace-easy', p.easy),
    zone('pace-marathon', p.marathon),
    zone('pace-threshold', p.threshold),
    zone('pace-interval', p.interval),
    zone('pace-repetition', p.repetition),
  ]
    .filter(Boolean)
    .join('\n');
}

export function planCreatedMessages(
  plan: StoredPlan,
  today: string,
  units: Units,
  lang: Language = 'en',
  locale: string = lang,
): OutgoingMessage[] {
  const weeks = plan.weeks.length;
  const peak = Math.max(...plan.weeks.map((w) => w.totalKm));
  const thisWeek = plan.weeks.find((w) => w.workouts.some((x) => x.date >= today)) ?? plan.weeks[0];
  const raceDay = `${dayLabel(plan.goal.raceDate, locale)} ${plan.goal.raceDate.slice(0, 4)}`;
  const lines = [
    `<b>${t(lang, 'plan-ready', { goal: goalName(plan.goal.distance, lang) })}</b> 🎯`,
    escapeHtml(
      plan.goal.goalTime
        ? t(lang, 'plan-race-day-goal', { date: raceDay, time: plan.goal.goalTime })
        : t(lang, 'plan-race-day', { date: raceDay }),
    ),
    escapeHtml(
      t(lang, 'plan-weeks-line', {
        weeks,
        phases: phaseSummary(plan, lang),
        peak: distanceText(lang, peak, units),
      }),
    ),
  ];
  if (plan.vdot) {
    const pred = predictedTimes(plan.vdot)[plan.goal.distance];
    const goalSec = clockSec(plan.goal.goalTime);
    const vdot = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(plan.vdot);
    // Without a recent race the engine sets paces from the goal time: that is a target, not today's fitness.
    if (goalSec && Math.abs(pred - goalSec) <= goalSec * 0.01) {
      lines.push(t(lang, 'plan-vdot-goal', { vdot }));
    } else {
      lines.push(escapeHtml(t(lang, 'plan-vdot-now', { vdot, time: formatClock(pred) })));
    }
  }
  lines.push('', pacesText(plan.paces, units, lang));
  if (plan.warnings.length)
    lines.push(
      '',
      `<b>${t(lang, 'plan-please-read')}</b>`,
      ...plan.warnings.map((w) => html`⚠️ ${warningText({ lang, units, locale, today }, w)}`),
    );
  if (thisWeek) {
    lines.push(
      '',
      `<b>${escapeHtml(t(lang, 'plan-week-heading', { index: thisWeek.index, phase: phaseName(thisWeek.phase, lang) }))}</b>`,
      ...thisWeek.workouts.map((w) => workoutLine(w, units, lang, locale)),
    );
  }
  lines.push('', t(lang, 'plan-next-steps'));
  return [
    {
      html: lines.join('\n'),
      buttons: [
        [
          { text: t(lang, 'btn-today-workout'), data: 'today' },
          { text: t(lang, 'btn-this-week'), data: 'week' },
        ],
      ],
    },
  ];
}

/** /plan: goal, weeks and phases, this week; an "Open plan" Mini App button when the app is reachable. */
export function planOverviewMessages(ctx: CoachContext, publicUrl: string): OutgoingMessage[] {
  const user = ctx.store.users.get(ctx.userId);
  const plan = ctx.store.plans.getActive(ctx.userId);
  const lang = languageOf(user);
  if (!user || !plan) {
    return [
      {
        html: t(lang, 'ans-plan-none'),
        buttons: [[{ text: t(lang, 'btn-setup-plan'), data: 'setup:go' }]],
      },
    ];
  }
  const locale = localeOf(user);
  const units = user.units;
  const today = localDate(ctx.now(), user.timezone);
  const current = plan.weeks.find((w) => w.startDate <= today && today < addWeek(w.startDate)) ?? plan.weeks[0];
  const toGo = daysBetween(today, plan.goal.raceDate);
  const runs = ctx.store.runs.between(ctx.userId, addDays(plan.startDate, -7), today);
  const goal = {
    goal: escapeHtml(goalName(plan.goal.distance, lang)),
    date: escapeHtml(`${dayLabel(plan.goal.raceDate, locale)} ${plan.goal.raceDate.slice(0, 4)}`),
  };
  const lines = [
    plan.goal.goalTime
      ? t(lang, 'ans-plan-goal-time', { ...goal, time: escapeHtml(plan.goal.goalTime) })
      : t(lang, 'ans-plan-goal', goal),
    escapeHtml(
      toGo >= 0
        ? t(lang, 'ans-plan-to-go', { days: toGo, week: current?.index ?? 1, weeks: plan.weeks.length })
        : t(lang, 'ans-plan-passed'),
    ),
    escapeHtml(phaseSummary(plan, lang)),
    '',
    weeksTable(planWeekTotals(plan, runs), plan, current?.index, today, units, lang, locale),
  ];
  if (current) {
    lines.push(
      '',
      `<b>${escapeHtml(t(lang, 'ans-plan-this-week'))}</b>`,
      ...current.workouts.map((w) => workoutLine(w, units, lang, locale)),
    );
  }
  const buttons = [
    [
      { text: t(lang, 'ans-plan-this-week'), data: 'week' },
      { text: t(lang, 'ans-plan-today'), data: 'today' },
    ],
  ] as OutgoingMessage['buttons'];
  if (publicUrl.startsWith('https://')) buttons?.push([{ text: t(lang, 'ans-plan-open'), webApp: `${publicUrl}/app` }]);
  return [{ html: lines.join('\n'), buttons }];
}

/** Seconds of "H:MM:SS" or "MM:SS"; null when absent or unreadable. */
function clockSec(text: string | null | undefined): number | null {
  if (!text) return null;
  const parts = text.split(':').map(Number);
  if (parts.some((p) => !Number.isFinite(p))) return null;
  return parts.reduce((acc, p) => acc * 60 + p, 0) || null;
}

/**
 * The weeks as an aligned table in a <pre> block: Telegram's text font is proportional, so spaces only line up in
 * monospace. Each column is as wide as its longest cell in the runner's language. Planned and done are the
 * numbers every face shows (week-totals.ts).
 */
function weeksTable(
  totals: ReturnType<typeof planWeekTotals>,
  plan: StoredPlan,
  currentIndex: number | undefined,
  today: string,
  units: Units,
  lang: Language,
  locale: string,
): string {
  const num = (km: number) => formatNumber(lang, Math.round((units === 'mi' ? km / KM_PER_MILE : km) * 10) / 10);
  const from = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const head = [
    t(lang, 'ans-col-week'),
    t(lang, 'ans-col-phase'),
    t(lang, 'ans-col-from'),
    t(lang, 'ans-col-plan'),
    t(lang, 'ans-col-done'),
  ];
  const rows = totals.map((w) => {
    const week = plan.weeks.find((x) => x.index === w.index);
    return [
      String(w.index),
      week ? phaseName(week.phase, lang) : '',
      from.format(new Date(`${w.from}T00:00:00Z`)),
      num(w.plannedKm),
      w.from <= today ? num(w.doneKm) : '',
    ];
  });
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  // Numbers and dates right-aligned, the phase left-aligned.
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 1 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(' ');
  const table = [
    `  ${line(head)}  ${unitLabel(lang, units)}`,
    ...rows.map((r, k) => `${totals[k]?.index === currentIndex ? '▶' : ' '} ${line(r)}`.trimEnd()),
  ];
  return `<pre>${escapeHtml(table.join('\n'))}</pre>`;
}

function addWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7);
  return d.toISOString().slice(0, 10);
}
