import type { StoredPlan } from '../../db/store/index.ts';
import { distanceText, paceRangeText } from '../../messages/format.ts';
import { escapeHtml, html } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import type { Language } from '../../messages/languages.ts';
import { formatClock, formatDistance, type Units } from '../../messages/units.ts';
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
  if (!user || !plan) {
    return [
      {
        html: 'You have no plan yet. Tell me your goal (<i>10k on May 3, 4 days a week</i>) or tap below.',
        buttons: [[{ text: 'Set up my plan', data: 'setup:go' }]],
      },
    ];
  }
  const units = user.units;
  const today = localDate(ctx.now(), user.timezone);
  const current = plan.weeks.find((w) => w.startDate <= today && today < addWeek(w.startDate)) ?? plan.weeks[0];
  const toGo = daysBetween(today, plan.goal.raceDate);
  const runs = ctx.store.runs.between(ctx.userId, addDays(plan.startDate, -7), today);
  const lines = [
    html`<b>${goalName(plan.goal.distance)}</b> on ${dayLabel(plan.goal.raceDate)} ${plan.goal.raceDate.slice(0, 4)}${plan.goal.goalTime ? ` · goal ${plan.goal.goalTime}` : ''}`,
    toGo >= 0
      ? html`${toGo} days to go · week ${current?.index ?? 1} of ${plan.weeks.length}`
      : 'Race day has passed. Tell me your next goal!',
    phaseSummary(plan),
    '',
    weeksTable(planWeekTotals(plan, runs), plan, current?.index, today, units),
  ];
  if (current) {
    lines.push('', html`<b>This week</b>`, ...current.workouts.map((w) => workoutLine(w, units)));
  }
  const buttons = [
    [
      { text: 'This week', data: 'week' },
      { text: 'Today', data: 'today' },
    ],
  ] as OutgoingMessage['buttons'];
  if (publicUrl.startsWith('https://')) buttons?.push([{ text: '📅 Open plan', webApp: `${publicUrl}/app` }]);
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
 * monospace. Planned and done are the numbers every face shows (week-totals.ts).
 */
function weeksTable(
  totals: ReturnType<typeof planWeekTotals>,
  plan: StoredPlan,
  currentIndex: number | undefined,
  today: string,
  units: Units,
): string {
  const num = (km: number) => formatDistance(km, units).replace(/ \w+$/, '');
  const rows = totals.map((t) => {
    const week = plan.weeks.find((w) => w.index === t.index);
    const mark = t.index === currentIndex ? '▶' : ' ';
    const done = t.from <= today ? num(t.doneKm) : '';
    return `${mark}${String(t.index).padStart(3)} ${(week?.phase ?? '').padEnd(5)} ${dayLabel(t.from).slice(4).padStart(6)} ${num(t.plannedKm).padStart(6)} ${done.padStart(6)}`.trimEnd();
  });
  const head = `  Wk Phase   From   Plan   Done  ${units}`;
  return `<pre>${escapeHtml([head, ...rows].join('\n'))}</pre>`;
}

function addWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7);
  return d.toISOString().slice(0, 10);
}
