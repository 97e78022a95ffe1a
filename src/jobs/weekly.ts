/**
 * The Sunday summary: planned against done, compliance, the load trend, a chart of weekly distance against the
 * plan (the last 8 weeks and the next 2), and next week's outline. Numbers come from the plan and the logged runs
 * (session-RPE load and the acute:chronic ratio from src/training), words from templates.
 */

import { renderWeeklyChart } from '../charts/pool.ts';
import type { WeekBar } from '../charts/weekly-km.ts';
import { unitsOf, workoutLine } from '../coach/replies/workout.ts';
import type { OutgoingMessage } from '../coach/types.ts';
import type { StoredPlan, StoredWorkout, User } from '../db/store/index.ts';
import { distanceText } from '../messages/format.ts';
import { escapeHtml } from '../messages/html.ts';
import { type Translate, t, translator } from '../messages/i18n.ts';
import { type Language, languageOf, localeOf } from '../messages/languages.ts';
import { KM_PER_MILE, type Units } from '../messages/units.ts';
import { addDays, dayLabel, weekStart } from '../time/local.ts';
import { acuteChronicRatio, acwrBand } from '../training/load/ewma.ts';
import { runLoad } from '../training/load/session-load.ts';
import { weekTotals } from '../training/load/week-totals.ts';
import type { JobContext, JobOutcome } from './context.ts';
import { endOfLocalDay, fanout } from './fanout.ts';

export const CHART_WEEKS_BACK = 8;
export const CHART_WEEKS_AHEAD = 2;

export interface WeeklyReport {
  monday: string;
  sunday: string;
  plannedKm: number;
  doneKm: number;
  /** doneKm / plannedKm; null when nothing was planned. */
  compliance: number | null;
  workouts: { planned: number; done: number; skipped: number };
  load: number;
  previousLoad: number;
  /** Change of session load against the week before; null when last week had none. */
  loadChange: number | null;
  /** 7-day over 28-day EWMA load; null with under four weeks of history. */
  acwr: number | null;
  /** Weekly distance in km, oldest first: 8 weeks to this one, then 2 to come (done null). */
  weeks: { weekStart: string; plannedKm: number; doneKm: number | null; current: boolean }[];
  nextWeek: StoredWorkout[];
  nextWeekPhase: string | null;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** The week that ends on `sunday`, from the stored plan and runs. */
export function weeklyReport(ctx: JobContext, user: User, plan: StoredPlan, sunday: string): WeeklyReport {
  const monday = weekStart(sunday);
  const workouts = plan.weeks.flatMap((w) => w.workouts);
  const firstMonday = addDays(monday, -7 * (CHART_WEEKS_BACK - 1));
  const runs = ctx.store.runs.between(user.telegramId, addDays(firstMonday, -28), sunday);
  // The one definition of a week's planned and done km, as /week, /plan, Progress and the calendar show them.
  const plannedIn = (from: string, to: string) => weekTotals(workouts, runs, from, to).plannedKm;
  const doneIn = (from: string, to: string) => weekTotals(workouts, runs, from, to).doneKm;
  const loadIn = (from: string, to: string) =>
    runs.filter((r) => r.date >= from && r.date <= to).reduce((s, r) => s + runLoad(r), 0);

  const weeks: WeeklyReport['weeks'] = [];
  for (let k = -(CHART_WEEKS_BACK - 1); k <= CHART_WEEKS_AHEAD; k++) {
    const from = addDays(monday, 7 * k);
    const to = addDays(from, 6);
    weeks.push({
      weekStart: from,
      plannedKm: r1(plannedIn(from, to)),
      doneKm: k <= 0 ? r1(doneIn(from, to)) : null,
      current: k === 0,
    });
  }
  const totals = weekTotals(workouts, runs, monday, sunday);
  const plannedKm = r1(plannedIn(monday, sunday));
  const doneKm = r1(doneIn(monday, sunday));
  const load = Math.round(loadIn(monday, sunday));
  const previousLoad = Math.round(loadIn(addDays(monday, -7), addDays(monday, -1)));
  const nextMonday = addDays(sunday, 1);
  const nextWeek = workouts.filter((w) => w.date >= nextMonday && w.date <= addDays(nextMonday, 6));
  const nextPlanWeek = plan.weeks.find((w) =>
    w.workouts.some((x) => x.date >= nextMonday && x.date <= addDays(nextMonday, 6)),
  );
  return {
    monday,
    sunday,
    plannedKm,
    doneKm,
    compliance: plannedKm > 0 ? doneKm / plannedKm : null,
    workouts: { planned: totals.sessions, done: totals.sessionsDone, skipped: totals.sessionsSkipped },
    load,
    previousLoad,
    loadChange: previousLoad > 0 ? (load - previousLoad) / previousLoad : null,
    acwr: acuteChronicRatio(
      runs.map((r) => ({ date: r.date, load: runLoad(r) })),
      sunday,
    ),
    weeks,
    nextWeek,
    nextWeekPhase: nextPlanWeek?.phase ?? null,
  };
}

/** A share as a percentage in the runner's locale ("87%", "87 %"). */
const pct = (locale: string, x: number) => new Intl.NumberFormat(locale, { style: 'percent' }).format(x);

function verdict(r: WeeklyReport, tr: Translate): string {
  if (r.compliance === null) return tr('weekly-verdict-none');
  if (r.compliance >= 1.15) return tr('weekly-verdict-over');
  if (r.compliance >= 0.9) return tr('weekly-verdict-on');
  if (r.compliance >= 0.7) return tr('weekly-verdict-solid');
  return tr('weekly-verdict-light');
}

function loadTrend(r: WeeklyReport, tr: Translate, locale: string): string {
  if (r.loadChange === null) return tr(r.load > 0 ? 'weekly-load-first' : 'weekly-load-none');
  if (Math.abs(r.loadChange) <= 0.1) {
    const change = `${r.loadChange >= 0 ? '+' : '−'}${pct(locale, Math.abs(r.loadChange))}`;
    return tr('weekly-load-steady', { change });
  }
  return r.loadChange > 0
    ? tr('weekly-load-up', { change: pct(locale, r.loadChange) })
    : tr('weekly-load-down', { change: pct(locale, -r.loadChange) });
}

function loadLine(r: WeeklyReport, tr: Translate, locale: string): string {
  const parts = [tr('weekly-load', { load: String(r.load), trend: loadTrend(r, tr, locale) })];
  if (r.acwr !== null) {
    const note = {
      spike: tr('weekly-acwr-spike'),
      low: tr('weekly-acwr-low'),
      ok: tr('weekly-acwr-ok'),
    }[acwrBand(r.acwr)];
    const ratio = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(r.acwr);
    parts.push(tr('weekly-acwr', { ratio, note }));
  }
  return parts.join(' ');
}

const PHASE_KEYS: Record<string, string> = {
  base: 'weekly-phase-base',
  build: 'weekly-phase-build',
  peak: 'weekly-phase-peak',
  taper: 'weekly-phase-taper',
  race: 'weekly-phase-race',
};

/** The phase next week belongs to, in the runner's words (null for a phase we have no words for). */
function phaseText(phase: string, tr: Translate): string | null {
  const key = PHASE_KEYS[phase];
  return key ? tr(key) : null;
}

/** Who the summary is for: units, language, and the Intl locale for dates and numbers. */
export interface Audience {
  units: Units;
  lang: Language;
  locale: string;
}

export function weeklyText(r: WeeklyReport, to: Audience): string {
  const { units, lang, locale } = to;
  const tr = translator(lang);
  const km = (x: number) => distanceText(lang, x, units);
  const distance = { planned: km(r.plannedKm), done: km(r.doneKm) };
  const counts = { done: r.workouts.done, planned: r.workouts.planned, skipped: r.workouts.skipped };
  const lines = [
    tr('weekly-title', { from: escapeHtml(dayLabel(r.monday, locale)), to: escapeHtml(dayLabel(r.sunday, locale)) }),
    r.compliance === null
      ? tr('weekly-distance', distance)
      : tr('weekly-distance-pct', { ...distance, pct: pct(locale, r.compliance) }),
    tr(r.workouts.skipped ? 'weekly-workouts-skipped' : 'weekly-workouts', counts),
    loadLine(r, tr, locale),
    '',
    verdict(r, tr),
    '',
  ];
  if (r.nextWeek.length === 0) {
    lines.push(tr('weekly-next-none'));
  } else {
    const total = r.nextWeek.filter((w) => w.type !== 'race').reduce((s, w) => s + w.distanceKm, 0);
    const size = km(total);
    const phase = r.nextWeekPhase ? phaseText(r.nextWeekPhase, tr) : null;
    lines.push(phase ? tr('weekly-next-phase', { phase, size }) : tr('weekly-next', { size }));
    for (const w of r.nextWeek) lines.push(workoutLine(w, units, lang, locale));
  }
  return lines.join('\n');
}

export function chartBars(r: WeeklyReport, units: Units): WeekBar[] {
  const f = units === 'mi' ? 1 / KM_PER_MILE : 1;
  return r.weeks.map((w) => ({
    weekStart: w.weekStart,
    planned: w.plannedKm * f,
    done: w.doneKm === null ? null : w.doneKm * f,
    current: w.current,
  }));
}

export async function weeklyMessages(ctx: JobContext, user: User, sunday: string): Promise<OutgoingMessage[] | null> {
  const plan = ctx.store.plans.getActive(user.telegramId);
  // Only weeks the plan covers: from its first week to the race week.
  if (!plan || sunday < plan.startDate || weekStart(sunday) > plan.goal.raceDate) return null;
  const to: Audience = { units: unitsOf(user), lang: languageOf(user), locale: localeOf(user) };
  const report = weeklyReport(ctx, user, plan, sunday);
  const caption = t(to.lang, 'weekly-caption', {
    date: escapeHtml(dayLabel(report.monday, to.locale)),
    done: distanceText(to.lang, report.doneKm, to.units),
    planned: distanceText(to.lang, report.plannedKm, to.units),
  });
  const text = weeklyText(report, to);
  const render = ctx.renderChart ?? renderWeeklyChart;
  let png: Buffer;
  try {
    png = await render(chartBars(report, to.units), { units: to.units, lang: to.lang, locale: to.locale });
  } catch (err) {
    // A worker that crashed, a bad input or a timeout costs the picture, never the message: the summary goes as text.
    ctx.log.warn({ err, userId: user.telegramId }, 'weekly chart failed; sending the summary without it');
    return [{ html: `${caption}\n\n${text}` }];
  }
  return [{ html: caption, photo: { filename: `week-${report.monday}.png`, content: png, caption } }, { html: text }];
}

export function runWeekly(ctx: JobContext): Promise<JobOutcome> {
  return fanout(ctx, {
    kind: 'weekly',
    compose: (user, slot) => weeklyMessages(ctx, user, slot.date),
    // Worth reading until Monday evening.
    expiresAt: (user, slot) => endOfLocalDay(user, addDays(slot.date, 1)),
    batchSize: 50,
  });
}
