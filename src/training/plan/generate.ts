/**
 * Plan generation: a periodized plan (base, build, peak, taper, race) from the runner's goal, dates, current
 * volume and days. Pure and deterministic (rule 12): the same request gives the same plan.
 */
import { dayNumber, fromDayNumber, weekdayIndexOfDay, weekdayToIndex } from '../dates.ts';
import { GOAL_KM } from '../distances.ts';
import { formatHms } from '../duration.ts';
import type { PlanError, PlanWarning } from '../notes.ts';
import type {
  GoalDistance,
  PaceRange,
  Paces,
  Phase,
  Plan,
  PlanOutcome,
  PlanRequest,
  PlanWeek,
  Weekday,
  Workout,
} from '../types.ts';
import { GOAL_DISTANCES, isHardType, WEEKDAY_NAMES } from '../types.ts';
import {
  CURRENT_LONG_SHARE,
  CUTBACK_EVERY,
  DANIELS_LIMITS,
  LONG_MAX_KM,
  LONG_MAX_MIN,
  LONG_SHARE_CAP,
  LONG_SHARE_TARGET,
  MAX_WEEKS,
  MIN_RUN_KM,
  MIN_WEEKLY_KM,
  MIN_WEEKS,
  NO_EARLY_CUTBACK_WEEKS,
  NOVICE,
  PEAK_LONG_KM,
  PEAK_LONG_RANGE,
  PEAK_VOLUME,
  READY_LONG_KM,
  SPIKE,
  STANDARD_WEEKS,
  TAPER_CAPS,
  TAPER_DAY_FRACTIONS,
  TAPER_DAYS,
  TAPER_WEEKS,
  WEEK_GROWTH,
} from './constants.ts';
import { resolveFitness } from './fitness.ts';
import { type PatternSlot, type SlotRole, weeklyPattern } from './pattern.ts';
import { buildWorkout, type Session, type SessionContext, sharpenerMaxKm } from './sessions.ts';
import { round2 } from './steps.ts';
import { feasibilityWarnings, timeCapBinds } from './warnings.ts';

/** Defaults for inputs the runner has not given (the caller applies them). */
export const DEFAULTS = { weeklyKm: 20, daysPerWeek: 4, longRunDay: 'sun' as Weekday } as const;

export function validatePlanRequest(req: PlanRequest): PlanError | null {
  if (!(GOAL_DISTANCES as readonly string[]).includes(req.goal)) {
    return { code: 'unknown_goal', goal: String(req.goal) };
  }
  const start = dayNumber(req.startDate);
  const race = dayNumber(req.raceDate);
  if (Number.isNaN(start)) return { code: 'bad_start_date', value: String(req.startDate) };
  if (Number.isNaN(race)) return { code: 'bad_race_date', value: String(req.raceDate) };
  if (race < start) return { code: 'race_before_start', raceDate: req.raceDate, startDate: req.startDate };
  const min = MIN_WEEKS[req.goal];
  const days = race - start + 1;
  if (days < min * 7) {
    const shorter = GOAL_DISTANCES.filter((g) => MIN_WEEKS[g] * 7 <= days).pop();
    const earliest = fromDayNumber(start + min * 7 - 1);
    return {
      code: 'too_soon',
      goal: req.goal,
      minWeeks: min,
      raceDate: req.raceDate,
      weeks: Math.floor(days / 7),
      days: days % 7,
      earliest,
      shorter: shorter ?? null,
    };
  }
  if (days > MAX_WEEKS * 7) {
    return { code: 'too_far', maxWeeks: MAX_WEEKS, startAfter: fromDayNumber(race - MAX_WEEKS * 7 + 1) };
  }
  if (!Number.isFinite(req.weeklyKm) || req.weeklyKm < 0 || req.weeklyKm > 300) {
    return { code: 'bad_weekly_km' };
  }
  if (!Number.isInteger(req.daysPerWeek) || req.daysPerWeek < 2 || req.daysPerWeek > 7) {
    return { code: 'bad_days_per_week' };
  }
  if (!(WEEKDAY_NAMES as readonly string[]).includes(req.longRunDay)) {
    return { code: 'bad_long_run_day' };
  }
  return null;
}

/** A calendar week of the plan (day numbers: days since 1970-01-01). */
export interface CalendarWeek {
  index: number;
  first: number;
  last: number;
  days: number;
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

/** What the week builder aims at: the week's total and long run, and what it is (for the sessions). */
interface WeekTarget {
  index: number;
  phase: Phase;
  kind: 'train' | 'taper' | 'race';
  totalKm: number;
  longKm: number;
  /** Rule 4's cap for this week. */
  maxTotalKm: number;
  /** Long-run share ceiling for this week (rule 6). */
  longShare: number;
  cutback: boolean;
  phaseWeek: number;
  phaseLength: number;
  /** Ordinal among the weeks before the taper (1-based). */
  position: number;
  /** Extra base weeks in front of the standard block. */
  extraBase: number;
}

/** A run already laid out, for rule 5's rolling 30 days. */
interface Placed {
  day: number;
  km: number;
}

interface Ctx {
  req: PlanRequest;
  pattern: PatternSlot[];
  paces: Paces | null;
  racePace: PaceRange | null;
  start: number;
  race: number;
  weeks: CalendarWeek[];
  out: PlanWeek[];
  /** Quality kept minimal: the plan cannot bring the long run to what the distance needs. */
  limited: boolean;
  /** Novices run easy and strides only before this day (rule 14). */
  noviceUntil: number;
  /** Rule 5's runs so far, the runner's longest run before the plan first. */
  placed: Placed[];
  /** Longest run rule 6's time cap allows (Infinity without paces). */
  longCapKm: number;
}

/** Rule 5's line for a run on `day` (a hair under it, so rounding never crosses it). */
function spikeLine(ctx: Ctx, day: number): number {
  let m = 0;
  for (let k = ctx.placed.length - 1; k >= 0; k--) {
    const p = ctx.placed[k] as Placed;
    if (p.day < day - SPIKE.windowDays) break;
    if (p.day <= day - 1) m = Math.max(m, p.km);
  }
  return SPIKE.factor * m + SPIKE.plusKm - 0.02;
}

function slotsIn(ctx: Ctx, cal: CalendarWeek, lastDay: number): { day: number; role: SlotRole }[] {
  const res: { day: number; role: SlotRole }[] = [];
  for (const p of ctx.pattern) {
    const day = cal.first - weekdayIndexOfDay(cal.first) + p.weekday;
    if (day >= cal.first && day <= lastDay) res.push({ day, role: p.role });
  }
  return res;
}

function sessionContext(ctx: Ctx, weekKm: number): SessionContext {
  const sctx: SessionContext = { paces: ctx.paces, racePace: ctx.racePace, weekKm, goal: ctx.req.goal };
  if (ctx.limited) sctx.maxMarathonKm = LIMITED_MP_KM;
  return sctx;
}

/**
 * Water-filling: adds `amount` to the entries of `km` in `idx` in proportion to `weight`, none above its `limit`.
 * Returns what could not be placed.
 */
function fill(km: number[], idx: number[], weight: number[], limit: number[], amount: number): number {
  let left = amount;
  for (let pass = 0; pass < 6 && left > 1e-6; pass++) {
    const open = idx.filter((k) => (km[k] as number) < (limit[k] as number) - 1e-9);
    const w = open.reduce((s, k) => s + (weight[k] as number), 0);
    if (open.length === 0 || w <= 0) break;
    let used = 0;
    for (const k of open) {
      const add = Math.min((left * (weight[k] as number)) / w, (limit[k] as number) - (km[k] as number));
      km[k] = (km[k] as number) + add;
      used += add;
    }
    left -= used;
  }
  return left;
}

/** Sessions whose shape does not depend on the week's volume. */
const STEADY = new Set<Session>(['easy', 'recovery', 'long', 'medium_long', 'shakeout', 'strides']);

/** Lays out one week: which days run, which sessions, how far. */
function buildWeek(ctx: Ctx, t: WeekTarget): void {
  const cal = ctx.weeks[t.index - 1] as CalendarWeek;
  const goal = ctx.req.goal;
  const raceWeek = t.kind === 'race';
  const lastDay = raceWeek ? ctx.race - 1 : cal.last;
  let avail = slotsIn(ctx, cal, lastDay);
  // The race is one of the week's run days.
  if (raceWeek) avail = avail.slice(0, Math.max(0, ctx.req.daysPerWeek - 1));
  const total = t.totalKm;
  const lines = avail.map((s) => Math.min(spikeLine(ctx, s.day), LONG_MAX_KM, ctx.longCapKm));
  const meanLine = lines.length ? lines.reduce((a, b) => a + b, 0) / lines.length : 0;
  // Runners of 4+ days spread even small weeks over their days (rule 6's median share), no run under 1.2 km.
  const minRun =
    ctx.req.daysPerWeek >= 4 && avail.length > 0
      ? Math.min(MIN_RUN_KM, meanLine, Math.max(1.2, total / avail.length))
      : Math.min(MIN_RUN_KM, meanLine);
  const wanted = Math.max(Math.ceil(total / Math.max(0.1, 0.95 * meanLine)), Math.floor(total / Math.max(0.1, minRun)));
  const n = total < 0.5 || avail.length === 0 ? 0 : Math.max(Math.min(2, avail.length), Math.min(avail.length, wanted));
  const chosen = avail.slice(0, n).map((x) => ({ ...x }));
  const chosenLines = lines.slice(0, n);
  // A week of 2 or 3 runs without its long-run day (a partial week) still has a long run (rule 6): its session day
  // becomes the long run, already spaced from the other hard days.
  if (!raceWeek && n >= 2 && !chosen.some((c) => c.role === 'long')) {
    const hardDays = new Set(
      ctx.pattern.filter((p) => p.role === 'long' || p.role === 'q1' || p.role === 'q2').map((p) => p.weekday),
    );
    const spaced = (c: { day: number }) => {
      const wd = weekdayIndexOfDay(c.day);
      return !hardDays.has((wd + 1) % 7) && !hardDays.has((wd + 6) % 7);
    };
    const q = chosen.find((c) => c.role === 'q1') ?? chosen.find((c) => c.role === 'q2') ?? chosen.find(spaced);
    if (q) q.role = 'long';
  }
  const single = !chosen.some((s) => s.role === 'q2');
  const novice = (day: number) => day < ctx.noviceUntil;
  const slots: Slot[] = chosen.map((s) => {
    let session: Session;
    if (raceWeek) session = s.role === 'long' ? 'easy' : s.role === 'q1' || s.role === 'q2' ? 'sharpener' : 'easy';
    else session = sessionFor(s.role, t, goal, single, ctx.limited);
    if (novice(s.day) && !['easy', 'recovery', 'long', 'strides'].includes(session)) session = 'strides';
    if (novice(s.day) && session === 'long_mp') session = 'long';
    return { day: s.day, role: s.role, session, weight: WEIGHT[session] ?? 1 };
  });
  // A medium-long run midweek in weeks of 5+ runs (Pfitzinger).
  if (!raceWeek && n >= 5 && !ctx.limited && !slots.some((s) => s.session === 'medium_long')) {
    // Midweek: the easy day farthest from the long run (Wednesday for a Sunday long run, as in Pfitzinger's
    // schedules), never the day before it.
    const longWd = weekdayToIndex(ctx.req.longRunDay);
    const apart = (day: number) => {
      const d = Math.abs(weekdayIndexOfDay(day) - longWd);
      return Math.min(d, 7 - d);
    };
    let easy: Slot | undefined;
    for (const sl of slots)
      if (sl.session === 'easy' && sl.role === 'easy' && (!easy || apart(sl.day) > apart(easy.day))) easy = sl;
    if (easy) {
      easy.session = 'medium_long';
      easy.weight = WEIGHT.medium_long ?? 1;
    }
  }
  const li = slots.findIndex((s) => s.role === 'long' && !raceWeek);
  const km = slots.map(() => 0);
  const q = total < 25 ? 0.1 : 0.5;
  // The long run: its target, at least an even share (it is the week's longest run), within rules 5 and 6.
  const shareCap = n >= 3 ? Math.min(LONG_SHARE_CAP[goal] - 0.01, Math.max(t.longShare, 1 / n + 0.02)) : 1;
  if (li >= 0) {
    const line = chosenLines[li] as number;
    km[li] = Math.min(Math.max(t.longKm, total / n), line, shareCap * total);
    // The other runs keep at least the smallest run (a 5 km long run beside a 1.3 km run is no week): the long
    // run gives way down to an even share.
    const room = total - (n - 1) * minRun;
    if ((km[li] as number) > room) km[li] = Math.max(Math.min(total / n, km[li] as number), room);
  }
  const longKm = li >= 0 ? (km[li] as number) : Number.POSITIVE_INFINITY;
  const limit = slots.map((_s, k) => (k === li ? (km[k] as number) : Math.min(chosenLines[k] as number, longKm)));
  const others = slots.map((_s, k) => k).filter((k) => k !== li);
  fill(
    km,
    others,
    slots.map((s) => s.weight),
    limit,
    total - (li >= 0 ? (km[li] as number) : 0),
  );
  const raw = km.reduce((a, b) => a + b, 0);
  for (let k = 0; k < km.length; k++) km[k] = floorTo(km[k] as number, q);
  // What flooring took off goes back in steps of q to easy runs with room under their lines and the long run, so
  // the week keeps its volume (rules 3 and 7: rounding alone never makes a week lighter).
  let lost = raw - km.reduce((a, b) => a + b, 0);
  const roomy = others.filter(
    (k) => (slots[k] as Slot).session === 'easy' || (slots[k] as Slot).session === 'recovery',
  );
  for (let guard = 0; guard < 12 && lost >= q - 1e-9; guard++) {
    const k = roomy.find(
      (x) =>
        (km[x] as number) + q <= (limit[x] as number) + 1e-9 &&
        (li < 0 || (km[x] as number) + q <= (km[li] as number) + 1e-9),
    );
    if (k === undefined) break;
    km[k] = (km[k] as number) + q;
    lost -= q;
  }
  // The long run rounds up where rules 5 and 6 leave room, so the runs limited to it can carry the week.
  if (li >= 0) {
    const up = Math.ceil(longKm / q - 1e-9) * q;
    const cap = Math.min(floorTo(chosenLines[li] as number, q), floorTo(shareCap * total, q));
    const sum = km.reduce((x, y) => x + y, 0);
    // A taper week's total is a ceiling (rule 8, and below the lightest peak week): rounding up never passes it.
    const ceiling = t.kind === 'train' ? t.maxTotalKm : Math.min(t.maxTotalKm, t.totalKm + 0.05);
    if (up <= cap && sum - (km[li] as number) + up <= ceiling) {
      km[li] = up;
      limit[li] = up;
    }
  }
  // Workouts are rebuilt as the week settles; the same session at the same length is built once (speed: rule 12
  // makes this safe, the builder is pure).
  const dates = slots.map((sl) => fromDayNumber(sl.day));
  const cache = new Map<string, Workout>();
  const build = (weekKm: number) => {
    const sctx = sessionContext(ctx, weekKm);
    return slots.map((sl, k) => {
      const d = sl.session === 'sharpener' ? Math.min(km[k] as number, sharpenerMaxKm(goal)) : (km[k] as number);
      if (d < 0.5) return null;
      const key = `${k}|${sl.session}|${d}|${STEADY.has(sl.session) ? '' : weekKm}`;
      let w = cache.get(key);
      if (!w) {
        w = buildWorkout(dates[k] as string, sl.session, d, sctx);
        cache.set(key, w);
      }
      return w;
    });
  };
  // Daniels' limits are shares of the week as it comes out; a session that keeps its warm-up and cool-down within
  // 3 km each can come out shorter than its day (rule 6): that volume goes to the easy days where it fits.
  let weekKm = km.reduce((a, b) => a + b, 0);
  let built = build(weekKm);
  const planned = [...km];
  for (let pass = 0; pass < 4; pass++) {
    let deficit = 0;
    const trimmed: number[] = [];
    built.forEach((w, k) => {
      if (w && w.distanceKm < (km[k] as number) - 1e-9) {
        deficit += (km[k] as number) - w.distanceKm;
        km[k] = w.distanceKm;
        limit[k] = w.distanceKm;
        trimmed.push(k);
      }
    });
    if (deficit > 1e-6) {
      const easyIdx = slots.map((_s, k) => k).filter((k) => built[k]?.type === 'easy' || built[k]?.type === 'recovery');
      const before = easyIdx.map((k) => km[k] as number);
      let left = fill(
        km,
        easyIdx,
        slots.map(() => 1),
        limit.map((l, k) => (k === li ? l : Math.min(l, longKm))),
        deficit,
      );
      easyIdx.forEach((k, j) => {
        km[k] = Math.max(before[j] as number, floorTo(km[k] as number, q));
      });
      // Flooring a deficit spread thin over several days can drop all of it: what is left goes back in whole
      // steps of q to the easy days with room (none past the long run).
      left = deficit - easyIdx.reduce((t, k, j) => t + (km[k] as number) - (before[j] as number), 0);
      for (let guard = 0; guard < 24 && left >= q - 1e-9; guard++) {
        const e = easyIdx.find(
          (k) =>
            (km[k] as number) + q <= (chosenLines[k] as number) + 1e-9 &&
            (li < 0 || k === li || (km[k] as number) + q <= (km[li] as number) + 1e-9),
        );
        if (e === undefined) break;
        km[e] = (km[e] as number) + q;
        left -= q;
      }
      // Still short: the long run grows within rules 5 and 6 (and no more than 15 % above an even share, rule 9's
      // range giving way only to a big week), so the easy days under it can take the rest.
      if (left > 0.5 && li >= 0 && n >= 5 && !t.cutback && easyIdx.length > 0) {
        const cap = Math.min(
          floorTo(chosenLines[li] as number, q),
          floorTo(shareCap * total, q),
          floorTo((1.15 * total) / n, q),
        );
        const room = cap - (km[li] as number);
        // Rule 4: never past the week's cap.
        left = Math.min(left, floorTo(t.maxTotalKm - km.reduce((a, b) => a + b, 0), q));
        if (room >= q && left >= q) {
          const per = Math.min(room, left, Math.ceil(left / (easyIdx.length + 1) / q - 1e-9) * q);
          km[li] = (km[li] as number) + per;
          limit[li] = km[li] as number;
          let rest = left - per;
          for (const k of easyIdx) {
            const add = Math.max(
              0,
              Math.min(rest, floorTo(Math.min(chosenLines[k] as number, km[li] as number) - (km[k] as number), q)),
            );
            km[k] = (km[k] as number) + floorTo(add, q);
            rest -= floorTo(add, q);
          }
          left = rest;
        }
      }
      // Volume first: where the easy days cannot take what a session gave up, its day becomes an easy run with
      // strides at the planned length (a big week on few days keeps its volume; rule 3).
      const k = trimmed.filter((x) => x !== li).pop();
      if (left > 0.5 && k !== undefined) {
        const slot = slots[k] as Slot;
        slot.session = 'strides';
        km[k] = planned[k] as number;
        limit[k] = planned[k] as number;
        // The session's day takes its volume back, so the easy days and then the long run give up what they took
        // for it: the week comes back to its planned total, within rule 4's cap, and the long run stays the longest.
        let excess = km.reduce((a, b) => a + b, 0) - planned.reduce((a, b) => a + b, 0);
        for (let j = easyIdx.length - 1; j >= 0 && excess > 1e-9; j--) {
          const e = easyIdx[j] as number;
          const cut = Math.min(excess, Math.max(0, (km[e] as number) - (planned[e] as number)));
          km[e] = Math.round(((km[e] as number) - cut) / q) * q;
          excess -= cut;
        }
        if (li >= 0 && excess > 1e-9) {
          const cut = Math.min(excess, Math.max(0, (km[li] as number) - (planned[li] as number)));
          km[li] = Math.round(((km[li] as number) - cut) / q) * q;
          limit[li] = km[li] as number;
        }
      }
    }
    const sum = km.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - weekKm) < 1e-6 && deficit <= 1e-6) break;
    weekKm = sum;
    built = build(weekKm);
  }
  // Daniels' limits against the week as it came out.
  const outKm = built.reduce((t, w) => t + (w ? w.distanceKm : 0), 0);
  built = built.map((w, k) =>
    w && isHardType(w.type) && overLimits(w, outKm)
      ? buildWorkout(w.date, slots[k]?.session ?? 'easy', w.distanceKm, sessionContext(ctx, 0.9 * outKm))
      : w,
  );
  let workouts = built.filter((w): w is Workout => w !== null);
  const long = li >= 0 ? built[li] : null;
  if (long && workouts.length >= 3) {
    const sum = trainingKm(workouts);
    const cap = t.longShare + 0.005;
    if (long.distanceKm > cap * sum) {
      const fit = floorTo((cap * (sum - long.distanceKm)) / (1 - cap), q);
      const sctx = sessionContext(ctx, sum);
      const next = buildWorkout(long.date, slots[li]?.session ?? 'long', fit, sctx);
      workouts = workouts.map((w) =>
        w === long ? next : w.distanceKm > next.distanceKm ? buildWorkout(w.date, 'easy', next.distanceKm, sctx) : w,
      );
    }
  }
  if (raceWeek)
    workouts.push(buildWorkout(fromDayNumber(ctx.race), 'race', GOAL_KM[goal], sessionContext(ctx, weekKm)));
  for (const w of workouts) if (w.type !== 'race') ctx.placed.push({ day: dayNumber(w.date), km: w.distanceKm });
  ctx.placed.sort((a, b) => a.day - b.day);
  workouts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  ctx.out.push({
    index: t.index,
    phase: t.phase,
    startDate: fromDayNumber(cal.first),
    totalKm: round2(trainingKm(workouts)),
    workouts,
  });
}

const trainingKm = (ws: readonly Workout[]) => ws.reduce((s, w) => s + (w.type === 'race' ? 0 : w.distanceKm), 0);

/** Days before the race with no long run and, in the last two, nothing hard (Pfitzinger's final week). */
const NO_LONG_WITHIN_DAYS = 5;
const EASY_ONLY_WITHIN_DAYS = 2;
const SHAKEOUT_MAX_KM = 5;
/** The last days keep some intensity (Bosquet 2007): a short session or strides in the final 10 days. */
const SHARP_WITHIN_DAYS = 10;
/** Shorter than this a trimmed taper run becomes a rest day. */
const MIN_TAPER_RUN_KM = 1.5;

/** The session a built workout came from (to rebuild it at another length). */
function sessionOf(w: Workout): Session {
  const zones = new Set(w.steps.map((s) => s.zone));
  switch (w.type) {
    case 'easy':
      return zones.has('stride') ? 'strides' : 'easy';
    case 'long':
      return zones.has('marathon') ? 'long_mp' : 'long';
    case 'intervals':
      return zones.has('race') ? 'sharpener' : zones.has('repetition') ? 'repetition' : 'intervals';
    case 'tempo':
      return zones.has('race') || (w.steps.find((s) => s.kind === 'work')?.reps ?? 0) > 1 ? 'tempo' : 'tempo';
    default:
      return w.type as Session;
  }
}

function workKm(w: Workout, zone: string): number {
  return w.steps.filter((s) => s.zone === zone && s.kind === 'work').reduce((t, s) => t + s.reps * s.distanceKm, 0);
}

/** Daniels' per-session limits against the week as it came out (rule 14). */
function overLimits(w: Workout, weekKm: number): boolean {
  return (
    workKm(w, 'threshold') > DANIELS_LIMITS.threshold.share * weekKm + 0.01 ||
    workKm(w, 'interval') > Math.min(DANIELS_LIMITS.interval.share * weekKm, DANIELS_LIMITS.interval.maxKm) + 0.01 ||
    workKm(w, 'repetition') > DANIELS_LIMITS.repetition.share * weekKm + 0.01
  );
}

/**
 * The taper, counted back from race day whatever weekday the race is (rule 8): the final days easy, the 7-day
 * windows under their caps, a little intensity kept, and the weeks it touched kept within rules 6 and 14.
 */
function finishTaper(ctx: Ctx, s: Shape): void {
  const race = ctx.race;
  const goal = ctx.req.goal;
  const touched = new Set<PlanWeek>();
  const set = (week: PlanWeek, w: Workout, next: Workout | null) => {
    const i = week.workouts.indexOf(w);
    if (next) week.workouts[i] = next;
    else week.workouts.splice(i, 1);
    week.totalKm = round2(trainingKm(week.workouts));
    touched.add(week);
  };
  const rebuild = (week: PlanWeek, w: Workout, session: Session, km: number) =>
    set(week, w, km < 0.5 ? null : buildWorkout(w.date, session, km, sessionContext(ctx, week.totalKm)));
  // Only the last five weeks can hold the taper's days (the 21 before the race and the week around them).
  const tail = ctx.out.filter((week) => dayNumber(week.startDate) >= race - 35);
  const entries = () => tail.flatMap((week) => week.workouts.map((w) => ({ week, w, b: race - dayNumber(w.date) })));

  // The final days: nothing hard in the last two, no long run in the last five, one short session in the last seven.
  const gap = goal === 'half' || goal === 'marathon' ? 3 : 2;
  let sharpener = false;
  for (const { week, w, b } of entries()) {
    if (w.type === 'race' || b <= 0 || b > 7) continue;
    if (b <= EASY_ONLY_WITHIN_DAYS && (isHardType(w.type) || w.distanceKm > SHAKEOUT_MAX_KM)) {
      rebuild(week, w, 'shakeout', Math.min(w.distanceKm, SHAKEOUT_MAX_KM));
    } else if (b <= NO_LONG_WITHIN_DAYS && w.type === 'long') {
      rebuild(week, w, 'easy', Math.round(w.distanceKm / 2));
    } else if (isHardType(w.type) && w.type !== 'long') {
      if (!sharpener && b >= gap) {
        sharpener = true;
        rebuild(week, w, 'sharpener', Math.min(w.distanceKm, sharpenerMaxKm(goal)));
      } else rebuild(week, w, 'easy', w.distanceKm);
    }
  }

  // Rule 8's windows, under the peak 7 days before the taper.
  const all = () => tail.flatMap((week) => week.workouts.map((w) => ({ week, w, day: dayNumber(w.date) })));
  const everything = ctx.out.flatMap((week) => week.workouts.map((w) => ({ w, day: dayNumber(w.date) })));
  const sumIn = (from: number, to: number) =>
    all()
      .filter((e) => e.w.type !== 'race' && e.day >= from && e.day <= to)
      .reduce((t, e) => t + e.w.distanceKm, 0);
  const perDay = new Float64Array(Math.max(0, s.taperStart - ctx.start));
  for (const e of everything)
    if (e.w.type !== 'race' && e.day < s.taperStart)
      perDay[e.day - ctx.start] = (perDay[e.day - ctx.start] ?? 0) + e.w.distanceKm;
  let peak = 0;
  let win = 0;
  for (let k = 0; k < perDay.length; k++) {
    win += perDay[k] as number;
    if (k >= 7) win -= perDay[k - 7] as number;
    if (k >= 6) peak = Math.max(peak, win);
  }
  const caps = TAPER_CAPS[goal];
  caps.forEach((cap, k) => {
    if (!Number.isFinite(cap) || peak <= 0) return;
    const from = race - 7 * (k + 1);
    const to = race - 1 - 7 * k;
    const limit = cap * peak - 0.1;
    for (let guard = 0; guard < 60; guard++) {
      const sum = sumIn(from, to);
      if (sum <= limit) break;
      const inWin = all().filter((e) => e.w.type !== 'race' && e.day >= from && e.day <= to);
      const easy = inWin.filter((e) => !isHardType(e.w.type) || e.w.type === 'long');
      const pool = easy.length > 0 ? easy : inWin;
      pool.sort(
        (a, b) => b.w.distanceKm - a.w.distanceKm || (a.w.type === 'long' ? 1 : 0) - (b.w.type === 'long' ? 1 : 0),
      );
      const top = pool[0];
      if (!top) break;
      const cut = Math.max(0.5, Math.min(0.25 * top.w.distanceKm, sum - limit));
      const km = Math.floor((top.w.distanceKm - cut) * 2) / 2;
      const session = easy.length > 0 ? sessionOf(top.w) : 'easy';
      if (km < MIN_TAPER_RUN_KM) set(top.week, top.w, null);
      else rebuild(top.week, top.w, session, km);
    }
  });

  // Weeks touched keep rule 6 (the long run the longest, within its share) and rule 14 (limits of the new total).
  const share = LONG_SHARE_CAP[goal];
  for (const week of touched) {
    const long = week.workouts.find((w) => w.type === 'long');
    if (long) {
      for (const w of [...week.workouts]) {
        if (w !== long && w.type !== 'race' && w.distanceKm > long.distanceKm)
          rebuild(week, w, sessionOf(w), long.distanceKm);
      }
      const runs = week.workouts.filter((w) => w.type !== 'race');
      const total = trainingKm(week.workouts);
      if (runs.length >= 3 && long.distanceKm > share * total + 1e-9 && week.phase !== 'race') {
        const fit = Math.floor((((share - 0.005) * (total - long.distanceKm)) / (1 - share)) * 2) / 2;
        rebuild(week, long, 'long', fit);
      }
    }
    for (let pass = 0; pass < 3; pass++) {
      const over = week.workouts.filter((w) => isHardType(w.type) && w.type !== 'race' && overLimits(w, week.totalKm));
      if (over.length === 0) break;
      for (const w of over) {
        const fresh = buildWorkout(w.date, sessionOf(w), w.distanceKm, sessionContext(ctx, week.totalKm * 0.97));
        set(
          week,
          w,
          overLimits(fresh, week.totalKm) ? buildWorkout(w.date, 'easy', w.distanceKm, sessionContext(ctx, 0)) : fresh,
        );
      }
    }
  }
  // Some intensity in the last ten days: strides on an easy day when nothing else is quick (after rule 14's
  // repairs above, which may have turned a session easy).
  const quick = all().some(
    (e) =>
      e.w.type !== 'race' &&
      e.day >= race - SHARP_WITHIN_DAYS &&
      e.day < race &&
      e.w.steps.some((st) => st.kind === 'work' && st.zone !== 'easy'),
  );
  if (!quick && race - ctx.start >= 14) {
    const inWin = all().filter((e) => e.day >= race - SHARP_WITHIN_DAYS && e.day <= race - 2);
    // An easy day first, else the shakeout the day before the race (strides there are Pfitzinger's), and a long
    // run only as the last resort (it stops being the week's long run).
    const easy =
      inWin.filter((e) => e.w.type === 'easy').sort((a, b) => b.w.distanceKm - a.w.distanceKm)[0] ??
      all().find((e) => e.day === race - 1 && e.w.type === 'easy') ??
      inWin.filter((e) => e.w.type === 'long' || e.w.type === 'recovery').sort((a, b) => a.day - b.day)[0];
    if (easy) rebuild(easy.week, easy.w, 'strides', easy.w.distanceKm);
  }
  for (const week of ctx.out) week.totalKm = round2(trainingKm(week.workouts));
}

/** The runner's current volume grown to a peak (Pfitzinger's plan families peak about a third above their start). */
export function peakWeeklyKm(goal: GoalDistance, weeklyKm: number): number {
  const v = PEAK_VOLUME[goal];
  const wanted = Math.max(weeklyKm * v.factor, v.floorKm);
  return Math.max(weeklyKm, Math.min(wanted, weeklyKm * 2, weeklyKm + v.maxGainKm));
}

/** Numbers of the whole plan before any week is laid out. */
interface Shape {
  weeklyKm: number;
  peakKm: number;
  peakLongKm: number;
  startLongKm: number;
  /** Weeks before the taper and the taper's first day. */
  preTaper: number;
  taperStart: number;
  extra: number;
  cutbacks: Set<number>;
  peakFrom: number;
  buildFrom: number;
  /** No week before the peak above this (set when the peak weeks' sessions cannot carry the planned volume). */
  capBeforePeak: number;
}

function shapeOf(req: PlanRequest, weeks: CalendarWeek[], race: number, longCapKm: number): Shape {
  const goal = req.goal;
  const weeklyKm = Math.max(req.weeklyKm, MIN_WEEKLY_KM);
  // The taper owns the days counted back from race day (days 1–14, or 1–21 for the marathon, race day included).
  const taperStart = race - TAPER_DAYS[goal];
  const preTaper = weeks.filter((w) => w.last < taperStart).length;
  const planWeeks = (race - (weeks[0] as CalendarWeek).first + 1) / 7;
  const extra = Math.max(0, preTaper - (STANDARD_WEEKS[goal] - TAPER_WEEKS[goal]));
  // Volume builds (rule 9): at least 110 % of the current volume by the peak in plans of 12+ weeks; long plans
  // add about 6 % for every four extra base weeks, at most double the current volume.
  let peakKm = peakWeeklyKm(goal, weeklyKm) * 1.06 ** (extra / 8);
  if (planWeeks >= NO_EARLY_CUTBACK_WEEKS && weeklyKm <= 100) peakKm = Math.max(peakKm, 1.15 * weeklyKm);
  peakKm = Math.min(
    peakKm,
    Math.max(1.15 * weeklyKm, Math.min(2 * weeklyKm, weeklyKm + 1.5 * PEAK_VOLUME[goal].maxGainKm)),
  );
  const startLongKm = req.longestRunKm ?? CURRENT_LONG_SHARE * weeklyKm;
  // The peak long run: the goal's usual peak, more for runners whose volume spreads further (the long run stays
  // the week's longest), within rule 6's time and distance caps.
  const range = PEAK_LONG_RANGE[goal];
  const byVolume = (1.05 * peakKm) / Math.max(1, req.daysPerWeek);
  const peakLongKm = Math.min(Math.max(PEAK_LONG_KM[goal], Math.min(byVolume, range[1])), longCapKm, LONG_MAX_KM);
  // Lighter weeks (rule 7) planned back from the taper, so the last three weeks before it build to the peak; none
  // in the first three weeks, and the first by the fourth.
  const cutbacks = new Set<number>();
  const lastCutback = preTaper - (CUTBACK_EVERY - 1);
  // A block of exactly four weeks takes its lighter week third, so its last week is the peak (not both at once).
  if (preTaper >= CUTBACK_EVERY) cutbacks.add(Math.min(CUTBACK_EVERY, preTaper - 1));
  if (lastCutback > CUTBACK_EVERY) {
    const gaps = Math.ceil((lastCutback - CUTBACK_EVERY) / CUTBACK_EVERY);
    for (let g = 1; g <= gaps; g++)
      cutbacks.add(CUTBACK_EVERY + Math.round((g * (lastCutback - CUTBACK_EVERY)) / gaps));
  }
  const lastCut = Math.max(0, ...cutbacks);
  const main = preTaper - extra;
  const peakLen =
    lastCut > 0 && preTaper - lastCut >= 1 ? preTaper - lastCut : Math.min(3, Math.max(1, Math.ceil(main / 3)));
  const peakFrom = preTaper - peakLen + 1;
  // About a third each for base, build and peak (Daniels' phases II–IV); the peak is the weeks after the last
  // lighter week, and build takes what the peak gives up.
  const buildFrom = Math.min(peakFrom, extra + Math.max(1, Math.round(main / 3)) + 1);
  return {
    weeklyKm,
    peakKm,
    peakLongKm,
    startLongKm,
    preTaper,
    taperStart,
    extra,
    cutbacks,
    peakFrom,
    buildFrom,
    capBeforePeak: Number.POSITIVE_INFINITY,
  };
}

function phaseOf(s: Shape, pos: number): { phase: Phase; phaseWeek: number; phaseLength: number } {
  if (pos >= s.peakFrom)
    return { phase: 'peak', phaseWeek: pos - s.peakFrom, phaseLength: s.preTaper - s.peakFrom + 1 };
  if (pos >= s.buildFrom)
    return { phase: 'build', phaseWeek: pos - s.buildFrom, phaseLength: s.peakFrom - s.buildFrom };
  return { phase: 'base', phaseWeek: pos - 1, phaseLength: Math.max(1, s.buildFrom - 1) };
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/** Lays out every week in order: each week's caps come from the weeks actually built before it. */
function buildAll(ctx: Ctx, s: Shape): void {
  const goal = ctx.req.goal;
  const totals: number[] = [];
  let lastFullLong = 0;
  let peak7 = 0;
  let minPeak = Number.POSITIVE_INFINITY;
  const fr = TAPER_DAY_FRACTIONS[goal];
  const fullPre = ctx.weeks.filter((w) => w.index <= s.preTaper && w.days === 7).length;
  const lateWeeks = Math.floor((fullPre - 1) / 2);
  ctx.weeks.forEach((cal, i) => {
    const index = i + 1;
    let prevMax = 0;
    for (let k = 1; k <= WEEK_GROWTH.lookback; k++) prevMax = Math.max(prevMax, totals[i - k] ?? s.weeklyKm);
    const maxTotalKm = WEEK_GROWTH.factor * prevMax + WEEK_GROWTH.plusKm - 0.05;
    const prev = totals[i - 1] ?? s.weeklyKm;
    const prevPerWeek = i === 0 ? s.weeklyKm : (prev * 7) / (ctx.weeks[i - 1] as CalendarWeek).days;
    let t: WeekTarget;
    if (index <= s.preTaper) {
      const pos = index;
      // The ramp counts full weeks: the first full week starts at the current volume (rule 3).
      const full = pos - ((ctx.weeks[0] as CalendarWeek).days < 7 ? 1 : 0);
      const f = clamp01((full - 1) / Math.max(1, s.preTaper - 3));
      let level = s.weeklyKm + (s.peakKm - s.weeklyKm) * f;
      const cutback = s.cutbacks.has(pos);
      if (cutback) level = Math.min(level, 0.85 * prevPerWeek);
      else if (pos > 1) level = Math.max(level, Math.min(prevPerWeek, s.peakKm));
      // Long run: a ramp to the peak, never behind what rule 5's 10 % a week can still turn into the peak.
      const stepsLeft = Math.floor(0.75 * Math.max(0, s.preTaper - pos));
      const needed = s.peakLongKm / 1.09 ** stepsLeft;
      let longKm = Math.max(s.startLongKm + (s.peakLongKm - s.startLongKm) * f, needed);
      longKm = Math.min(longKm, s.peakLongKm);
      if (cutback && lastFullLong > 0) longKm = Math.min(longKm, 0.85 * lastFullLong);
      const ph = phaseOf(s, pos);
      // The last 40 % of the block may use rule 6's ceiling, but fewer than half of its full weeks, so the median
      // share stays under rule 6's 35/40 % however short the block is.
      const late = pos > Math.max(0.6 * s.preTaper, s.preTaper - lateWeeks) || ctx.req.daysPerWeek < 4;
      t = {
        index,
        kind: 'train',
        ...ph,
        totalKm: Math.min((level * cal.days) / 7, maxTotalKm, pos < s.peakFrom ? s.capBeforePeak : maxTotalKm),
        longKm,
        maxTotalKm,
        longShare: (late ? LONG_SHARE_CAP[goal] : LONG_SHARE_TARGET[goal]) - 0.01,
        cutback,
        position: pos,
        extraBase: s.extra,
      };
    } else {
      // Taper and race week: each day counts at its window's share of the peak 7 days (rule 8, from race day).
      let sum = 0;
      for (let d = cal.first; d <= Math.min(cal.last, ctx.race - 1); d++) {
        const b = ctx.race - d;
        sum += b <= 7 ? fr[0] : b <= 14 ? fr[1] : b <= 21 ? fr[2] : 1;
      }
      const race = cal.last >= ctx.race;
      const b = ctx.race - cal.last;
      t = {
        index,
        kind: race ? 'race' : 'taper',
        phase: race ? 'race' : 'taper',
        phaseWeek: index - s.preTaper - 1,
        phaseLength: ctx.weeks.length - s.preTaper,
        // No taper week above the lightest full peak week (the peak holds the plan's biggest weeks).
        totalKm: Math.min((peak7 * sum) / 7, maxTotalKm, minPeak - 0.1),
        longKm: (b <= 7 ? 0.5 : b <= 14 ? 0.65 : 0.8) * s.peakLongKm,
        maxTotalKm,
        longShare: LONG_SHARE_CAP[goal] - 0.01,
        cutback: false,
        position: index,
        extraBase: s.extra,
      };
    }
    buildWeek(ctx, t);
    const built = ctx.out[i] as PlanWeek;
    totals.push(built.totalKm);
    if (t.kind === 'train') {
      const long = built.workouts.filter((w) => w.type === 'long').reduce((m, w) => Math.max(m, w.distanceKm), 0);
      if (!t.cutback && long > 0) lastFullLong = long;
      peak7 = Math.max(peak7, (built.totalKm * 7) / cal.days);
      if (t.phase === 'peak' && cal.days === 7) minPeak = Math.min(minPeak, built.totalKm);
    }
  });
}

export function longestLongRun(weeks: readonly PlanWeek[]): number {
  let m = 0;
  for (const w of weeks) for (const x of w.workouts) if (x.type === 'long') m = Math.max(m, x.distanceKm);
  return m;
}

/** Rule 6's time cap in km: the longest a long run may be at the middle of the easy band. */
function longCapKm(goal: GoalDistance, paces: Paces | null): number {
  if (!paces) return Number.POSITIVE_INFINITY;
  const mid = (paces.easy.minSecPerKm + paces.easy.maxSecPerKm) / 2;
  return Math.floor(((LONG_MAX_MIN[goal] * 60) / mid) * 2) / 2;
}

export function generatePlan(req: PlanRequest): PlanOutcome {
  const error = validatePlanRequest(req);
  if (error) return { ok: false, error };
  const warnings: PlanWarning[] = [];
  const start = dayNumber(req.startDate);
  const race = dayNumber(req.raceDate);
  const fitness = resolveFitness(req, race - start + 1);
  if (!fitness.ok) return { ok: false, error: fitness.error };
  warnings.push(...fitness.warnings);

  const weeklyKm = Math.max(req.weeklyKm, MIN_WEEKLY_KM);
  const weeks = calendar(start, race);
  const cap = longCapKm(req.goal, fitness.paces);
  const shape = shapeOf(req, weeks, race, cap);
  const novice = !req.recentRace && req.weeklyKm < NOVICE.weeklyKm;
  const ctx: Ctx = {
    req,
    pattern: weeklyPattern(req.daysPerWeek, weekdayToIndex(req.longRunDay)),
    paces: fitness.paces,
    racePace: fitness.racePace,
    start,
    race,
    weeks,
    out: [],
    limited: false,
    noviceUntil: novice ? start + NOVICE.easyDays : start,
    placed: [],
    longCapKm: cap,
  };
  const build = () => {
    ctx.out = [];
    ctx.placed = [{ day: start - 1, km: shape.startLongKm }];
    buildAll(ctx, shape);
    finishTaper(ctx, shape);
  };
  build();
  // A plan whose long run cannot reach what the distance needs keeps its quality minimal (the warning says so).
  // The long run's time cap (rule 6) binding is no reason for it: a slower runner's long run is capped, not short
  // of training, and a later race would not lengthen it.
  const longest = longestLongRun(ctx.out);
  if (longest < READY_LONG_KM[req.goal] && !timeCapBinds(READY_LONG_KM[req.goal], longest, cap)) {
    ctx.limited = true;
    build();
  }
  // The peak holds the plan's biggest weeks: where every run sits at its cap, the peak's sessions (warm-up and
  // cool-down at most 3 km each, rule 6) cannot carry a full day while an all-easy base week can; the weeks
  // before the peak are then held to what the peak weeks carry.
  const peakMax = ctx.out.reduce(
    (m, w, i) => (w.phase === 'peak' && (weeks[i] as CalendarWeek).days === 7 ? Math.max(m, w.totalKm) : m),
    0,
  );
  const beforeMax = ctx.out.reduce(
    (m, w) => (w.phase === 'base' || w.phase === 'build' ? Math.max(m, w.totalKm) : m),
    0,
  );
  if (peakMax > 0 && beforeMax > peakMax + 0.5) {
    shape.capBeforePeak = peakMax - 0.5;
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
      longRunKm: round2(shape.startLongKm),
    },
  };
  warnings.push(...feasibilityWarnings(req, weeklyKm, longestLongRun(ctx.out), ctx.limited, cap));
  return { ok: true, plan };
}
