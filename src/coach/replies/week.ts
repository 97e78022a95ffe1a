/** /week: the days' workouts with the runs logged on them, and the week's numbers (training/load/week-totals.ts). */
import { html, raw } from '../../messages/html.ts';
import { formatDistance, formatPace, type Units } from '../../messages/units.ts';
import { dayLabel } from '../../time/local.ts';
import type { WeekTotals } from '../../training/load/week-totals.ts';
import type { WorkoutsView } from '../tools/plan-tools.ts';
import { workoutLine } from './workout.ts';

type RunView = WorkoutsView['runs'][number];

/** "ran 6.2 km at 5:31/km" */
export function ranText(run: Pick<RunView, 'distanceKm' | 'durationSec'>, units: Units): string {
  const pace =
    run.distanceKm > 0 && run.durationSec > 0 ? ` at ${formatPace(run.durationSec / run.distanceKm, units)}` : '';
  return `ran ${formatDistance(run.distanceKm, units)}${pace}`;
}

/** "8 of 25 km · 1 of 4 sessions done · 1 skipped (6 km)": the same numbers Progress and the calendar show. */
export function totalsText(t: WeekTotals, units: Units): string {
  const skipped = t.sessionsSkipped ? ` · ${t.sessionsSkipped} skipped (${formatDistance(t.skippedKm, units)})` : '';
  // Skipped sessions are out of "planned" km, so they are out of the sessions counted against it too.
  const counted = Math.max(t.sessionsDone, t.sessions - t.sessionsSkipped);
  return `${formatDistance(t.doneKm, units).replace(/ \w+$/, '')} of ${formatDistance(t.plannedKm, units)} · ${t.sessionsDone} of ${counted} sessions done${skipped}`;
}

export function weekText(d: WorkoutsView, units: Units): string {
  const lines = [
    html`<b>${dayLabel(d.from)} – ${dayLabel(d.to)}</b> · ${formatDistance(d.totals.plannedKm, units)} planned`,
  ];
  const planned = new Set(d.workouts.map((w) => w.date));
  const days = [...new Set([...planned, ...d.runs.map((r) => r.date)])].sort();
  for (const date of days) {
    const w = d.workouts.find((x) => x.date === date);
    const runs = d.runs.filter((r) => r.date === date);
    if (w) {
      const ran = runs.map((r) => ranText(r, units)).join(', ');
      lines.push(ran ? html`${raw(workoutLine(w, units))} · ${ran}` : workoutLine(w, units));
    } else {
      for (const r of runs) lines.push(html`🏃 ${dayLabel(date)}: extra run, ${ranText(r, units)}`);
    }
  }
  if (d.from <= d.today || d.runs.length > 0) {
    const so = d.to < d.today ? 'Week done' : 'So far';
    lines.push('', html`${so}: ${totalsText(d.totals, units)}.`);
  }
  return lines.join('\n');
}

/** The morning card's line: "This week so far: 8 of 30 km · 1 of 4 sessions done." */
export function weekSoFarLine(t: WeekTotals, units: Units): string {
  return html`<i>This week so far: ${totalsText(t, units)}.</i>`;
}
