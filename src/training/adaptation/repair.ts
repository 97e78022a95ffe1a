/**
 * Keeps an adapted plan inside rules 4, 5 and 6 (design.md) from `today` on, by shortening or removing planned
 * workouts only: never lengthening, never touching days before `today` or what was already run. Rule 2 is kept
 * by the adaptations themselves (they never add run days or put hard days side by side).
 */
import { dayNumber } from '../dates.ts';
import { DANIELS_LIMITS, LONG_SHARE_CAP, SPIKE, WEEK_GROWTH } from '../plan/constants.ts';
import { describeWorkout } from '../plan/describe.ts';
import { currentLongRunKm } from '../plan/schedule.ts';
import { buildWorkout } from '../plan/sessions.ts';
import { stepsKm } from '../plan/steps.ts';
import type { Plan, PlanWeek, Workout, WorkoutStep } from '../types.ts';
import { isActive } from '../types.ts';
import { isChangeable, recomputeTotals, replaceAt, resizeWorkout, sessionContext, weekEnd } from './plan-edit.ts';
import { RETURN } from './return.ts';
import type { ChangeReason, PlanChange } from './types.ts';

const floor1 = (x: number) => Math.floor(x * 10 + 1e-9) / 10;
/**
 * Day numbers of ISO dates, memoised: rule 5's line reads every run of 30 days for every run, and parsing the date
 * was most of an adaptation's time. Dates are few (a plan spans at most a year); the cache is cleared past 20,000.
 */
const dayCache = new Map<string, number>();
function dayOf(iso: string): number {
  let n = dayCache.get(iso);
  if (n === undefined) {
    if (dayCache.size > 20_000) dayCache.clear();
    n = dayNumber(iso);
    dayCache.set(iso, n);
  }
  return n;
}
/** Shorter than this a run is not worth lacing up for; it becomes a rest day. */
const MIN_KEEP_KM = 2;

function training(week: PlanWeek): Workout[] {
  return week.workouts.filter((w) => w.type !== 'race' && isActive(w));
}

/** A week with no run left because its runs were skipped or missed (a break), not one planned empty. */
function brokenOff(week: PlanWeek): boolean {
  return training(week).length === 0 && week.workouts.some((w) => w.type !== 'race' && !isActive(w));
}

const sum = (ws: Workout[]) => ws.reduce((s, w) => s + w.distanceKm, 0);

const LIMIT: Partial<Record<WorkoutStep['zone'], (weekKm: number) => number>> = {
  threshold: (k) => DANIELS_LIMITS.threshold.share * k,
  interval: (k) => Math.min(DANIELS_LIMITS.interval.share * k, DANIELS_LIMITS.interval.maxKm),
  repetition: (k) => DANIELS_LIMITS.repetition.share * k,
};

function overDaniels(w: Workout, weekKm: number): boolean {
  return w.steps.some(
    (s) => s.kind === 'work' && LIMIT[s.zone] && s.reps * s.distanceKm > (LIMIT[s.zone]?.(weekKm) ?? 0) + 0.05,
  );
}

/** The session with fewer repetitions (or a shorter block) so its work fits the week; null when nothing is left. */
function withinDaniels(w: Workout, weekKm: number): Workout | null {
  const steps = w.steps.map((s) => ({ ...s }));
  for (const s of steps) {
    const lim = s.kind === 'work' ? LIMIT[s.zone]?.(weekKm) : undefined;
    if (lim === undefined) continue;
    if (s.reps > 1) {
      s.reps = Math.floor(lim / s.distanceKm + 1e-9);
      if (s.reps < 2) return null;
    } else {
      s.distanceKm = Math.floor(lim * 2) / 2;
      if (s.distanceKm < 1) return null;
    }
  }
  const km = stepsKm(steps);
  return { ...w, steps, distanceKm: km, ...describeWorkout(w.type, steps, km) };
}

export function repairVolumeRules(plan: Plan, today: string, changes: PlanChange[]): void {
  recomputeTotals(plan);
  const first = plan.weeks[0];
  const weeklyKm = plan.baseline?.weeklyKm ?? first?.totalKm ?? 0;
  const currentLong = plan.baseline?.longRunKm ?? currentLongRunKm(weeklyKm);
  const share = LONG_SHARE_CAP[plan.goal.distance];
  const totals: number[] = [];
  // Rule 5 on a rolling 30 days: the runner's longest run before the plan counts as run the day before it.
  const seed = { day: dayOf(plan.startDate) - 1, km: currentLong };
  // Weeks are in date order and at most 7 days long: only those that overlap the 30 days before `day` are read.
  const weekStart = plan.weeks.map((wk) => dayOf(wk.startDate));
  const lineAt = (day: number) => {
    let m = seed.day >= day - SPIKE.windowDays ? seed.km : 0;
    for (let k = 0; k < plan.weeks.length; k++) {
      const start = weekStart[k] as number;
      if (start >= day) break;
      if (start + 7 < day - SPIKE.windowDays) continue;
      for (const w of (plan.weeks[k] as PlanWeek).workouts) {
        const d = dayOf(w.date);
        if (w.type !== 'race' && isActive(w) && d >= day - SPIKE.windowDays && d < day) m = Math.max(m, w.distanceKm);
      }
    }
    if (m === 0) m = RETURN.firstWeekShare * longestBeforeBreak(day);
    return SPIKE.factor * m + SPIKE.plusKm;
  };
  /**
   * After a break of more than 30 days (rule 15), rule 5's window holds no run: its line starts from the longest run
   * of the 30 days before the last run before the break (or the runner's longest before the plan), at rule 15's
   * first-week share, rather than from nothing (which skipped every run to race day).
   */
  const longestBeforeBreak = (day: number): number => {
    const runs = plan.weeks
      .flatMap((wk) => wk.workouts)
      .filter((w) => w.type !== 'race' && isActive(w) && dayOf(w.date) < day)
      .map((w) => ({ day: dayOf(w.date), km: w.distanceKm }));
    const last = runs.reduce((d, r) => Math.max(d, r.day), seed.day);
    let m = seed.day >= last - SPIKE.windowDays ? seed.km : 0;
    for (const r of runs) if (r.day >= last - SPIKE.windowDays) m = Math.max(m, r.km);
    return m;
  };
  const weekVolume = (j: number): number => {
    if (j < 0) return weeklyKm;
    if ((totals[j] ?? 0) > 0 || !brokenOff(plan.weeks[j] as PlanWeek)) return totals[j] ?? 0;
    // The last full week before the break (the week the break began in is cut short by it).
    for (let k = j - 1; k >= 0; k--) {
      const wk = plan.weeks[k] as PlanWeek;
      if ((totals[k] ?? 0) > 0 && wk.workouts.every((w) => w.type === 'race' || isActive(w))) return totals[k] ?? 0;
    }
    return weeklyKm;
  };
  plan.weeks.forEach((week, i) => {
    if (weekEnd(plan, i) >= today) {
      const ctx = sessionContext(plan, week);
      const edit = (w: Workout, km: number, why: ChangeReason) => {
        const next = km < MIN_KEEP_KM ? { ...w, status: 'skipped' as const } : resizeWorkout(w, km, ctx);
        replaceAt(plan, w.date, next, why, changes, w);
      };
      // Rule 5: no run past 110 % of the longest of the 30 days before it, + 0.2 km.
      const spikes = (): boolean => {
        let edited = false;
        for (const w of training(week)) {
          const capRun = lineAt(dayOf(w.date));
          if (w.distanceKm > capRun + 1e-9 && isChangeable(w, today)) {
            edit(w, floor1(capRun), { code: 'spike_cap', rule: 5, value: floor1(capRun) });
            edited = true;
          }
        }
        return edited;
      };
      spikes();
      // Rule 4: the week at most 110 % of the biggest of the three before, + 2 km.
      // A week left empty by a break does not set the cap: it counts as the last week run before it (rule 15 shapes
      // the return itself at 50 % then 75 % of that volume), so three empty weeks do not cap the next at 2 km.
      let prevMax = 0;
      for (let k = 1; k <= WEEK_GROWTH.lookback; k++) prevMax = Math.max(prevMax, weekVolume(i - k));
      const capWeek = WEEK_GROWTH.factor * prevMax + WEEK_GROWTH.plusKm;
      const ws = training(week);
      const excess = sum(ws) - capWeek;
      if (excess > 1e-9) {
        const movable = ws.filter((w) => isChangeable(w, today));
        const m = sum(movable);
        if (m > 0) {
          const f = Math.max(0, (m - excess) / m);
          for (const w of movable) {
            edit(w, floor1(w.distanceKm * f), { code: 'week_growth', rule: 4, ref: Math.round(capWeek * 10) / 10 });
          }
        }
      }
      recomputeTotals(plan);
      // Rule 14: sessions within Daniels' limits of the week as it is now (a lighter week gets smaller sessions).
      const daniels = () => {
        for (let pass = 0; pass < 3; pass++) {
          // A missed or skipped run still counts in the week's volume: it does not make the next session harder.
          const total = sum(week.workouts.filter((w) => w.type !== 'race'));
          const over = training(week).filter((w) => isChangeable(w, today) && overDaniels(w, total));
          if (over.length === 0) break;
          for (const w of over) {
            const next = withinDaniels(w, total);
            replaceAt(
              plan,
              w.date,
              next ?? { ...buildWorkout(w.date, 'easy', w.distanceKm, ctx), status: w.status },
              { code: 'quality_share', rule: 14 },
              changes,
              w,
            );
          }
          recomputeTotals(plan);
        }
      };
      daniels();
      const rule6 = () => {
        // Rule 6: the long run at most half (marathon) or 45 % of its week, in weeks of 3 runs or more (in a 2-run
        // week it is simply the longer of the two: cutting it to a share of a travel week made it no long run at all).
        if (week.phase !== 'race') {
          const now = training(week);
          const long = now.filter((w) => w.type === 'long').sort((a, b) => b.distanceKm - a.distanceKm)[0];
          const total = sum(now);
          if (now.length >= 3 && long && long.distanceKm > share * total + 1e-9 && isChangeable(long, today)) {
            const others = total - long.distanceKm;
            edit(long, floor1((share * others) / (1 - share)), {
              code: 'long_share',
              rule: 6,
              value: Math.round(share * 100),
            });
          }
          // The long run stays the week's longest run (rule 6): a longer run ahead of it is trimmed to it.
          const longest = () => {
            const longNow = training(week)
              .filter((w) => w.type === 'long')
              .sort((a, b) => b.distanceKm - a.distanceKm)[0];
            if (longNow) {
              for (const w of training(week)) {
                if (w !== longNow && w.distanceKm > longNow.distanceKm + 1e-9 && isChangeable(w, today)) {
                  edit(w, longNow.distanceKm, { code: 'long_longest', rule: 6 });
                }
              }
            }
          };
          longest();
          // Trimming a run lowers rule 5's line for the runs after it in the week: check them again.
          for (let pass = 0; pass < 3 && spikes(); pass++) longest();
        } else spikes();
        recomputeTotals(plan);
      };
      rule6();
      // Each repair only shortens runs, and a shorter run can break another rule of the week (a lighter week makes
      // a session too big, a shorter session makes the long run too big a share): repeat until nothing changes.
      for (let pass = 0; pass < 4; pass++) {
        const before = changes.length;
        daniels();
        rule6();
        if (changes.length === before) break;
      }
    }
    const ws = training(plan.weeks[i] as PlanWeek);
    totals.push(sum(ws));
  });
}
