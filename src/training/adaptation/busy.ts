/**
 * A travel or busy stretch: only some weekdays are available. Each week keeps its long run and one quality
 * session on the available days (keeping hard days apart), then as many easy runs as days allow; the rest is
 * skipped. Volume then follows rules 4–6 through the repair pass.
 */
import { addDays, daysBetween, shortDayLabel, weekdayName } from '../dates.ts';
import type { Plan, PlanWeek, Weekday, Workout } from '../types.ts';
import { isHardType } from '../types.ts';
import {
  activeAt,
  clonePlan,
  datesBetween,
  isChangeable,
  recomputeTotals,
  replaceAt,
  weekIndexOf,
} from './plan-edit.ts';
import { repairVolumeRules } from './repair.ts';
import type { Adaptation, PlanChange } from './types.ts';

/** Which quality session survives a short week: the most race-specific first (Pfitzinger's priorities). */
/** No hard session in the last days before the race (as in the generated plan's final days). */
const RACE_BUFFER_DAYS = 3;

const QUALITY_PRIORITY: Workout['type'][] = ['marathon_pace', 'tempo', 'intervals', 'hills'];

export function applyBusy(
  plan: Plan,
  ev: { fromDate: string; days: number; availableDays?: Weekday[] | undefined; kind?: 'travel' | 'busy' },
  today: string,
): Adaptation {
  const next = clonePlan(plan);
  const changes: PlanChange[] = [];
  const from = ev.fromDate > today ? ev.fromDate : today;
  const end = addDays(ev.fromDate, Math.max(1, Math.floor(ev.days)) - 1);
  const label = ev.kind === 'travel' ? 'travel' : 'a busy stretch';
  if (end < from) return { plan, changes: [], refused: 'Those days are already past.' };
  const windowDates = datesBetween(from, end);
  const byWeek = new Map<number, string[]>();
  for (const d of windowDates) {
    const wi = weekIndexOf(next, d);
    if (wi >= 0) byWeek.set(wi, [...(byWeek.get(wi) ?? []), d]);
  }
  const kept: string[] = [];
  for (const [wi, dates] of byWeek) {
    const week = next.weeks[wi] as PlanWeek;
    const inWindow = week.workouts.filter((w) => dates.includes(w.date) && isChangeable(w, today));
    if (inWindow.length === 0) continue;
    const long = inWindow.find((w) => w.type === 'long');
    const quality = inWindow
      .filter((w) => isHardType(w.type) && w.type !== 'long')
      .sort((a, b) => QUALITY_PRIORITY.indexOf(a.type) - QUALITY_PRIORITY.indexOf(b.type))[0];
    // Without named days, the long run and the key session keep their own days and the rest is let go.
    const avail = ev.availableDays
      ? dates.filter((d) => ev.availableDays?.includes(weekdayName(d)))
      : [long?.date, quality?.date].filter((d): d is string => d !== undefined);
    // Final layout of the window: date → workout.
    const placed = new Map<string, Workout>();
    // Workouts that stay where they are (outside the window, already run, or the race).
    const fixed = (d: string) => activeAt(next, d, inWindow);
    const hardAt = (d: string) => {
      const w = placed.get(d) ?? fixed(d);
      return !!w && isHardType(w.type);
    };
    const nearRace = (d: string) => daysBetween(d, next.goal.raceDate) < RACE_BUFFER_DAYS;
    const fits = (d: string, hard: boolean) =>
      !placed.has(d) && !fixed(d) && (!hard || (!nearRace(d) && !hardAt(addDays(d, -1)) && !hardAt(addDays(d, 1))));
    const place = (w: Workout, hard: boolean): boolean => {
      const options = [...avail].sort(
        (a, b) => Math.abs(dist(a, w.date)) - Math.abs(dist(b, w.date)) || (a < b ? 1 : -1),
      );
      const d = options.find((x) => fits(x, hard));
      if (!d) return false;
      placed.set(d, w);
      return true;
    };
    if (long) place(long, true);
    if (quality) place(quality, true);
    for (const w of inWindow.filter((x) => !isHardType(x.type))) place(w, false);
    // Apply: everything in the window leaves its day; placed workouts land on theirs.
    for (const w of inWindow) {
      const target = [...placed.entries()].find(([, x]) => x === w)?.[0];
      if (target === w.date) {
        kept.push(w.date);
        continue;
      }
      replaceAt(
        next,
        w.date,
        target ? null : { ...w, status: 'skipped' },
        target ? `Moved to ${shortDayLabel(target)} ${target} for ${label}.` : `Skipped for ${label}.`,
        changes,
        w,
      );
    }
    for (const [d, w] of placed) {
      if (d === w.date) continue;
      replaceAt(
        next,
        d,
        { ...w, date: d, status: 'planned' },
        `${w.title} moved here from ${shortDayLabel(w.date)} ${w.date} for ${label}.`,
        changes,
      );
      kept.push(d);
    }
  }
  recomputeTotals(next);
  repairVolumeRules(next, today, changes);
  const advice =
    kept.length > 0
      ? `During ${label} the plan keeps the long run and one quality session where your days allow; the rest is skipped.`
      : `No running fits those days; enjoy the break, the plan resumes on ${addDays(end, 1)}.`;
  return { plan: next, changes, advice };
}

function dist(a: string, b: string): number {
  return (Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}
