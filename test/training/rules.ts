/**
 * An independent reading of design.md's "Training rules, version 2", used by the property tests. It recomputes
 * everything from the workouts (not from the engine's own totals) so that it checks the engine rather than
 * repeating it. Each violation is a line starting with its rule ("rule 5: ...").
 */
import type { Plan, PlanRequest, Workout } from '../../src/training/index.ts';

const DAY = 86_400_000;
export const dn = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const GOAL_KM = { '5k': 5, '10k': 10, half: 21.0975, marathon: 42.195 } as const;
const EPS = 1e-6;

export const HARD = (w: Workout) => w.type !== 'easy' && w.type !== 'recovery';
const active = (w: Workout) => w.status !== 'skipped' && w.status !== 'missed';

export interface WeekStats {
  total: number;
  longest: number;
  longRun: number;
  days: number;
  phase: string;
  runDays: number;
  /** Non-race runs of the week. */
  runs: number;
  first: number;
  last: number;
}

/** Per plan week: training km (race excluded), longest run, longest `long`, days covered. */
export function weekStats(plan: Plan): WeekStats[] {
  const race = dn(plan.goal.raceDate);
  return plan.weeks.map((w) => {
    const training = w.workouts.filter((x) => x.type !== 'race' && active(x));
    const first = dn(w.startDate);
    const monday = first - ((first + 3) % 7);
    const last = Math.min(monday + 6, race);
    return {
      total: training.reduce((s, x) => s + x.distanceKm, 0),
      longest: training.reduce((m, x) => Math.max(m, x.distanceKm), 0),
      longRun: training.filter((x) => x.type === 'long').reduce((m, x) => Math.max(m, x.distanceKm), 0),
      days: last - first + 1,
      phase: w.phase,
      runDays: new Set(w.workouts.filter(active).map((x) => x.date)).size,
      runs: training.length,
      first,
      last,
    };
  });
}

/** Rule 5's longest run before the plan: `longestRunKm`, else 30 % of weekly km (floored at the plan's 5 km). */
export function currentLong(req: PlanRequest): number {
  return req.longestRunKm ?? 0.3 * Math.max(5, req.weeklyKm);
}

/** Rule 5's line for a run on day `d`: 110 % of the longest run of the 30 days before it, plus 0.2 km. */
export function spikeLine(runs: readonly { day: number; km: number }[], d: number, seed?: { day: number; km: number }) {
  let m = 0;
  for (const r of runs) if (r.day >= d - 30 && r.day <= d - 1) m = Math.max(m, r.km);
  if (seed && seed.day >= d - 30 && seed.day <= d - 1) m = Math.max(m, seed.km);
  if (m === 0) {
    // After more than 30 days without running the line restarts from half the longest run of the 30 days before
    // the last run (rule 15's first-week share), not from nothing.
    const before = runs.filter((r) => r.day < d);
    const last = Math.max(seed?.day ?? Number.NEGATIVE_INFINITY, ...before.map((r) => r.day));
    let b = seed && seed.day >= last - 30 ? seed.km : 0;
    for (const r of before) if (r.day >= last - 30) b = Math.max(b, r.km);
    m = 0.5 * b;
  }
  return 1.1 * m + 0.2;
}

/** Daniels–Gilbert VDOT, written out again so the checker does not lean on the engine. */
function vdotOf(km: number, sec: number): number {
  const t = sec / 60;
  const v = (km * 1000) / t;
  const vo2 = -4.6 + 0.182258 * v + 0.000104 * v * v;
  return vo2 / (0.8 + 0.1894393 * Math.exp(-0.012778 * t) + 0.2989558 * Math.exp(-0.1932605 * t));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? 0 : n % 2 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
};

/** Days from the race back to where the taper starts (rule 8): three weeks for the marathon, two otherwise. */
export const taperDays = (goal: PlanRequest['goal']) => (goal === 'marathon' ? 21 : 14);

/**
 * Rules 2, 4, 5, 6 and 14's caps: the ones an adapted plan must keep too. With `today`, weeks that are over are
 * history and not judged, and only runs from `today` on are judged for rules 5 and 6 (a run already run cannot be
 * shortened when the rest of its week is cut).
 */
export function adaptedRuleViolations(plan: Plan, req: PlanRequest, today?: string): string[] {
  const out: string[] = [];
  const W = Math.max(5, req.weeklyKm);
  const stats = weekStats(plan);
  const all = plan.weeks.flatMap((w) => w.workouts).filter(active);
  const ahead = (x: Workout) => today === undefined || x.date >= today;
  // Rule 2.
  const byDate = new Map<string, Workout[]>();
  for (const w of all) byDate.set(w.date, [...(byDate.get(w.date) ?? []), w]);
  for (const [d, ws] of byDate) if (ws.length > 1) out.push(`rule 2: ${ws.length} workouts on ${d}`);
  // Storage invariant: one workout a day, skipped ones included (the store keys workouts by plan and date).
  const dates = plan.weeks.flatMap((w) => w.workouts.map((x) => x.date));
  for (const d of new Set(dates.filter((x, i) => dates.indexOf(x) !== i))) out.push(`one a day: two workouts on ${d}`);
  const over = plan.weeks.map((_w, i) => {
    const next = plan.weeks[i + 1];
    return today !== undefined && next !== undefined && next.startDate <= today;
  });
  stats.forEach((s, i) => {
    if (s.runDays > req.daysPerWeek) out.push(`rule 2: week ${i + 1} has ${s.runDays} run days`);
  });
  const sorted = [...all].sort((a, b) => dn(a.date) - dn(b.date));
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1] as Workout;
    const b = sorted[k] as Workout;
    if (HARD(a) && HARD(b) && dn(b.date) - dn(a.date) === 1 && ahead(b))
      out.push(`rule 2: hard ${a.date} ${a.type} → ${b.date} ${b.type}`);
  }
  // Rule 4.
  stats.forEach((s, i) => {
    if (over[i]) return;
    // A week left empty by a break (its runs skipped or missed) counts as the last full week before it (rule 15).
    const inactive = (k: number) => (plan.weeks[k]?.workouts ?? []).some((x) => x.type !== 'race' && !active(x));
    const volume = (k: number): number => {
      if (k < 0) return W;
      const t = (stats[k] as WeekStats).total;
      if (t > 0 || !inactive(k)) return t;
      for (let j = k - 1; j >= 0; j--)
        if ((stats[j] as WeekStats).total > 0 && !inactive(j)) return (stats[j] as WeekStats).total;
      return W;
    };
    const prev = [i - 1, i - 2, i - 3].map(volume);
    const cap = 1.1 * Math.max(...prev) + 2;
    const left = (plan.weeks[i]?.workouts ?? []).filter((x) => x.type !== 'race' && active(x) && ahead(x));
    if (s.total > cap + 0.011 && left.length > 0) out.push(`rule 4: week ${i + 1} ${s.total} > ${cap.toFixed(2)}`);
  });
  // Rule 5: every run but the race, on a rolling 30 days.
  const runs = sorted.filter((x) => x.type !== 'race').map((x) => ({ day: dn(x.date), km: x.distanceKm, w: x }));
  const seed = { day: dn(plan.startDate) - 1, km: currentLong(req) };
  for (const r of runs) {
    if (!ahead(r.w)) continue;
    const line = spikeLine(runs, r.day, seed);
    if (r.km > line + 0.011) out.push(`rule 5: ${r.w.date} ${r.w.type} ${r.km} > ${line.toFixed(2)}`);
  }
  // Rule 6: the long run is the week's longest run, within its share, time and distance caps.
  const share = plan.goal.distance === 'marathon' ? 0.5 : 0.45;
  const race = dn(plan.goal.raceDate);
  const easyMid = plan.paces ? (plan.paces.easy.minSecPerKm + plan.paces.easy.maxSecPerKm) / 2 : null;
  const maxMin = plan.goal.distance === 'marathon' ? 210 : 150;
  plan.weeks.forEach((w, i) => {
    const s = stats[i] as WeekStats;
    if (over[i] || s.phase === 'race') return;
    const long = w.workouts.find((x) => x.type === 'long' && active(x) && x.distanceKm === s.longRun);
    if (long && ahead(long)) {
      // Against the runs still ahead: a run already run cannot be shortened when the long run is cut.
      const longestAhead = w.workouts
        .filter((x) => x.type !== 'race' && active(x) && ahead(x))
        .reduce((m, x) => Math.max(m, x.distanceKm), 0);
      if (s.longRun < longestAhead - EPS) out.push(`rule 6: week ${i + 1} long ${s.longRun} < longest ${longestAhead}`);
      if (s.runs >= 3 && s.longRun > share * s.total + 0.011)
        out.push(`rule 6: week ${i + 1} long ${s.longRun} > ${share} × ${s.total.toFixed(2)}`);
      if (s.longRun > 35 + EPS) out.push(`rule 6: week ${i + 1} long ${s.longRun} > 35 km`);
      if (easyMid !== null && (s.longRun * easyMid) / 60 > maxMin + 0.5)
        out.push(`rule 6: week ${i + 1} long ${s.longRun} km lasts ${((s.longRun * easyMid) / 60).toFixed(0)} min`);
    }
    // Weeks of 2 or 3 runs have a long run (not the race's last week, where the long run gives way to the race).
    if (today === undefined && !long && s.runs >= 2 && s.runs <= 3 && s.last < race - 7 && s.days === 7)
      out.push(`rule 6: week ${i + 1} of ${s.runs} runs has no long run`);
  });
  for (const x of all) {
    if (!ahead(x)) continue;
    for (const st of x.steps) {
      if ((st.kind === 'warmup' || st.kind === 'cooldown') && (st.distanceKm < 1 - 0.05 || st.distanceKm > 3 + 0.05))
        out.push(`rule 6: ${x.date} ${x.type} ${st.kind} ${st.distanceKm} km`);
    }
  }
  // Rule 14: quality within Daniels' limits, per session, as shares of the week's volume (a missed or skipped run
  // still counts: it does not make the next session harder).
  plan.weeks.forEach((w, i) => {
    if (over[i]) return;
    const s = { total: w.workouts.filter((x) => x.type !== 'race').reduce((t, x) => t + x.distanceKm, 0) };
    for (const x of w.workouts) {
      if (!active(x) || !ahead(x) || x.type === 'race') continue;
      const km = (zone: string) =>
        x.steps
          .filter((st) => st.zone === zone && st.kind === 'work')
          .reduce((t, st) => t + st.reps * st.distanceKm, 0);
      const t = km('threshold');
      const iv = km('interval');
      const r = km('repetition');
      if (t > 0.1 * s.total + 0.05) out.push(`rule 14: ${x.date} threshold ${t} > 10 % of ${s.total.toFixed(1)}`);
      if (iv > Math.min(0.08 * s.total, 10) + 0.05)
        out.push(`rule 14: ${x.date} intervals ${iv} > 8 % of ${s.total.toFixed(1)}`);
      if (r > 0.05 * s.total + 0.05) out.push(`rule 14: ${x.date} repetitions ${r} > 5 % of ${s.total.toFixed(1)}`);
    }
  });
  return out;
}

function sumWindow(all: Workout[], from: number, to: number): number {
  return all
    .filter((x) => x.type !== 'race' && dn(x.date) >= from && dn(x.date) <= to)
    .reduce((t, x) => t + x.distanceKm, 0);
}

/** Every training rule of version 2 for a freshly generated plan. */
export function planRuleViolations(plan: Plan, req: PlanRequest): string[] {
  const out = adaptedRuleViolations(plan, req);
  const W = Math.max(5, req.weeklyKm);
  const stats = weekStats(plan);
  const all = plan.weeks.flatMap((w) => w.workouts);
  const race = dn(req.raceDate);
  const start = dn(req.startDate);
  // Rule 1.
  const races = all.filter((w) => w.type === 'race');
  if (races.length !== 1 || races[0]?.date !== req.raceDate) out.push('rule 1: one race on the race date');
  if (races[0] && Math.abs(races[0].distanceKm - GOAL_KM[req.goal]) > 0.01) out.push('rule 1: race distance');
  for (const w of all) {
    if (w.date < req.startDate || w.date > req.raceDate) out.push(`rule 1: workout outside the plan ${w.date}`);
  }
  // Totals as printed match the workouts.
  plan.weeks.forEach((w, i) => {
    if (Math.abs(w.totalKm - (stats[i] as WeekStats).total) > 0.011) out.push(`totalKm of week ${i + 1}`);
  });
  // Rule 3: the first full week near the current volume, or near what rule 5 lets few short runs add up to.
  const L0 = currentLong(req);
  const easyMid0 = plan.paces ? (plan.paces.easy.minSecPerKm + plan.paces.easy.maxSecPerKm) / 2 : null;
  const timeCapKm = easyMid0 ? ((req.goal === 'marathon' ? 210 : 150) * 60) / easyMid0 : Number.POSITIVE_INFINITY;
  // What rules 5 and 6 let the runner's days add up to in week 1 (each run under the spike line, 35 km, the time cap).
  const allowed = req.daysPerWeek * Math.min(1.1 * L0 + 0.2, 35, timeCapKm);
  const first = stats[0] as WeekStats;
  if (first.days < 7 && first.total > (1.15 * W * first.days) / 7 + 0.3)
    out.push(`rule 3: partial first week ${first.total}`);
  const full = first.days < 7 ? stats[1] : first;
  if (full && full.phase !== 'race' && full.phase !== 'taper') {
    const floor = 0.8 * Math.min(W, allowed);
    if (full.total < floor - 0.05 || full.total > 1.15 * W + EPS)
      out.push(`rule 3: first full week ${full.total.toFixed(2)} vs ${W} (floor ${floor.toFixed(2)})`);
  }
  // Rule 7: lighter weeks (at most 90 % of the week before; a partial week counts per day).
  const taperStart = race - taperDays(req.goal);
  const perWeek = (s: WeekStats) => (s.total * 7) / s.days;
  const pre = stats.filter((s) => s.last < taperStart && s.phase !== 'race');
  // A partial first week is no measure for the week after it: that one compares with the current volume.
  const ref = (i: number) => (i === 0 || (pre[i - 1] as WeekStats).days < 7 ? W : perWeek(pre[i - 1] as WeekStats));
  const lighter = pre.map((s, i) => perWeek(s) <= 0.9 * ref(i) + EPS);
  for (let i = 0; i + 3 < pre.length; i++) {
    if (!lighter.slice(i, i + 4).some(Boolean)) out.push(`rule 7: no lighter week in weeks ${i + 1}-${i + 4}`);
  }
  const planWeeks = (race - start + 1) / 7;
  if (planWeeks >= 12) {
    // Not where rules 5 and 6 hold the first weeks under the current volume (rule 3's floor).
    for (let i = 0; i < Math.min(3, pre.length); i++) {
      if (allowed < W / 0.9 || (pre[i] as WeekStats).days < 7) continue;
      if (lighter[i]) out.push(`rule 7: week ${i + 1} of a ${Math.floor(planWeeks)}-week plan is lighter`);
    }
  }
  // Rule 8: the taper counts back from race day.
  let peak = 0;
  for (let d = start + 6; d < taperStart; d++) peak = Math.max(peak, sumWindow(all, d - 6, d));
  if (peak > 0) {
    const last7 = sumWindow(all, race - 7, race - 1);
    const cap7 = req.goal === '5k' || req.goal === '10k' ? 0.6 : 0.5;
    if (last7 > cap7 * peak + 0.05) out.push(`rule 8: last 7 days ${last7.toFixed(1)} > ${cap7} × ${peak.toFixed(1)}`);
    const prev7 = sumWindow(all, race - 14, race - 8);
    const cap14 = req.goal === 'half' ? 0.8 : req.goal === 'marathon' ? 0.75 : Number.POSITIVE_INFINITY;
    if (prev7 > cap14 * peak + 0.05) out.push(`rule 8: days 8–14 ${prev7.toFixed(1)} > ${cap14} × ${peak.toFixed(1)}`);
    if (req.goal === 'marathon') {
      const third = sumWindow(all, race - 21, race - 15);
      if (third > 0.9 * peak + 0.05) out.push(`rule 8: days 15–21 ${third.toFixed(1)} > 0.9 × ${peak.toFixed(1)}`);
    }
    const sharp = all.some(
      (x) =>
        x.type !== 'race' &&
        dn(x.date) >= race - 10 &&
        dn(x.date) < race &&
        x.steps.some((st) => st.zone !== 'easy' && st.kind === 'work'),
    );
    if (!sharp && race - start >= 14) out.push('rule 8: no quality or strides in the last 10 days');
  }
  // Rule 9: peak long runs in range (where rule 5 and the time cap let the long run get there), volume builds.
  if (W >= 40 && planWeeks >= 12) {
    const peakLong = Math.max(...stats.map((s) => s.longRun));
    const [lo, hi] = { marathon: [28, 35], half: [15, 22], '10k': [12, 18], '5k': [8, 16] }[req.goal] as [
      number,
      number,
    ];
    const easyMid = plan.paces ? (plan.paces.easy.minSecPerKm + plan.paces.easy.maxSecPerKm) / 2 : null;
    const byTime = easyMid ? ((req.goal === 'marathon' ? 210 : 150) * 60) / easyMid : Number.POSITIVE_INFINITY;
    const byGrowth = reachableLong(L0, planWeeks - taperDays(req.goal) / 7);
    const low = Math.min(lo, byTime - 0.5, byGrowth);
    // The long run is the week's longest: a big week over few days lifts it above the range.
    const high = Math.max(hi, ...stats.map((s) => (s.runs > 0 ? (1.2 * s.total) / s.runs : 0)));
    if (peakLong < low - EPS || peakLong > high + EPS)
      out.push(`rule 9: peak long run ${peakLong} (${low.toFixed(1)}–${hi})`);
  }
  // Exempt: a runner whose longest run is under half their average run (rule 5 grows every run from it by 10 %
  // a month window), whose runs cannot reach 110 % of the volume in the plan: rule 10, "a plan that cannot safely
  // reach the goal still comes out, with warnings".
  const spikeBound = L0 < (0.5 * W) / req.daysPerWeek;
  if (
    planWeeks >= 12 &&
    W <= 100 &&
    req.weeklyKm >= 5 &&
    !spikeBound &&
    req.daysPerWeek * Math.min(35, timeCapKm) >= 1.25 * W
  ) {
    const peakWeek = Math.max(...stats.map((s) => s.total));
    if (peakWeek < 1.1 * W - 0.05) out.push(`rule 9: peak week ${peakWeek.toFixed(1)} < 110 % of ${W}`);
  }
  if (W / req.daysPerWeek <= 20 && plan.warnings.some((x) => x.code === 'long_per_run'))
    out.push('rule 9: warns about km per run under 20 km a run');
  // Rule 14: novices run easy runs and strides only for the first 4 weeks.
  if (!req.recentRace && req.weeklyKm < 20) {
    for (const x of all) {
      if (dn(x.date) >= start + 28 || x.type === 'race') continue;
      const fast = x.steps.some((st) => st.zone !== 'easy' && st.zone !== 'stride');
      if (fast || (x.type !== 'easy' && x.type !== 'recovery' && x.type !== 'long'))
        out.push(`rule 14: novice ${x.date} ${x.type} in the first 4 weeks`);
    }
  }
  // Rule 13: race-day pace never from a goal beyond reach; marathon-pace sessions at race-day pace, or, when the
  // goal is beyond reach (the race pace is a future fitness's), at the M pace of the VDOT that sets the sessions,
  // slower than its threshold.
  const raceStep = races[0]?.steps[0]?.pace;
  const outOfReach = plan.warnings.some((x) => x.code === 'goal_beyond');
  if (req.goal === 'marathon' && raceStep) {
    for (const x of all)
      for (const st of x.steps) {
        if (st.zone !== 'marathon' || !st.pace) continue;
        if (outOfReach) {
          if (plan.paces && st.pace.minSecPerKm <= plan.paces.threshold.maxSecPerKm)
            out.push(`rule 13: ${x.date} marathon pace ${st.pace.minSecPerKm} not slower than threshold`);
        } else if (Math.abs(st.pace.minSecPerKm - raceStep.minSecPerKm) > 1)
          out.push(`rule 13: ${x.date} marathon pace ${st.pace.minSecPerKm} ≠ race pace ${raceStep.minSecPerKm}`);
      }
  }
  if (req.goalTimeSec && req.recentRace && plan.vdot !== null && raceStep) {
    const fresh = req.recentRace.date === undefined || start - dn(req.recentRace.date) <= 56;
    const goalPace = req.goalTimeSec / GOAL_KM[req.goal];
    const mid = (raceStep.minSecPerKm + raceStep.maxSecPerKm) / 2;
    const goalVdot = vdotOf(GOAL_KM[req.goal], req.goalTimeSec);
    const beyond = goalVdot - (plan.vdot + planWeeks / 6);
    if (fresh && beyond > 0.2 && !plan.warnings.some((x) => x.code === 'goal_beyond'))
      out.push('rule 13: no warning about the goal');
    // Paces show whole seconds: a goal less than about half a VDOT point beyond reach is within a second a km of it.
    if (fresh && beyond > 0.6 && mid < goalPace + 0.5)
      out.push(`rule 13: races at the unreachable goal pace ${goalPace.toFixed(0)}`);
  }
  // Rule 6: median long-run share before the taper, 4+ days a week.
  if (req.daysPerWeek >= 4) {
    const shares = pre.filter((s) => s.longRun > 0 && s.total > 0 && s.days === 7).map((s) => s.longRun / s.total);
    const cap = req.goal === 'marathon' ? 0.4 : 0.35;
    if (shares.length > 0 && median(shares) > cap + 0.005)
      out.push(`rule 6: median long-run share ${(median(shares) * 100).toFixed(1)} % > ${cap * 100} %`);
  }
  return out;
}

/**
 * The longest long run rule 5 can build to from `L0` in `weeks` weeks, one lighter week in four not growing,
 * less a little for rounding to the half kilometre.
 */
export function reachableLong(L0: number, weeks: number): number {
  let x = L0;
  const steps = Math.floor(0.75 * Math.max(0, weeks - 1));
  for (let k = 0; k < steps; k++) x = 1.08 * x;
  return x - 0.5;
}
