/**
 * The volume schedule: week totals and long runs for every week of a plan, before any workout is laid out.
 * Each week's numbers are capped by the weeks actually built before it (rules 4 and 5), so the builder is
 * called week by week and reports what it really produced. The same loop, with a numbers-only builder, estimates
 * what a plan could reach (warnings and their suggestions).
 */
import type { GoalDistance, Phase } from '../types.ts';
import {
  CURRENT_LONG_SHARE,
  CUTBACK_EVERY,
  CUTBACK_FRACTION,
  CUTBACK_LONG_FRACTION,
  FIRST_LONG,
  LONG_SHARE,
  LONGEST_RUN_GROWTH,
  MAX_REALISTIC_KM_PER_RUN,
  PEAK_LONG_KM,
  PEAK_VOLUME,
  READY_LONG_KM,
  STANDARD_WEEKS,
  TAPER_FRACTIONS,
  TAPER_LONG_FRACTIONS,
  TAPER_WEEKS,
  WEEK_GROWTH,
} from './constants.ts';

/** A calendar week of the plan (day numbers: days since 1970-01-01). */
export interface CalendarWeek {
  index: number;
  first: number;
  last: number;
  days: number;
}

export interface Shape {
  goal: GoalDistance;
  /** Current weekly km (floored at the plan minimum). */
  weeklyKm: number;
  daysPerWeek: number;
  /** Rule 5's "current long run" before the plan. */
  currentLongKm: number;
  /** Planned peak weekly km and peak long run. */
  peakKm: number;
  peakLongKm: number;
  /** Level of the extra base weeks (plans longer than the standard block). */
  baseKm: number;
  baseLongKm: number;
  longShare: number;
  weeks: number;
  taperWeeks: number;
  /** Weeks before the taper. */
  preTaper: number;
  week1Partial: boolean;
  /** Extra base weeks in front of the standard block (full weeks). */
  extra: number;
  /** Full pre-taper weeks. */
  fullPreTaper: number;
}

export interface WeekTarget {
  index: number;
  phase: Phase;
  kind: 'train' | 'taper' | 'race';
  /** Target total km and long run (already within the caps). */
  totalKm: number;
  longKm: number;
  /** Rule 4 and 5 caps for this week. */
  maxTotalKm: number;
  maxRunKm: number;
  cutback: boolean;
  /** 0-based week number inside its phase and that phase's length (to vary sessions). */
  phaseWeek: number;
  phaseLength: number;
  /** Full-week ordinal (0 for a partial first week). */
  position: number;
  /** Extra base weeks in front of the standard block (positions 1..extraBase). */
  extraBase: number;
}

export interface BuiltWeek {
  totalKm: number;
  longestKm: number;
  longRunKm: number;
}

/** Every taper week at least 5 % under every peak-phase week, so the taper reads as a step down (runcoach's choice). */
const TAPER_BELOW_PEAK = 0.95;
/** A lighter first week: 85 % of the current volume, inside rule 3's 80–115 % and rule 7's 90 %. */
const FIRST_WEEK_LIGHT = 0.85;

/** Weekly growth of the extra base weeks (runcoach's choice, inside rule 4's 10 % + 2 km). */
const BASE_GROWTH = 1.06;

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/**
 * Rule 5 counts the current long run as 30 % of weekly km. A runner on two or three days a week already runs
 * longer than that (at least weekly km / days), and the literal 30 % would make rules 3 and 5 contradict each
 * other for them, so the larger of the two counts. Rule 5's own cap on week 1 (half the weekly km + 3 km) still
 * applies.
 */
export function currentLongRunKm(weeklyKm: number, daysPerWeek: number): number {
  return Math.max(CURRENT_LONG_SHARE * weeklyKm, weeklyKm / Math.max(1, daysPerWeek));
}

export function peakWeeklyKm(goal: GoalDistance, weeklyKm: number): number {
  const v = PEAK_VOLUME[goal];
  const wanted = Math.max(weeklyKm * v.factor, v.floorKm);
  // Never more than double the current volume, nor more than `maxGainKm` above it.
  return Math.max(weeklyKm, Math.min(wanted, weeklyKm * 2, weeklyKm + v.maxGainKm));
}

export function shapeFor(goal: GoalDistance, weeklyKm: number, daysPerWeek: number, weeks: CalendarWeek[]): Shape {
  const taperWeeks = Math.min(TAPER_WEEKS[goal], weeks.length - 1);
  const preTaper = weeks.length - taperWeeks;
  const week1Partial = (weeks[0]?.days ?? 7) < 7;
  const fullPreTaper = preTaper - (week1Partial ? 1 : 0);
  const mainLen = STANDARD_WEEKS[goal] - TAPER_WEEKS[goal];
  const extra = Math.max(0, fullPreTaper - mainLen);
  // Extra base weeks raise the level the standard block starts from: about 6 % a week over three weeks in four
  // (rule 4 allows 10 % + 2 km), at most double the current volume and short of the goal's peak.
  // The base aims short of the usual peak, or of the volume the goal's long run needs, whichever is more.
  const realistic = weeklyKm <= MAX_REALISTIC_KM_PER_RUN * daysPerWeek;
  const readyKm = READY_LONG_KM[goal] / LONG_SHARE[goal];
  const baseKm = !realistic
    ? weeklyKm
    : Math.max(
        weeklyKm,
        Math.min(
          2 * weeklyKm,
          weeklyKm * BASE_GROWTH ** (0.75 * extra),
          Math.max(0.85 * peakWeeklyKm(goal, weeklyKm), readyKm),
        ),
      );
  // Far more km a run than real runners do (rule 9's 13 km): hold the volume, do not add to it.
  const peakKm = realistic ? peakWeeklyKm(goal, baseKm) : weeklyKm;
  const currentLongKm = currentLongRunKm(weeklyKm, daysPerWeek);
  const peakLongKm = PEAK_LONG_KM[goal];
  const startLong = Math.min(currentLongKm, peakLongKm);
  return {
    goal,
    weeklyKm,
    daysPerWeek,
    currentLongKm,
    peakKm,
    peakLongKm,
    baseKm,
    baseLongKm: Math.max(startLong, Math.min(0.75 * peakLongKm, LONG_SHARE[goal] * baseKm)),
    longShare: LONG_SHARE[goal],
    weeks: weeks.length,
    taperWeeks,
    preTaper,
    week1Partial,
    extra,
    fullPreTaper,
  };
}

/**
 * The long run needed now to reach `peak` in `weeksLeft` more weeks when each non-cutback week grows by rule 5's
 * step (x → 1.1·x + 1, i.e. x + 10 grows by 10 %). One week in four is a cutback, and growth is taken as 9 % to
 * leave room for rounding.
 */
function neededLongKm(peak: number, weeksLeft: number): number {
  const steps = Math.floor(0.75 * Math.max(0, weeksLeft));
  return (peak + 10) / 1.09 ** steps - 10;
}

/** Desired total and long run for a full-week ordinal before the taper: base, then a ramp to the peak. */
function levels(s: Shape, pos: number): { t: number; l: number } {
  const startLong = Math.min(s.currentLongKm, s.peakLongKm);
  if (pos <= 1) return { t: s.weeklyKm, l: startLong };
  if (pos <= s.extra) {
    const f = clamp01((pos - 1) / Math.max(1, s.extra - 1));
    return { t: s.weeklyKm + (s.baseKm - s.weeklyKm) * f, l: startLong + (s.baseLongKm - startLong) * f };
  }
  const j = pos - s.extra;
  const m = s.fullPreTaper - s.extra;
  // Reach the peak one week before the taper (the last pre-taper week holds it).
  const f = s.extra > 0 ? clamp01(j / Math.max(1, m - 1)) : clamp01((j - 1) / Math.max(1, m - 2));
  const t0 = s.extra > 0 ? s.baseKm : s.weeklyKm;
  const l0 = s.extra > 0 ? s.baseLongKm : startLong;
  return { t: t0 + (s.peakKm - t0) * f, l: l0 + (s.peakLongKm - l0) * f };
}

/**
 * Lighter weeks, planned backwards from the taper: the third-last week before the taper, then every fourth week
 * before it (rule 7: one at least every fourth week). The weeks that close the block then rise to the peak without
 * a dip, so the peak phase is the real peak and the taper starts from it (Pfitzinger's mesocycles end with their
 * recovery week; the last one hands over to the taper). A partial first week is already lighter.
 */
export function plannedCutbacks(s: Shape): Set<number> {
  const out = new Set<number>();
  const lastLight = s.week1Partial ? 1 : 0;
  if (s.preTaper - lastLight < CUTBACK_EVERY) return out;
  let c = s.preTaper - (CUTBACK_EVERY - 1);
  // The first full week after a partial one cannot be lighter than it and still keep rule 3's 80 %: one later.
  if (s.week1Partial && c === 2) c = 3;
  for (; c > lastLight; c -= CUTBACK_EVERY) out.add(c);
  return out;
}

/**
 * Phases by position in the standard block: about a third each for base, build and peak (Daniels' phases II–IV),
 * but the peak is only the weeks after the last lighter week (at most three), so a cutback week is never "peak";
 * build takes the weeks the peak gives up.
 */
function phaseOf(s: Shape, pos: number, peakMax: number): { phase: Phase; phaseWeek: number; phaseLength: number } {
  if (pos <= s.extra) return { phase: 'base', phaseWeek: Math.max(0, pos - 1), phaseLength: Math.max(1, s.extra) };
  const m = s.fullPreTaper - s.extra;
  const j = pos - s.extra - 1;
  const third = Math.max(1, Math.round(m / 3));
  const peakLen = Math.max(1, Math.min(third, peakMax));
  const buildLen = m >= 2 ? Math.max(0, Math.min(m - peakLen, third + (third - peakLen))) : 0;
  const baseLen = Math.max(0, m - peakLen - buildLen);
  if (j < baseLen) return { phase: 'base', phaseWeek: j + s.extra, phaseLength: baseLen + s.extra };
  if (j < baseLen + buildLen) return { phase: 'build', phaseWeek: j - baseLen, phaseLength: buildLen };
  return { phase: 'peak', phaseWeek: j - baseLen - buildLen, phaseLength: peakLen };
}

/** Runs the schedule; `build` lays out one week and reports what it produced. */
export function runSchedule(s: Shape, weeks: CalendarWeek[], build: (t: WeekTarget) => BuiltWeek): BuiltWeek[] {
  const totals: number[] = [];
  const longest: number[] = [];
  const longRuns: number[] = [];
  const built: BuiltWeek[] = [];
  const totalAt = (i: number) => (i < 1 ? s.weeklyKm : (totals[i - 1] ?? 0));
  const longestAt = (i: number) => (i < 1 ? s.currentLongKm : (longest[i - 1] ?? 0));
  const firstLongCap = FIRST_LONG.share * s.weeklyKm + FIRST_LONG.plusKm;
  let lastLight = 0;
  let peakTotal = 0;
  let peakLong = 0;
  let lastLong = 0;
  let peakPhaseMin = Number.POSITIVE_INFINITY;
  const cutbacks = plannedCutbacks(s);
  const lastCutback = Math.max(0, ...cutbacks);
  // Weeks after the last planned cutback (rule 7 lets at most three follow it).
  const peakMax = lastCutback > 0 ? s.preTaper - lastCutback : CUTBACK_EVERY - 1;

  for (let i = 1; i <= weeks.length; i++) {
    const cal = weeks[i - 1] as CalendarWeek;
    let prevMax = 0;
    for (let k = 1; k <= WEEK_GROWTH.lookback; k++) prevMax = Math.max(prevMax, totalAt(i - k));
    const maxTotalKm = WEEK_GROWTH.factor * prevMax + WEEK_GROWTH.plusKm;
    let prevLongest = 0;
    for (let k = 1; k <= LONGEST_RUN_GROWTH.lookback; k++) prevLongest = Math.max(prevLongest, longestAt(i - k));
    let maxRunKm = LONGEST_RUN_GROWTH.factor * prevLongest + LONGEST_RUN_GROWTH.plusKm;
    const partial = cal.days < 7;
    const position = i === 1 && partial ? 0 : i - (s.week1Partial ? 1 : 0);
    if (position <= 1) maxRunKm = Math.min(maxRunKm, firstLongCap);

    let target: WeekTarget;
    if (i <= s.preTaper) {
      const lv = levels(s, position);
      // The planned lighter weeks; should a week not come out lighter, rule 7 still gets one in time.
      const cutback = !partial && (cutbacks.has(i) || i - lastLight >= CUTBACK_EVERY);
      let totalKm = partial ? (lv.t * cal.days) / 7 : lv.t;
      // Never fall behind what rule 5's growth can still turn into the peak long run by the end of the block.
      let longKm = Math.min(s.peakLongKm, Math.max(lv.l, neededLongKm(s.peakLongKm, s.preTaper - i)));
      if (cutback) {
        totalKm = Math.min(totalKm, position === 1 ? FIRST_WEEK_LIGHT * s.weeklyKm : CUTBACK_FRACTION * totalAt(i - 1));
        // Shorter than the last full week's long run; a partial first week's is no measure of it.
        if (lastLong > 0 && position > 1) longKm = Math.min(longKm, CUTBACK_LONG_FRACTION * lastLong);
      }
      const ph =
        position === 0 ? { phase: 'base' as Phase, phaseWeek: 0, phaseLength: 1 } : phaseOf(s, position, peakMax);
      target = {
        index: i,
        kind: 'train',
        ...ph,
        totalKm: Math.min(totalKm, maxTotalKm),
        longKm: Math.min(longKm, maxRunKm),
        maxTotalKm,
        maxRunKm,
        cutback,
        position,
        extraBase: s.extra,
      };
    } else {
      const t = i - s.preTaper - 1;
      const race = i === weeks.length;
      const fractions = TAPER_FRACTIONS[s.goal];
      const offset = fractions.length - s.taperWeeks;
      const frac = fractions[t + offset] ?? fractions[fractions.length - 1] ?? 0.5;
      const longFrac = TAPER_LONG_FRACTIONS[s.goal][t + offset] ?? 0.5;
      target = {
        index: i,
        kind: race ? 'race' : 'taper',
        phase: race ? 'race' : 'taper',
        phaseWeek: t,
        phaseLength: s.taperWeeks,
        totalKm: Math.min(frac * peakTotal, TAPER_BELOW_PEAK * peakPhaseMin, maxTotalKm),
        longKm: race ? 0 : Math.min(longFrac * peakLong, maxRunKm),
        maxTotalKm,
        maxRunKm,
        cutback: false,
        position,
        extraBase: s.extra,
      };
    }
    const b = build(target);
    totals.push(b.totalKm);
    longest.push(b.longestKm);
    longRuns.push(b.longRunKm);
    built.push(b);
    if (b.totalKm <= 0.9 * totalAt(i - 1) + 1e-9) lastLight = i;
    if (i <= s.preTaper) {
      if (target.phase === 'peak') peakPhaseMin = Math.min(peakPhaseMin, b.totalKm);
      peakTotal = Math.max(peakTotal, b.totalKm);
      peakLong = Math.max(peakLong, b.longRunKm);
      if (!target.cutback && b.longRunKm > 0) lastLong = b.longRunKm;
      if (lastLong === 0) lastLong = b.longRunKm;
    }
  }
  return built;
}

/** Numbers-only week: what the schedule would reach without laying out workouts (for estimates). */
export function estimateWeek(s: Shape, t: WeekTarget): BuiltWeek {
  const runs = Math.max(2, Math.min(s.daysPerWeek, Math.floor(t.totalKm / 3)));
  const longRunKm = t.kind === 'race' ? 0 : Math.min(t.longKm, t.maxRunKm, s.longShare * t.totalKm);
  const other = (t.totalKm - longRunKm) / Math.max(1, runs - 1);
  const otherKm = Math.min(other, t.maxRunKm);
  const totalKm = longRunKm + otherKm * (runs - 1);
  return { totalKm, longestKm: Math.max(longRunKm, otherKm), longRunKm };
}

/** Full calendar weeks for an estimate of a plan `weeks` long. */
export function syntheticWeeks(weeks: number): CalendarWeek[] {
  return Array.from({ length: weeks }, (_, k) => ({ index: k + 1, first: k * 7, last: k * 7 + 6, days: 7 }));
}

/** Longest long run a plan of `weeks` full weeks would reach. */
export function estimatePeakLongKm(goal: GoalDistance, weeklyKm: number, daysPerWeek: number, weeks: number): number {
  const cal = syntheticWeeks(weeks);
  const s = shapeFor(goal, weeklyKm, daysPerWeek, cal);
  const built = runSchedule(s, cal, (t) => estimateWeek(s, t));
  return built.reduce((m, b) => Math.max(m, b.longRunKm), 0);
}
