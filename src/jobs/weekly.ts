/**
 * The Sunday summary: planned against done, compliance, the load trend, a chart of weekly distance against the
 * plan (the last 8 weeks and the next 2), and next week's outline. Numbers come from the plan and the logged runs
 * (session-RPE load and the acute:chronic ratio from src/training), words from templates.
 */

import { html } from '../bot/format/html.ts';
import { formatDistance, KM_PER_MILE, type Units } from '../bot/format/units.ts';
import { renderWeeklyChart } from '../charts/pool.ts';
import type { WeekBar } from '../charts/weekly-km.ts';
import { unitsOf, workoutLine } from '../coach/replies/workout.ts';
import type { OutgoingMessage } from '../coach/types.ts';
import type { StoredPlan, StoredWorkout, User } from '../db/store/index.ts';
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

const pct = (x: number) => `${Math.round(x * 100)} %`;

function verdict(r: WeeklyReport): string {
  if (r.compliance === null) return 'A week without planned runs.';
  if (r.compliance >= 1.15) return 'More than planned: keep the easy days truly easy next week.';
  if (r.compliance >= 0.9) return 'Right on plan. 👏';
  if (r.compliance >= 0.7) return 'A solid week.';
  return 'Lighter than planned. That happens; the plan carries on from here, no need to make anything up.';
}

function loadLine(r: WeeklyReport): string {
  const trend =
    r.loadChange === null
      ? r.load > 0
        ? 'first week with load on record'
        : 'no load on record'
      : Math.abs(r.loadChange) <= 0.1
        ? `steady on last week (${r.loadChange >= 0 ? '+' : '−'}${pct(Math.abs(r.loadChange))})`
        : r.loadChange > 0
          ? `▲ ${pct(r.loadChange)} on last week`
          : `▼ ${pct(-r.loadChange)} on last week`;
  const parts = [`Load ${r.load} (session RPE × minutes), ${trend}.`];
  if (r.acwr !== null) {
    const note = {
      spike: 'a sharp rise: keep the next days easy',
      low: 'below your usual: fine for a lighter week',
      ok: 'in the comfortable range',
    }[acwrBand(r.acwr)];
    parts.push(`Acute:chronic ${r.acwr.toFixed(2)}, ${note}.`);
  }
  return parts.join(' ');
}

export function weeklyText(r: WeeklyReport, units: Units): string {
  const lines = [
    html`<b>Your week, ${dayLabel(r.monday)} – ${dayLabel(r.sunday)}</b>`,
    html`Planned ${formatDistance(r.plannedKm, units)} · done ${formatDistance(r.doneKm, units)}${
      r.compliance === null ? '' : ` (${pct(r.compliance)})`
    }`,
    html`Workouts: ${r.workouts.done} of ${r.workouts.planned} done${r.workouts.skipped ? `, ${r.workouts.skipped} skipped` : ''}`,
    html`${loadLine(r)}`,
    '',
    html`${verdict(r)}`,
    '',
  ];
  if (r.nextWeek.length === 0) {
    lines.push('<b>Next week</b>: nothing planned. Tell me your next goal when you are ready!');
  } else {
    const total = r.nextWeek.filter((w) => w.type !== 'race').reduce((s, w) => s + w.distanceKm, 0);
    const size = formatDistance(total, units);
    lines.push(html`<b>Next week</b> (${r.nextWeekPhase ? `${r.nextWeekPhase} phase, ${size}` : size})`);
    for (const w of r.nextWeek) lines.push(workoutLine(w, units));
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
  const units = unitsOf(user);
  const report = weeklyReport(ctx, user, plan, sunday);
  const caption = html`<b>Week of ${dayLabel(report.monday)}</b>: ${formatDistance(report.doneKm, units)} of ${formatDistance(
    report.plannedKm,
    units,
  )} planned`;
  const text = weeklyText(report, units);
  const render = ctx.renderChart ?? renderWeeklyChart;
  let png: Buffer;
  try {
    png = await render(chartBars(report, units), { units });
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
