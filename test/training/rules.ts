/**
 * An independent reading of design.md's training rules, used by the property tests. It recomputes everything
 * from the workouts (not from the engine's own totals) so that it checks the engine rather than repeating it.
 */
import type { Plan, PlanRequest, Workout } from '../../src/training/index.ts';

const DAY = 86_400_000;
const dn = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
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
    };
  });
}

/** Rule 5's "current long run": 30 % of weekly km; for 2–3 days a week at least weekly km / days (see schedule.ts). */
export function currentLong(req: PlanRequest): number {
  const w = Math.max(5, req.weeklyKm);
  return Math.max(0.3 * w, w / req.daysPerWeek);
}

/**
 * Rules 2, 4, 5 and 6: the ones an adapted plan must keep too. Returns violations as text. With `today`, weeks
 * that are over are history and not judged, and rule 6 is judged only where the long run is still ahead (a long
 * run already run cannot be shortened when the rest of its week is cut).
 */
export function adaptedRuleViolations(plan: Plan, req: PlanRequest, today?: string): string[] {
  const out: string[] = [];
  const W = Math.max(5, req.weeklyKm);
  const stats = weekStats(plan);
  const all = plan.weeks.flatMap((w) => w.workouts).filter(active);
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
    if (HARD(a) && HARD(b) && dn(b.date) - dn(a.date) === 1)
      out.push(`rule 2: hard ${a.date} ${a.type} → ${b.date} ${b.type}`);
  }
  // Rule 4.
  const L0 = currentLong(req);
  stats.forEach((s, i) => {
    if (over[i]) return;
    const prev = [i - 1, i - 2, i - 3].map((k) => (k < 0 ? W : (stats[k] as WeekStats).total));
    const cap = 1.1 * Math.max(...prev) + 2;
    // With `today`, only what is still ahead can be cut: a week over its cap must have nothing left to cut.
    const ahead = (plan.weeks[i]?.workouts ?? []).filter(
      (x) => x.type !== 'race' && active(x) && (today === undefined || x.date >= today),
    );
    if (s.total > cap + EPS && ahead.length > 0) out.push(`rule 4: week ${i + 1} ${s.total} > ${cap.toFixed(2)}`);
    const prevLong = [i - 1, i - 2, i - 3, i - 4].map((k) => (k < 0 ? L0 : (stats[k] as WeekStats).longest));
    let capL = 1.1 * Math.max(...prevLong) + 1;
    if (i === 0 || (i === 1 && (stats[0] as WeekStats).days < 7)) capL = Math.min(capL, 0.5 * W + 3);
    const longestAhead = ahead.reduce((m, x) => Math.max(m, x.distanceKm), 0);
    if (longestAhead > capL + EPS) out.push(`rule 5: week ${i + 1} longest ${longestAhead} > ${capL.toFixed(2)}`);
    const share = plan.goal.distance === 'marathon' ? 0.5 : 0.45;
    const long = plan.weeks[i]?.workouts.find((x) => x.type === 'long' && active(x) && x.distanceKm === s.longRun);
    const longAhead = today === undefined || (long !== undefined && long.date >= today);
    if (s.phase !== 'race' && longAhead && s.longRun > share * s.total + EPS) {
      out.push(`rule 6: week ${i + 1} long ${s.longRun} > ${share} × ${s.total}`);
    }
  });
  return out;
}

/** Every training rule for a freshly generated plan. */
export function planRuleViolations(plan: Plan, req: PlanRequest): string[] {
  const out = adaptedRuleViolations(plan, req);
  const W = Math.max(5, req.weeklyKm);
  const stats = weekStats(plan);
  const all = plan.weeks.flatMap((w) => w.workouts);
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
  // Rule 3.
  const first = stats[0] as WeekStats;
  if (first.days < 7) {
    if (first.total > (1.15 * W * first.days) / 7 + 0.3) out.push(`rule 3: partial first week ${first.total}`);
  }
  const full = first.days < 7 ? stats[1] : first;
  if (full && (full.total < 0.8 * W - EPS || full.total > 1.15 * W + EPS)) {
    out.push(`rule 3: first full week ${full.total} vs ${W}`);
  }
  // Rule 7.
  const pre = stats.filter((s) => s.phase !== 'taper' && s.phase !== 'race');
  const lighter = pre.map((s, i) => s.total <= 0.9 * (i === 0 ? W : (pre[i - 1] as WeekStats).total) + EPS);
  for (let i = 0; i + 3 < pre.length; i++) {
    if (!lighter.slice(i, i + 4).some(Boolean)) out.push(`rule 7: no lighter week in weeks ${i + 1}-${i + 4}`);
  }
  // Rule 8.
  const peak = Math.max(...stats.map((s) => s.total));
  const n = stats.length;
  const raceCap = req.goal === '5k' || req.goal === '10k' ? 0.6 : 0.5;
  const at = (k: number) => (stats[n - 1 - k] as WeekStats).total;
  if (at(0) > raceCap * peak + EPS) out.push(`rule 8: race week ${at(0)} > ${raceCap} × ${peak}`);
  if (req.goal === 'half' && at(1) > 0.8 * peak + EPS) out.push('rule 8: half, week before race week');
  if (req.goal === 'marathon') {
    if (at(1) > 0.75 * peak + EPS) out.push(`rule 8: marathon week before race week ${at(1)} vs ${peak}`);
    if (at(2) > 0.9 * peak + EPS) out.push(`rule 8: marathon two weeks before ${at(2)} vs ${peak}`);
  }
  // Rule 9.
  const planDays = dn(req.raceDate) - dn(req.startDate) + 1;
  if (req.weeklyKm >= 40 && req.weeklyKm <= 13 * req.daysPerWeek && planDays >= 84) {
    const peakLong = Math.max(...stats.map((s) => s.longRun));
    const [lo, hi] = { marathon: [28, 35], half: [15, 22], '10k': [12, 18], '5k': [8, 16] }[req.goal];
    if (peakLong < (lo as number) - EPS || peakLong > (hi as number) + EPS)
      out.push(`rule 9: peak long run ${peakLong}`);
  }
  return out;
}
