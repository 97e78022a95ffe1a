/**
 * Plan generation: a periodized plan (base, build, peak, taper, race) from the runner's goal, dates, current
 * volume and days. Pure and deterministic (rule 12): the same request gives the same plan.
 */
import { dayNumber, fromDayNumber, weekdayIndexOfDay, weekdayToIndex } from '../dates.ts';
import { GOAL_KM } from '../distances.ts';
import { formatHms } from '../duration.ts';
import type {
  GoalDistance,
  PaceRange,
  Paces,
  Plan,
  PlanOutcome,
  PlanRequest,
  PlanWeek,
  Weekday,
  Workout,
} from '../types.ts';
import { GOAL_DISTANCES, isHardType, WEEKDAY_NAMES } from '../types.ts';
import { LONG_SHARE_CAP, MAX_WEEKS, MIN_RUN_KM, MIN_WEEKLY_KM, MIN_WEEKS, READY_LONG_KM } from './constants.ts';
import { resolveFitness } from './fitness.ts';
import { type PatternSlot, type SlotRole, weeklyPattern } from './pattern.ts';
import { type BuiltWeek, type CalendarWeek, runSchedule, type Shape, shapeFor, type WeekTarget } from './schedule.ts';
import { buildWorkout, type Session, type SessionContext, sharpenerMaxKm } from './sessions.ts';
import { round2 } from './steps.ts';
import { feasibilityWarnings } from './warnings.ts';

/** Defaults for inputs the runner has not given (the caller applies them). */
export const DEFAULTS = { weeklyKm: 20, daysPerWeek: 4, longRunDay: 'sun' as Weekday } as const;

const GOAL_NAME: Record<GoalDistance, string> = {
  '5k': '5K',
  '10k': '10K',
  half: 'half marathon',
  marathon: 'marathon',
};

export function validatePlanRequest(req: PlanRequest): string | null {
  if (!(GOAL_DISTANCES as readonly string[]).includes(req.goal)) {
    return `Unknown goal "${String(req.goal)}": choose 5k, 10k, half or marathon.`;
  }
  const start = dayNumber(req.startDate);
  const race = dayNumber(req.raceDate);
  if (Number.isNaN(start)) return `The start date "${req.startDate}" is not a date (use YYYY-MM-DD).`;
  if (Number.isNaN(race)) return `The race date "${req.raceDate}" is not a date (use YYYY-MM-DD).`;
  if (race < start) return `The race date ${req.raceDate} is in the past (the plan would start ${req.startDate}).`;
  const min = MIN_WEEKS[req.goal];
  const days = race - start + 1;
  if (days < min * 7) {
    const shorter = GOAL_DISTANCES.filter((g) => MIN_WEEKS[g] * 7 <= days).pop();
    const earliest = fromDayNumber(start + min * 7 - 1);
    const alt = shorter ? `, or a ${GOAL_NAME[shorter]} on that date` : '';
    return (
      `A ${GOAL_NAME[req.goal]} needs at least ${min} weeks of training, and ${req.raceDate} is only ` +
      `${Math.floor(days / 7)} week${Math.floor(days / 7) === 1 ? '' : 's'} and ${days % 7} day${days % 7 === 1 ? '' : 's'} away. ` +
      `Pick a race on or after ${earliest}${alt}.`
    );
  }
  if (days > MAX_WEEKS * 7) {
    return `The race is more than ${MAX_WEEKS} weeks away; plans run at most ${MAX_WEEKS} weeks. Start the plan after ${fromDayNumber(race - MAX_WEEKS * 7 + 1)}.`;
  }
  if (!Number.isFinite(req.weeklyKm) || req.weeklyKm < 0 || req.weeklyKm > 300) {
    return 'Weekly km must be a number from 0 to 300.';
  }
  if (!Number.isInteger(req.daysPerWeek) || req.daysPerWeek < 2 || req.daysPerWeek > 7) {
    return 'Days per week must be a whole number from 2 to 7.';
  }
  if (!(WEEKDAY_NAMES as readonly string[]).includes(req.longRunDay)) {
    return `Long-run day must be one of ${WEEKDAY_NAMES.join(', ')}.`;
  }
  return null;
}

function calendar(start: number, race: number): CalendarWeek[] {
  const weeks: CalendarWeek[] = [];
  let monday = start - weekdayIndexOfDay(start);
  for (let i = 1; monday <= race; i++, monday += 7) {
    const first = Math.max(monday, start);
    const last = Math.min(monday + 6, race);
    weeks.push({ index: i, first, last, days: last - first + 1 });
  }
  return weeks;
}

/** Sessions of the two quality slots by phase (Daniels' phases II–IV; Pfitzinger's LT, VO2max and MP work). */
const QUALITY: Record<'build' | 'peak', Record<GoalDistance, [Session, Session]>> = {
  build: {
    marathon: ['tempo', 'intervals'],
    half: ['tempo', 'intervals'],
    '10k': ['intervals', 'tempo'],
    '5k': ['intervals', 'tempo'],
  },
  peak: {
    marathon: ['marathon_pace', 'tempo'],
    half: ['tempo', 'intervals'],
    '10k': ['intervals', 'tempo'],
    '5k': ['intervals', 'repetition'],
  },
};

/**
 * Runners whose plan cannot bring the long run to what the distance needs (READY_LONG_KM; the plan warns) keep
 * quality minimal: one session a week, easy long runs, no intervals, and marathon pace only in short segments
 * (Higdon's Novice 1 marathon plan has no speedwork at all; his Novice 2 adds short marathon-pace runs).
 */
const LIMITED_QUALITY: Record<'build' | 'peak', Record<GoalDistance, [Session, Session]>> = {
  build: {
    marathon: ['tempo', 'hills'],
    half: ['tempo', 'hills'],
    '10k': ['tempo', 'hills'],
    '5k': ['tempo', 'hills'],
  },
  peak: {
    marathon: ['marathon_pace', 'tempo'],
    half: ['tempo', 'hills'],
    '10k': ['tempo', 'hills'],
    '5k': ['tempo', 'hills'],
  },
};
/** Longest marathon-pace segment in a limited plan: Higdon's Novice 2 "pace" runs start at 3 miles (≈ 5 km). */
const LIMITED_MP_KM = 5;

/** Below this weekly volume one quality session a week is plenty (Higdon's novice plans have one or none). */
const SECOND_QUALITY_MIN_KM = 30;
/** Below this, the one session is strides (Daniels phase I). */
const FIRST_QUALITY_MIN_KM = 12;

interface Slot {
  day: number;
  role: SlotRole;
  session: Session;
  weight: number;
}

const WEIGHT: Partial<Record<Session, number>> = {
  recovery: 0.75,
  // Pfitzinger's medium-long run: about two thirds to three quarters of the long run.
  medium_long: 1.5,
  shakeout: 0.6,
  tempo: 1.25,
  intervals: 1.25,
  repetition: 1.15,
  hills: 1.1,
  marathon_pace: 1.5,
  sharpener: 1,
};

const BASE_ROTATION: Session[] = ['hills', 'strides', 'tempo'];

function sessionFor(role: SlotRole, t: WeekTarget, goal: GoalDistance, single: boolean, limited: boolean): Session {
  if (role === 'easy') return 'easy';
  if (role === 'recovery') return 'recovery';
  const parity = t.index % 2;
  if (role === 'long') return longMp(t, goal, limited) ? 'long_mp' : 'long';
  // At most one quality day a week for a runner far from the distance (Higdon's novice plans).
  if (role === 'q2' && limited) return 'strides';
  if (role === 'q2' && (t.cutback || t.totalKm < SECOND_QUALITY_MIN_KM)) return 'strides';
  if (t.totalKm < FIRST_QUALITY_MIN_KM) return 'strides';
  if (t.phase === 'base') {
    if (role === 'q2') return 'strides';
    // Long base blocks rotate hills, strides and a steady threshold run (Daniels phases I–II, Pfitzinger's
    // early LT runs) so that months of base do not repeat one session.
    if (t.position <= t.extraBase) return BASE_ROTATION[t.index % BASE_ROTATION.length] as Session;
    // Early base: strides only; later base: hills (Daniels phase I → II; Lydiard's hill phase).
    return t.phaseWeek * 2 < t.phaseLength && t.phaseLength > 1 && parity === 1 ? 'strides' : 'hills';
  }
  const table = (limited ? LIMITED_QUALITY : QUALITY)[t.phase === 'build' ? 'build' : 'peak'][goal];
  const session = (single ? table[parity] : table[role === 'q1' ? 0 : 1]) as Session;
  // A marathon-pace long run is the week's marathon-pace session and one of its two quality days (Pfitzinger:
  // two quality sessions a week at most, the long run among them when it carries marathon pace). The session
  // it replaces becomes a medium-long run, or threshold work when the week has only one session.
  if (longMp(t, goal, limited) && (session === 'marathon_pace' || !single)) {
    return single ? 'tempo' : role === 'q1' ? 'medium_long' : session === 'marathon_pace' ? 'tempo' : session;
  }
  return session;
}

/** Marathon-pace finishes on alternate long runs in the peak phase (Pfitzinger; Daniels' M-pace long runs). */
function longMp(t: WeekTarget, goal: GoalDistance, limited: boolean): boolean {
  return goal === 'marathon' && !limited && t.phase === 'peak' && !t.cutback && t.index % 2 === 0;
}

const floorTo = (x: number, q: number) => Math.floor(x / q + 1e-9) * q;
const nearest = (x: number, q: number) => Math.round(x / q) * q;

/** Splits `total` over the slots: long run first (capped), the rest by weight, rounded, within the caps. */
function distribute(slots: Slot[], t: WeekTarget, share: number, shareCap: number): number[] {
  const total = t.totalKm;
  const q = total < 15 ? 0.1 : 0.5;
  const cap = t.maxRunKm;
  const li = slots.findIndex((s) => s.session === 'long' || s.session === 'long_mp');
  const km = slots.map(() => 0);
  // The long run is at least an even share of the week (a coach's long run is the week's longest easy run),
  // within rules 5 and 6.
  const even = slots.length > 0 ? Math.ceil(total / slots.length / q - 1e-9) * q : 0;
  let long = li >= 0 ? Math.min(Math.max(t.longKm, even), cap, share * total) : 0;
  const others = slots.map((s, k) => (k === li ? 0 : s.weight));
  const wsum = others.reduce((a, b) => a + b, 0);
  let placed = 0;
  for (let k = 0; k < slots.length; k++) {
    if (k === li) continue;
    const raw = wsum > 0 ? ((total - long) * (others[k] as number)) / wsum : 0;
    km[k] = Math.min(raw, cap);
    placed += km[k] as number;
  }
  if (li >= 0) {
    // Volume the other runs could not take goes to the long run, as far as rules 5 and 6 allow.
    const left = total - long - placed;
    if (left > 0) long = Math.min(long + left, cap, (share / (1 - share)) * placed);
    km[li] = long;
  } else if (slots.length > 0 && wsum === 0) {
    km[0] = Math.min(total, cap);
  }
  const capQ = floorTo(cap, q);
  for (let k = 0; k < km.length; k++) {
    km[k] = k === li ? floorTo(Math.min(km[k] as number, cap), q) : Math.min(nearest(km[k] as number, q), capQ);
  }
  const maxTotal = t.maxTotalKm - 0.01;
  let sum = km.reduce((a, b) => a + b, 0);
  while (sum > Math.min(maxTotal, total + q / 2) + 1e-9) {
    let big = -1;
    for (let k = 0; k < km.length; k++) if (k !== li && (big < 0 || (km[k] as number) > (km[big] as number))) big = k;
    if (big < 0 || (km[big] as number) <= q) big = li;
    if (big < 0) break;
    km[big] = round2((km[big] as number) - q);
    sum = round2(sum - q);
  }
  if (li >= 0 && t.kind !== 'race') {
    while ((km[li] as number) > 0 && (km[li] as number) > shareCap * sum + 1e-9) {
      km[li] = round2((km[li] as number) - q);
      sum = round2(sum - q);
    }
  }
  return km.map(round2);
}

interface Ctx {
  req: PlanRequest;
  shape: Shape;
  pattern: PatternSlot[];
  paces: Paces | null;
  racePace: PaceRange | null;
  race: number;
  weeks: CalendarWeek[];
  out: PlanWeek[];
  /** Quality kept minimal: the plan cannot bring the long run to what the distance needs. */
  limited: boolean;
}

function slotsIn(ctx: Ctx, cal: CalendarWeek, lastDay: number): { day: number; role: SlotRole }[] {
  const res: { day: number; role: SlotRole }[] = [];
  for (const p of ctx.pattern) {
    const day = cal.first - weekdayIndexOfDay(cal.first) + p.weekday;
    if (day >= cal.first && day <= lastDay) res.push({ day, role: p.role });
  }
  return res;
}

function makeWeek(ctx: Ctx, cal: CalendarWeek, t: WeekTarget, workouts: Workout[]): BuiltWeek {
  workouts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let total = 0;
  let longest = 0;
  let longRun = 0;
  for (const w of workouts) {
    if (w.type === 'race') continue;
    total += w.distanceKm;
    longest = Math.max(longest, w.distanceKm);
    if (w.type === 'long') longRun = Math.max(longRun, w.distanceKm);
  }
  ctx.out.push({
    index: t.index,
    phase: t.phase,
    startDate: fromDayNumber(cal.first),
    totalKm: round2(total),
    workouts,
  });
  return { totalKm: round2(total), longestKm: longest, longRunKm: longRun };
}

function buildTrainingWeek(ctx: Ctx, t: WeekTarget): BuiltWeek {
  const cal = ctx.weeks[t.index - 1] as CalendarWeek;
  const goal = ctx.req.goal;
  const avail = slotsIn(ctx, cal, cal.last);
  const total = t.totalKm;
  // Enough runs for the volume: about 3 km or more each, and no run past rule 5's cap.
  const wanted = Math.max(Math.floor(total / MIN_RUN_KM), Math.ceil(total / (0.9 * t.maxRunKm)));
  const runs =
    total >= 4
      ? Math.max(Math.min(2, avail.length), Math.min(avail.length, wanted))
      : total >= 2
        ? Math.min(1, avail.length)
        : 0;
  const chosen = avail.slice(0, runs);
  const single = !chosen.some((s) => s.role === 'q2');
  const slots: Slot[] = chosen.map((s) => {
    let role = s.role;
    // A long run at most 45 % of its week (rule 6) cannot be the longest of only two runs, nor a lone run at
    // most half of it: such a week has easy runs only.
    if (role === 'long' && chosen.length * LONG_SHARE_CAP[goal] <= 1) role = 'easy';
    const session = sessionFor(role, t, goal, single, ctx.limited);
    return { day: s.day, role, session, weight: WEIGHT[session] ?? 1 };
  });
  const km = distribute(slots, t, ctx.shape.longShare, LONG_SHARE_CAP[goal]);
  // Daniels' limits are shares of the week as laid out (caps can leave it short of the target).
  const laidOut = km.reduce((a, b) => a + b, 0);
  const sctx = sessionContext(ctx, Math.min(total, laidOut));
  const workouts: Workout[] = [];
  slots.forEach((s, k) => {
    const d = km[k] as number;
    if (d >= 0.5) workouts.push(buildWorkout(fromDayNumber(s.day), s.session, d, sctx));
  });
  return makeWeek(ctx, cal, t, workouts);
}

function sessionContext(ctx: Ctx, weekKm: number): SessionContext {
  const sctx: SessionContext = { paces: ctx.paces, racePace: ctx.racePace, weekKm, goal: ctx.req.goal };
  if (ctx.limited) sctx.maxMarathonKm = LIMITED_MP_KM;
  return sctx;
}

function buildRaceWeek(ctx: Ctx, t: WeekTarget): BuiltWeek {
  const cal = ctx.weeks[t.index - 1] as CalendarWeek;
  const goal = ctx.req.goal;
  const race = ctx.race;
  const avail = slotsIn(ctx, cal, race - 1);
  // Quality slots first, then the long-run day (an easy run now), then easy days; the race is one of the run days.
  const order = [...avail].sort((a, b) => rank(a.role) - rank(b.role));
  const daysLeft = race - cal.first;
  const total = (t.totalKm * Math.min(6, daysLeft)) / 6;
  const runs = Math.min(order.length, ctx.req.daysPerWeek - 1, Math.floor(total / MIN_RUN_KM));
  const chosen = order.slice(0, Math.max(0, runs)).sort((a, b) => a.day - b.day);
  // One sharpener, at least 3 days out for the half and marathon, 2 for 5K/10K (Pfitzinger's race-week plan).
  const gap = goal === 'half' || goal === 'marathon' ? 3 : 2;
  const sharp = chosen.find((s) => (s.role === 'q1' || s.role === 'q2') && s.day <= race - gap);
  const slots: Slot[] = chosen.map((s) => {
    const session: Session = s === sharp ? 'sharpener' : s.day === race - 1 ? 'shakeout' : 'easy';
    return { day: s.day, role: s.role, session, weight: WEIGHT[session] ?? 1 };
  });
  const km = distribute(slots, { ...t, totalKm: total }, ctx.shape.longShare, LONG_SHARE_CAP[goal]);
  const sctx = sessionContext(ctx, total);
  const workouts: Workout[] = [];
  slots.forEach((s, k) => {
    // The sharpener stays short: its few fast pieces and at most the usual warm-up and cool-down.
    const d = s.session === 'sharpener' ? Math.min(km[k] as number, sharpenerMaxKm(goal)) : (km[k] as number);
    if (d >= 0.5) workouts.push(buildWorkout(fromDayNumber(s.day), s.session, d, sctx));
  });
  workouts.push(buildWorkout(fromDayNumber(race), 'race', GOAL_KM[goal], sctx));
  return makeWeek(ctx, cal, t, workouts);
}

function rank(role: SlotRole): number {
  return role === 'q1' ? 0 : role === 'q2' ? 1 : role === 'long' ? 2 : 3;
}

/** Days before the race with no long run and, in the last two, nothing hard (Pfitzinger's final week). */
const NO_LONG_WITHIN_DAYS = 5;
const EASY_ONLY_WITHIN_DAYS = 2;
const SHAKEOUT_MAX_KM = 5;

function sharpenFinalDays(ctx: Ctx): void {
  const sctx = (weekKm: number): SessionContext => sessionContext(ctx, weekKm);
  for (const week of ctx.out) {
    let changed = false;
    week.workouts = week.workouts.map((w) => {
      const before = ctx.race - dayNumber(w.date);
      if (w.type === 'race' || before <= 0) return w;
      if (before <= EASY_ONLY_WITHIN_DAYS && (isHardType(w.type) || w.distanceKm > SHAKEOUT_MAX_KM)) {
        changed = true;
        return buildWorkout(w.date, 'shakeout', Math.min(w.distanceKm, SHAKEOUT_MAX_KM), sctx(week.totalKm));
      }
      if (before <= NO_LONG_WITHIN_DAYS && w.type === 'long') {
        changed = true;
        return buildWorkout(w.date, 'easy', Math.round(w.distanceKm / 2), sctx(week.totalKm));
      }
      return w;
    });
    if (changed) {
      const training = (ws: Workout[]) => ws.reduce((s, w) => s + (w.type === 'race' ? 0 : w.distanceKm), 0);
      // Shorter runs around the long run can push it past rule 6's share: shorten it to fit.
      const share = LONG_SHARE_CAP[ctx.req.goal];
      const long = week.workouts.find((w) => w.type === 'long');
      const total = training(week.workouts);
      if (long && week.phase !== 'race' && long.distanceKm > share * total) {
        const others = total - long.distanceKm;
        const fit = Math.floor(((share * others) / (1 - share)) * 2) / 2;
        const i = week.workouts.indexOf(long);
        week.workouts[i] = buildWorkout(long.date, 'long', fit, sctx(total));
      }
      week.totalKm = round2(training(week.workouts));
    }
  }
}

export function longestLongRun(weeks: readonly PlanWeek[]): number {
  let m = 0;
  for (const w of weeks) for (const x of w.workouts) if (x.type === 'long') m = Math.max(m, x.distanceKm);
  return m;
}

export function generatePlan(req: PlanRequest): PlanOutcome {
  const error = validatePlanRequest(req);
  if (error) return { ok: false, error };
  const warnings: string[] = [];
  const start = dayNumber(req.startDate);
  const race = dayNumber(req.raceDate);
  const fitness = resolveFitness(req, race - start + 1);
  if (!fitness.ok) return { ok: false, error: fitness.error };
  warnings.push(...fitness.warnings);

  const weeklyKm = Math.max(req.weeklyKm, MIN_WEEKLY_KM);
  const weeks = calendar(start, race);
  const shape = shapeFor(req.goal, weeklyKm, req.daysPerWeek, weeks);
  const ctx: Ctx = {
    req,
    shape,
    pattern: weeklyPattern(req.daysPerWeek, weekdayToIndex(req.longRunDay)),
    paces: fitness.paces,
    racePace: fitness.racePace,
    race,
    weeks,
    out: [],
    limited: false,
  };
  const build = () => {
    ctx.out = [];
    runSchedule(shape, weeks, (t) => (t.kind === 'race' ? buildRaceWeek(ctx, t) : buildTrainingWeek(ctx, t)));
    sharpenFinalDays(ctx);
  };
  build();
  // A plan whose long run cannot reach what the distance needs keeps its quality minimal (the warning says so).
  if (longestLongRun(ctx.out) < READY_LONG_KM[req.goal]) {
    ctx.limited = true;
    build();
  }

  const plan: Plan = {
    goal: {
      distance: req.goal,
      distanceKm: GOAL_KM[req.goal],
      raceDate: req.raceDate,
      goalTime: req.goalTimeSec ? formatHms(req.goalTimeSec) : null,
      predictedTime: fitness.predictedSec ? formatHms(fitness.predictedSec) : null,
    },
    startDate: req.startDate,
    vdot: fitness.vdot,
    paces: fitness.paces,
    warnings,
    weeks: ctx.out,
    baseline: {
      weeklyKm,
      daysPerWeek: req.daysPerWeek,
      longRunDay: req.longRunDay,
      longRunKm: round2(shape.currentLongKm),
    },
  };
  warnings.push(...feasibilityWarnings(req, weeklyKm, longestLongRun(ctx.out), ctx.limited));
  return { ok: true, plan };
}
