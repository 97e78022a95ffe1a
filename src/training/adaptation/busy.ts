/**
 * A travel or busy stretch: only some weekdays are available. Each week keeps its long run and one quality
 * session on the available days (keeping hard days apart), then as many easy runs as days allow; the rest is
 * skipped. The long run keeps its distance where the rules allow: rule 6 wants it at most half (marathon) or 45 %
 * of its week, so the runs that stay take on some of the skipped volume first (within a medium-long run), and a
 * busy week without named days keeps an easy run when the long run needs it. Volume then follows rules 4–6
 * through the repair pass, which shortens the long run only as far as a rule still forces.
 */
import { addDays, daysBetween, weekdayName } from '../dates.ts';
import type { Advice } from '../notes.ts';
import { LONG_SHARE_CAP, MIN_RUN_KM } from '../plan/constants.ts';
import type { Plan, PlanWeek, Weekday, Workout } from '../types.ts';
import { isActive, isHardType } from '../types.ts';
import {
  activeAt,
  clonePlan,
  datesBetween,
  isChangeable,
  recomputeTotals,
  replaceAt,
  resizeWorkout,
  sessionContext,
  weekIndexOf,
} from './plan-edit.ts';
import { repairVolumeRules } from './repair.ts';
import { RETURN, returnInto } from './return.ts';
import type { Adaptation, ChangeReason, ChangeSignal, PlanChange } from './types.ts';

/** No hard session in the last days before the race (as in the generated plan's final days). */
const RACE_BUFFER_DAYS = 3;
/**
 * A run that takes on skipped volume grows to at most three quarters of the long run: Pfitzinger's medium-long
 * runs are about that share of the long run.
 */
const SUPPORT_MAX_SHARE = 0.75;

/** Which quality session survives a short week: the most race-specific first (Pfitzinger's priorities). */
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
  const signal: ChangeSignal = ev.kind === 'travel' ? 'travel' : 'busy';
  if (end < from) return { plan, changes: [], refused: { code: 'days_past' } };
  const windowDates = datesBetween(from, end);
  const byWeek = new Map<number, string[]>();
  for (const d of windowDates) {
    const wi = weekIndexOf(next, d);
    if (wi >= 0) byWeek.set(wi, [...(byWeek.get(wi) ?? []), d]);
  }
  const kept: string[] = [];
  let restoredAny = false;
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
        target ? { code: 'busy_moved_to', signal, date: target } : { code: 'busy_skipped', signal },
        changes,
        w,
      );
    }
    for (const [d, w] of placed) {
      if (d === w.date) continue;
      replaceAt(next, d, { ...w, date: d, status: 'planned' }, { code: 'moved_from', signal, date: w.date }, changes);
      kept.push(d);
    }
    const longDay = long ? [...placed.entries()].find(([, x]) => x === long)?.[0] : undefined;
    if (longDay) {
      const dropped = inWindow.filter((w) => ![...placed.values()].includes(w));
      const restored = keepLongInProportion(next, wi, longDay, dropped, !ev.availableDays, today, signal, changes);
      kept.push(...restored);
      restoredAny ||= restored.length > 0;
    }
  }
  recomputeTotals(next);
  // No run in the window for 8 days or more is a break: the way back follows rule 15 (50 % then 75 %, easy first).
  const isBreak = kept.length === 0 && daysBetween(ev.fromDate, end) + 1 >= RETURN.breakDays;
  if (isBreak) returnInto(next, { breakFrom: ev.fromDate, resumeOn: addDays(end, 1), signal }, today, changes);
  else repairVolumeRules(next, today, changes);
  const travel = ev.kind === 'travel';
  const advice: Advice =
    kept.length > 0
      ? { code: 'busy_kept', travel, proportion: restoredAny }
      : { code: 'busy_break', travel, resumeOn: addDays(end, 1), longBreak: isBreak };
  return { plan: next, changes, advice };
}

function dist(a: string, b: string): number {
  return (Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/**
 * Rule 6 for a week that lost runs: the long run on `longDay` at most `share` of the week. Rather than cut the long
 * run, the runs that stay take on skipped volume (easy runs first, then the quality session's warm-up and
 * cool-down), each up to a medium-long run and in all no more than was skipped; without named days, skipped easy
 * runs come back when that is not enough. Returns the dates of runs brought back.
 */
function keepLongInProportion(
  plan: Plan,
  wi: number,
  longDay: string,
  dropped: Workout[],
  mayRestore: boolean,
  today: string,
  signal: ChangeSignal,
  changes: PlanChange[],
): string[] {
  const restored: string[] = [];
  const week = plan.weeks[wi] as PlanWeek;
  const long = activeAt(plan, longDay);
  if (long?.type !== 'long' || week.phase === 'race') return restored;
  const share = LONG_SHARE_CAP[plan.goal.distance];
  const others = () =>
    week.workouts
      .filter((w) => isActive(w) && w.type !== 'race' && w !== activeAt(plan, longDay))
      .reduce((sum, w) => sum + w.distanceKm, 0);
  const need = () => (long.distanceKm * (1 - share)) / share - others();
  let budget = dropped.reduce((sum, w) => sum + w.distanceKm, 0);
  const cap = SUPPORT_MAX_SHARE * long.distanceKm;
  const ctx = sessionContext(plan, week);
  const grow = (hard: boolean) => {
    const runs = week.workouts
      .filter((w) => isChangeable(w, today) && w.date !== longDay && isHardType(w.type) === hard)
      .sort((a, b) => a.distanceKm - b.distanceKm);
    for (const w of runs) {
      const add = Math.min(need(), budget, cap - w.distanceKm);
      if (add < 0.05) continue;
      const km = Math.ceil((w.distanceKm + add) * 10) / 10;
      const why: ChangeReason = { code: 'busy_support', rule: 6, signal };
      replaceAt(plan, w.date, resizeWorkout(w, km, ctx), why, changes, w);
      budget -= km - w.distanceKm;
    }
  };
  grow(false);
  // Without named days, skipped easy runs come back one at a time, each as long as the long run needs (within a
  // medium-long run and what was skipped), while that is at least a sensible run.
  if (mayRestore) {
    for (const w of dropped.filter((x) => !isHardType(x.type)).sort((a, b) => b.distanceKm - a.distanceKm)) {
      const km = Math.ceil(Math.min(cap, budget, Math.max(need(), MIN_RUN_KM)) * 10) / 10;
      if (need() <= 0.05 || km < MIN_RUN_KM) break;
      const skipped = week.workouts.find((x) => x.date === w.date && x.status === 'skipped');
      if (!skipped || activeAt(plan, w.date) || w.date < today) continue;
      const back = resizeWorkout({ ...skipped, status: 'planned' }, km, ctx);
      replaceAt(plan, w.date, back, { code: 'busy_kept', rule: 6, signal }, changes, skipped);
      budget -= km;
      restored.push(w.date);
    }
  }
  grow(true);
  return restored;
}
