/**
 * /week: the days' workouts with the runs logged on them, and the week's numbers (training/load/week-totals.ts),
 * in the runner's language (locales/<lang>/answers.ftl, `ans-week-*`, `ans-totals*`, `ans-ran*`).
 */
import { distanceText, formatNumber, paceText } from '../../messages/format.ts';
import { escapeHtml } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import type { Language } from '../../messages/languages.ts';
import { KM_PER_MILE, type Units } from '../../messages/units.ts';
import { dayLabel } from '../../time/local.ts';
import type { WeekTotals } from '../../training/load/week-totals.ts';
import type { WorkoutsView } from '../tools/plan-tools.ts';
import { workoutLine } from './workout.ts';

type RunView = WorkoutsView['runs'][number];

/** "ran 6.2 km at 5:31/km" */
export function ranText(run: Pick<RunView, 'distanceKm' | 'durationSec'>, units: Units, lang: Language = 'en'): string {
  const distance = distanceText(lang, run.distanceKm, units);
  if (run.distanceKm > 0 && run.durationSec > 0) {
    return t(lang, 'ans-ran-pace', { distance, pace: paceText(lang, run.durationSec / run.distanceKm, units) });
  }
  return t(lang, 'ans-ran', { distance });
}

/** "8 of 25 km · 1 of 4 sessions done · 1 skipped (6 km)": the same numbers Progress and the calendar show. */
export function totalsText(w: WeekTotals, units: Units, lang: Language = 'en'): string {
  // Skipped sessions are out of "planned" km, so they are out of the sessions counted against it too.
  const counted = Math.max(w.sessionsDone, w.sessions - w.sessionsSkipped);
  const done = formatNumber(lang, Math.round((units === 'mi' ? w.doneKm / KM_PER_MILE : w.doneKm) * 10) / 10);
  const text = t(lang, 'ans-totals', {
    done,
    planned: distanceText(lang, w.plannedKm, units),
    sessionsDone: w.sessionsDone,
    sessions: counted,
  });
  if (!w.sessionsSkipped) return text;
  const skipped = t(lang, 'ans-totals-skipped', {
    skipped: w.sessionsSkipped,
    distance: distanceText(lang, w.skippedKm, units),
  });
  return `${text} · ${skipped}`;
}

export function weekText(d: WorkoutsView, units: Units, lang: Language = 'en', locale: string = lang): string {
  const day = (date: string) => dayLabel(date, locale);
  const lines = [
    t(lang, 'ans-week-title', {
      from: escapeHtml(day(d.from)),
      to: escapeHtml(day(d.to)),
      planned: distanceText(lang, d.totals.plannedKm, units),
    }),
  ];
  const planned = new Set(d.workouts.map((w) => w.date));
  const days = [...new Set([...planned, ...d.runs.map((r) => r.date)])].sort();
  for (const date of days) {
    const w = d.workouts.find((x) => x.date === date);
    const runs = d.runs.filter((r) => r.date === date);
    if (w) {
      const ran = runs.map((r) => ranText(r, units, lang)).join(', ');
      const line = workoutLine(w, units, lang, locale);
      lines.push(ran ? `${line} · ${escapeHtml(ran)}` : line);
    } else {
      for (const r of runs)
        lines.push(escapeHtml(t(lang, 'ans-week-extra', { day: day(date), ran: ranText(r, units, lang) })));
    }
  }
  if (d.from <= d.today || d.runs.length > 0) {
    const key = d.to < d.today ? 'ans-week-done' : 'ans-week-so-far';
    lines.push('', escapeHtml(t(lang, key, { totals: totalsText(d.totals, units, lang) })));
  }
  return lines.join('\n');
}

/** The morning card's line: "This week so far: 8 of 30 km · 1 of 4 sessions done." */
export function weekSoFarLine(w: WeekTotals, units: Units, lang: Language = 'en'): string {
  return t(lang, 'ans-week-morning', { totals: escapeHtml(totalsText(w, units, lang)) });
}
