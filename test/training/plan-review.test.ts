/**
 * The coach's review of engine v1 (issue 13), one test per finding about plan generation, each asserting the
 * numbers design.md's "Training rules, version 2" now require.
 */
import { describe, expect, it } from 'vitest';
import { ENGLISH, planErrorText } from '../../src/coach/replies/engine-words.ts';
import {
  GOAL_KM,
  generatePlan,
  type Plan,
  type PlanRequest,
  pacesFromVdot,
  predictRaceTimeSec,
  type Workout,
} from '../../src/training/index.ts';
import { planFor } from './fixtures.ts';
import { dn, planRuleViolations, spikeLine, weekStats } from './rules.ts';
import { english } from './words.ts';

const runs = (plan: Plan) => plan.weeks.flatMap((w) => w.workouts).filter((w) => w.type !== 'race');
const longs = (plan: Plan) => runs(plan).filter((w) => w.type === 'long');
const workKm = (w: Workout, zone: string) =>
  w.steps.filter((s) => s.zone === zone && s.kind === 'work').reduce((t, s) => t + s.reps * s.distanceKm, 0);

/** Every run at most 110 % of the longest of the 30 days before it, plus 0.2 km (rule 5), the runner's seed first. */
function expectNoSpike(plan: Plan, req: PlanRequest, seedKm: number): void {
  const seed = { day: dn(req.startDate) - 1, km: seedKm };
  const done = runs(plan).map((w) => ({ day: dn(w.date), km: w.distanceKm }));
  for (const r of done) expect(r.km, `run on day ${r.day}`).toBeLessThanOrEqual(spikeLine(done, r.day, seed) + 1e-9);
}

describe('long runs never jump over the 30-day line (rule 5, Frandsen 2025)', () => {
  it('a 10 km/week 5K runner grows from 3 km (30 % of the week) by at most 10 % a month window', () => {
    const req: PlanRequest = {
      goal: '5k',
      startDate: '2026-03-02',
      raceDate: '2026-05-10',
      weeklyKm: 10,
      daysPerWeek: 3,
      longRunDay: 'sun',
    };
    const plan = planFor(req);
    expectNoSpike(plan, req, 3);
    // v1 went 4.4 → 5.2 → 6.5 km: each long run here is within 10 % (+0.2 km) of every long run before it.
    const ls = longs(plan).map((w) => w.distanceKm);
    for (let i = 1; i < ls.length; i++)
      expect(ls[i] as number).toBeLessThanOrEqual(1.1 * Math.max(...ls.slice(0, i), 3) + 0.2 + 1e-9);
    expect(planRuleViolations(plan, req)).toEqual([]);
  });

  it('a marathoner with a 23 km longest run: no 23 → 26 → 29.5 km steps, every long run ≤ 110 % of the last 30 days', () => {
    const req: PlanRequest = {
      goal: 'marathon',
      startDate: '2026-06-22',
      raceDate: '2026-10-25',
      weeklyKm: 60,
      daysPerWeek: 5,
      longRunDay: 'sun',
      longestRunKm: 23,
      recentRace: { distance: 'half', timeSec: 95 * 60, date: '2026-06-07' },
    };
    const plan = planFor(req);
    expectNoSpike(plan, req, 23);
    const first = longs(plan)[0] as Workout;
    expect(first.distanceKm).toBeLessThanOrEqual(25.5);
    // It still reaches rule 9's 28–35 km.
    expect(Math.max(...longs(plan).map((w) => w.distanceKm))).toBeGreaterThanOrEqual(28);
    expect(planRuleViolations(plan, req)).toEqual([]);
  });
});

describe('2 days a week (rule 6)', () => {
  const req: PlanRequest = {
    goal: 'half',
    startDate: '2026-03-02',
    raceDate: '2026-05-24',
    weeklyKm: 20,
    daysPerWeek: 2,
    longRunDay: 'sun',
  };
  const plan = planFor(req);

  it('a half at 20 km/week has a long run every training week, the longer of its two runs', () => {
    for (const w of plan.weeks) {
      if (w.phase === 'race') continue;
      const rs = w.workouts.filter((x) => x.type !== 'race');
      if (rs.length < 2) continue;
      const long = rs.find((x) => x.type === 'long');
      expect(long, `week ${w.index}`).toBeDefined();
      for (const x of rs) expect(x.distanceKm).toBeLessThanOrEqual((long as Workout).distanceKm);
    }
    expect(planRuleViolations(plan, req)).toEqual([]);
  });

  it('warm-ups and cool-downs are 1–3 km (no "8.6 km warm-up, 10 × 200 m hills"), and no warning says "to 0 km"', () => {
    for (const w of runs(plan))
      for (const s of w.steps)
        if (s.kind === 'warmup' || s.kind === 'cooldown') {
          expect(s.distanceKm).toBeGreaterThanOrEqual(1);
          expect(s.distanceKm).toBeLessThanOrEqual(3);
        }
    expect(english(plan.warnings)).not.toMatch(/to 0 km/);
  });
});

describe('a Monday race keeps its taper (rule 8 counts back from race day)', () => {
  const req: PlanRequest = {
    goal: 'half',
    startDate: '2026-03-02',
    raceDate: '2026-05-25', // a Monday
    weeklyKm: 40,
    daysPerWeek: 5,
    longRunDay: 'sun',
    recentRace: { distance: '10k', timeSec: 48 * 60, date: '2026-02-15' },
  };
  const plan = planFor(req);
  const race = dn(req.raceDate);
  const sum = (from: number, to: number) =>
    runs(plan)
      .filter((w) => dn(w.date) >= from && dn(w.date) <= to)
      .reduce((t, w) => t + w.distanceKm, 0);

  it('the last 7 days are at most 50 % of the peak 7 days, days 8–14 at most 80 % (v1: 70 %)', () => {
    let peak = 0;
    for (let d = dn(req.startDate) + 6; d < race - 14; d++) peak = Math.max(peak, sum(d - 6, d));
    expect(peak).toBeGreaterThan(40);
    expect(sum(race - 7, race - 1)).toBeLessThanOrEqual(0.5 * peak + 0.05);
    expect(sum(race - 14, race - 8)).toBeLessThanOrEqual(0.8 * peak + 0.05);
  });

  it('no threshold in the last 5 days and no intervals 3 days out; a short sharpener keeps some intensity', () => {
    for (const w of runs(plan)) {
      const b = race - dn(w.date);
      if (b <= 5) expect(workKm(w, 'threshold'), w.date).toBe(0);
      if (b <= 3) expect(workKm(w, 'interval'), w.date).toBe(0);
      if (b <= 2) expect(w.type === 'easy' || w.type === 'recovery', w.date).toBe(true);
    }
    const last10 = runs(plan).filter((w) => race - dn(w.date) <= 10);
    expect(last10.some((w) => w.steps.some((s) => s.kind === 'work' && s.zone !== 'easy'))).toBe(true);
    expect(planRuleViolations(plan, req)).toEqual([]);
  });
});

describe('trained runners build and are not warned (rule 9: up to 20 km a run is normal)', () => {
  it.each([
    [90, 6, 99],
    [120, 7, 121],
  ])('%i km on %i days: the peak week reaches %i km or more, no warning about volume per run', (km, days, peak) => {
    const req: PlanRequest = {
      goal: 'marathon',
      startDate: '2026-06-22',
      raceDate: '2026-10-25',
      weeklyKm: km,
      daysPerWeek: days,
      longRunDay: 'sun',
      longestRunKm: 28,
      recentRace: { distance: 'half', timeSec: 80 * 60, date: '2026-06-07' },
    };
    const plan = planFor(req);
    const totals = weekStats(plan).map((s) => s.total);
    expect(Math.max(...totals)).toBeGreaterThanOrEqual(peak);
    expect(english(plan.warnings)).not.toMatch(/a run|beyond/);
    expect(planRuleViolations(plan, req)).toEqual([]);
  });
});

describe('race pace comes from reachable fitness (rule 13)', () => {
  it('a 45-min 10K runner aiming at a 1:35 half in 8 weeks races at the reachable 4:36 /km, not 4:30, and is told why', () => {
    const req: PlanRequest = {
      goal: 'half',
      startDate: '2026-03-02',
      raceDate: '2026-04-26',
      weeklyKm: 35,
      daysPerWeek: 4,
      longRunDay: 'sun',
      recentRace: { distance: '10k', timeSec: 45 * 60, date: '2026-02-22' },
      goalTimeSec: 95 * 60,
    };
    const plan = planFor(req);
    const pace = plan.weeks.flatMap((w) => w.workouts).find((w) => w.type === 'race')?.steps[0]?.pace;
    const vdot = plan.vdot as number;
    expect(vdot).toBeCloseTo(45.3, 1);
    // 8 weeks: about 1.3 VDOT points reachable (1 per 6 weeks, Daniels' re-tests).
    const reachableSec = predictRaceTimeSec(vdot + 8 / 6, GOAL_KM.half) / GOAL_KM.half;
    expect(pace).toEqual({ minSecPerKm: Math.round(reachableSec) - 2, maxSecPerKm: Math.round(reachableSec) + 2 });
    expect(pace).toEqual({ minSecPerKm: 274, maxSecPerKm: 278 });
    // Training paces stay at the shown fitness.
    expect(plan.paces?.threshold).toEqual(pacesFromVdot(vdot).threshold);
    expect(english(plan.warnings)).toMatch(/about 1:37:12 is a realistic target/);
    expect(planRuleViolations(plan, req)).toEqual([]);
  });

  it('marathon-pace sessions run at the race-day pace (Pfitzinger), not 17 s/km slower', () => {
    const req: PlanRequest = {
      goal: 'marathon',
      startDate: '2026-06-22',
      raceDate: '2026-10-25',
      weeklyKm: 50,
      daysPerWeek: 5,
      longRunDay: 'sun',
      recentRace: { distance: 'half', timeSec: 2 * 3600 + 5 * 60, date: '2026-06-07' },
      goalTimeSec: 4 * 3600 + 30 * 60,
    };
    const plan = planFor(req);
    const racePace = plan.weeks.flatMap((w) => w.workouts).find((w) => w.type === 'race')?.steps[0]?.pace;
    const mpSteps = runs(plan).flatMap((w) => w.steps.filter((s) => s.zone === 'marathon'));
    expect(mpSteps.length).toBeGreaterThan(0);
    for (const s of mpSteps) expect(s.pace?.minSecPerKm).toBe(racePace?.minSecPerKm);
    expect(racePace?.minSecPerKm).toBe(Math.round((4.5 * 3600) / GOAL_KM.marathon) - 2);
  });
});

describe('paces never come from the goal (rule 13, coach review of v2)', () => {
  const base: PlanRequest = {
    goal: '5k',
    startDate: '2026-12-01',
    raceDate: '2027-03-07',
    weeklyKm: 20,
    daysPerWeek: 4,
    longRunDay: 'sun',
    goalTimeSec: 17 * 60,
  };
  const quick = (p: Plan) =>
    runs(p).flatMap((w) => w.steps.filter((s) => s.zone === 'interval' || s.zone === 'threshold'));

  it('a goal alone (5K in 17:00 at 20 km/week) gives effort-based workouts and a warning, not VDOT 60 intervals', () => {
    const plan = planFor(base);
    expect(plan.vdot).toBeNull();
    expect(plan.paces).toBeNull();
    for (const s of quick(plan)) expect(s.pace ?? null).toBeNull();
    expect(english(plan.warnings)).toMatch(/can't tell whether a 5K in 17:00 is within reach/);
    expect(planRuleViolations(plan, base)).toEqual([]);
  });

  it('a stale race and an out-of-reach goal: no goal paces either', () => {
    const req: PlanRequest = { ...base, recentRace: { distance: '5k', timeSec: 22 * 60, date: '2026-08-01' } };
    const plan = planFor(req);
    expect(plan.vdot).toBeNull();
    expect(plan.paces).toBeNull();
    expect(english(plan.warnings)).toMatch(/no longer sets your paces/);
    expect(english(plan.warnings)).toMatch(/described by effort/);
  });
});

describe('an out-of-reach marathon goal (rule 13, coach review of v2)', () => {
  it('MP sessions run clearly slower than threshold, and the predicted time matches the race-day pace', () => {
    const req: PlanRequest = {
      goal: 'marathon',
      startDate: '2026-12-01',
      raceDate: '2027-04-18',
      weeklyKm: 60,
      daysPerWeek: 5,
      longRunDay: 'sun',
      recentRace: { distance: 'half', timeSec: 110 * 60, date: '2026-11-20' },
      goalTimeSec: 3 * 3600,
    };
    const plan = planFor(req);
    const vdot = plan.vdot as number;
    const t = plan.paces?.threshold as { minSecPerKm: number; maxSecPerKm: number };
    const mpSteps = runs(plan).flatMap((w) => w.steps.filter((s) => s.zone === 'marathon'));
    expect(mpSteps.length).toBeGreaterThan(0);
    // v2: MP 5:01–5:05 against T 5:00–5:06. Now Daniels' M pace of the VDOT that sets T: 5:21–5:27.
    for (const s of mpSteps) {
      expect(s.pace).toEqual(pacesFromVdot(vdot).marathon);
      expect(s.pace?.minSecPerKm).toBeGreaterThanOrEqual(t.maxSecPerKm + 10);
    }
    const race = plan.weeks.at(-1)?.workouts.find((w) => w.type === 'race')?.steps[0]?.pace;
    const [h, m, sec] = (plan.goal.predictedTime as string).split(':').map(Number) as [number, number, number];
    const perKm = Math.round((h * 3600 + m * 60 + sec) / GOAL_KM.marathon);
    expect(race).toEqual({ minSecPerKm: perKm - 2, maxSecPerKm: perKm + 2 });
    expect(english(plan.warnings)).toMatch(new RegExp(`about ${plan.goal.predictedTime} is a realistic target`));
  });
});

describe('a slow marathoner whose long run hits the 3 h 30 min cap (rule 6, coach review of v2)', () => {
  it('is told the time cap applies, offered no later date, and keeps the full plan (not limited)', () => {
    const req: PlanRequest = {
      goal: 'marathon',
      startDate: '2026-12-01',
      raceDate: '2027-04-18',
      weeklyKm: 40,
      daysPerWeek: 4,
      longRunDay: 'sun',
      recentRace: { distance: 'half', timeSec: 2 * 3600 + 25 * 60, date: '2026-11-01' },
    };
    const plan = planFor(req);
    const text = english(plan.warnings);
    expect(Math.max(...longs(plan).map((w) => w.distanceKm))).toBe(24.5);
    expect(text).toMatch(/time cap of 3 h 30 min allows 24.5 km/);
    expect(text).not.toMatch(/on or after/);
    expect(text).not.toMatch(/keeps hard running to one short session/);
    // Not limited: long runs with marathon-pace segments appear in the peak (a limited plan has none).
    expect(runs(plan).some((w) => w.type === 'long' && w.steps.some((s) => s.zone === 'marathon'))).toBe(true);
    expect(planRuleViolations(plan, req)).toEqual([]);
  });
});

describe('small taper weeks keep sensible runs (coach review of v2)', () => {
  it('5K at 15 km/week, 3 days, Monday race: no 1.3 km run beside the long run in the last week', () => {
    const req: PlanRequest = {
      goal: '5k',
      startDate: '2026-12-01',
      raceDate: '2026-12-28',
      weeklyKm: 15,
      daysPerWeek: 3,
      longRunDay: 'sun',
    };
    const plan = planFor(req);
    // v2: Thursday 1.3 km (strides) and Sunday 5 km in the taper week.
    for (const w of runs(plan)) expect(w.distanceKm, w.date).toBeGreaterThanOrEqual(3);
    const last = plan.weeks[3]?.workouts.filter((w) => w.type !== 'race') ?? [];
    expect(last.map((w) => [w.date, w.distanceKm])).toEqual([
      ['2026-12-24', 3],
      ['2026-12-27', 4.8],
    ]);
    expect(planRuleViolations(plan, req)).toEqual([]);
  });
});

describe('a recent race dated after the plan starts (coach review of v2)', () => {
  it('is refused with a clear reason; one on the start day is fine', () => {
    const req: PlanRequest = {
      goal: '10k',
      startDate: '2026-12-01',
      raceDate: '2027-03-07',
      weeklyKm: 40,
      daysPerWeek: 5,
      longRunDay: 'sun',
      recentRace: { distance: '10k', timeSec: 45 * 60, date: '2026-12-05' },
    };
    const out = generatePlan(req);
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(planErrorText(ENGLISH, out.error)).toMatch(/dated 2026-12-05, after the plan's start on 2026-12-01/);
    const same = generatePlan({ ...req, recentRace: { distance: '10k', timeSec: 45 * 60, date: '2026-12-01' } });
    expect(same.ok && same.plan.vdot).toBeCloseTo(45.3, 1);
  });
});

describe('novices (rule 14)', () => {
  const req: PlanRequest = {
    goal: '5k',
    startDate: '2026-03-02',
    raceDate: '2026-04-26',
    weeklyKm: 12,
    daysPerWeek: 3,
    longRunDay: 'sat',
  };
  const plan = planFor(req);

  it('easy runs and strides only in the first 4 weeks (v1 had intervals in week 4)', () => {
    for (const w of runs(plan).filter((x) => dn(x.date) < dn(req.startDate) + 28)) {
      expect(['easy', 'recovery', 'long']).toContain(w.type);
      for (const s of w.steps) expect(['easy', 'stride']).toContain(s.zone);
    }
  });

  it('repetitions are at most 5 % of their week (v1: 9–11 % from a 1.6 km floor)', () => {
    for (const week of plan.weeks) {
      const total = week.workouts.filter((x) => x.type !== 'race').reduce((t, x) => t + x.distanceKm, 0);
      for (const w of week.workouts) expect(workKm(w, 'repetition')).toBeLessThanOrEqual(0.05 * total + 0.05);
    }
    expect(planRuleViolations(plan, req)).toEqual([]);
  });
});

describe('no lighter week in the first three weeks of long plans (rule 7)', () => {
  it.each([12, 16, 44])('a %i-week half: weeks 1–3 each at least 90 %% of the week before', (weeks) => {
    const req: PlanRequest = {
      goal: 'half',
      startDate: '2026-01-05',
      raceDate: new Date(Date.UTC(2026, 0, 5 + weeks * 7 - 1)).toISOString().slice(0, 10),
      weeklyKm: 30,
      daysPerWeek: 4,
      longRunDay: 'sun',
    };
    const plan = planFor(req);
    const totals = weekStats(plan).map((s) => s.total);
    expect(totals[0]).toBeGreaterThan(0.9 * 30);
    expect(totals[1]).toBeGreaterThan(0.9 * (totals[0] as number));
    expect(totals[2]).toBeGreaterThan(0.9 * (totals[1] as number));
    // …and a lighter week by the fourth to eighth week after.
    expect(totals.slice(3, 8).some((t, i) => t <= 0.9 * (totals[i + 2] as number) + 1e-6)).toBe(true);
    expect(planRuleViolations(plan, req)).toEqual([]);
  });
});

describe('long-run share and time caps, medium-long runs (rule 6, Pfitzinger)', () => {
  it('a 40 km/week 5-day marathoner: median long-run share ≤ 40 % before the taper (v1 sat at 43–49 %)', () => {
    const req: PlanRequest = {
      goal: 'marathon',
      startDate: '2026-06-22',
      raceDate: '2026-10-25',
      weeklyKm: 40,
      daysPerWeek: 5,
      longRunDay: 'sun',
    };
    const plan = planFor(req);
    const shares = weekStats(plan)
      .filter((s) => s.phase !== 'taper' && s.phase !== 'race' && s.days === 7 && s.longRun > 0)
      .map((s) => s.longRun / s.total)
      .sort((a, b) => a - b);
    expect(shares[Math.floor((shares.length - 1) / 2)] as number).toBeLessThanOrEqual(0.4);
    for (const s of shares) expect(s).toBeLessThanOrEqual(0.5 + 0.005);
  });

  it('a slow marathoner (half in 2:35) runs no long run over 3 h 30 min at mid easy pace (v1: 3:10–3:20 h... and up)', () => {
    const req: PlanRequest = {
      goal: 'marathon',
      startDate: '2026-06-22',
      raceDate: '2026-10-25',
      weeklyKm: 45,
      daysPerWeek: 5,
      longRunDay: 'sun',
      recentRace: { distance: 'half', timeSec: 2 * 3600 + 35 * 60, date: '2026-06-07' },
    };
    const plan = planFor(req);
    const easy = plan.paces?.easy;
    const mid = ((easy?.minSecPerKm ?? 0) + (easy?.maxSecPerKm ?? 0)) / 2;
    for (const w of longs(plan)) expect((w.distanceKm * mid) / 60).toBeLessThanOrEqual(210 + 0.5);
    expect(planRuleViolations(plan, req)).toEqual([]);
  });

  it('weeks of 5+ runs carry a midweek medium-long run: well above the other easy runs, below the long run', () => {
    const req: PlanRequest = {
      goal: 'marathon',
      startDate: '2026-06-22',
      raceDate: '2026-10-25',
      weeklyKm: 70,
      daysPerWeek: 6,
      longRunDay: 'sun',
      longestRunKm: 24,
      recentRace: { distance: 'half', timeSec: 90 * 60, date: '2026-06-07' },
    };
    const plan = planFor(req);
    const training = plan.weeks.filter((w) => w.phase !== 'taper' && w.phase !== 'race');
    expect(training.length).toBeGreaterThan(10);
    for (const w of training) {
      const long = w.workouts.find((x) => x.type === 'long') as Workout;
      // Midweek: two days or more from the Sunday long run, so never the day before it.
      const mid = w.workouts.filter((x) => x.type === 'easy' && Math.abs(dn(x.date) - dn(long.date)) >= 2);
      const ml = mid.reduce((m, x) => (x.distanceKm > m.distanceKm ? x : m));
      const others = w.workouts
        .filter((x) => x.type === 'easy' && x !== ml)
        .map((x) => x.distanceKm)
        .sort((a, b) => a - b);
      const median = others[Math.floor((others.length - 1) / 2)] as number;
      expect(ml.distanceKm, `week ${w.index}`).toBeGreaterThanOrEqual(1.2 * median);
      expect(ml.distanceKm).toBeLessThan(long.distanceKm);
    }
  });
});

describe("the easy band is Daniels' E pace (rule 11)", () => {
  it('VDOT 50 gives about 5:22–5:52 /km (his calculator 5:21–5:53; v1 let the fast end run 10–15 s quicker)', () => {
    const e = pacesFromVdot(50).easy;
    expect(Math.abs(e.minSecPerKm - 322)).toBeLessThanOrEqual(2);
    expect(Math.abs(e.maxSecPerKm - 352)).toBeLessThanOrEqual(2);
  });

  it("a plan's easy runs use that band", () => {
    const plan = planFor({
      goal: '10k',
      startDate: '2026-03-02',
      raceDate: '2026-05-10',
      weeklyKm: 40,
      daysPerWeek: 4,
      longRunDay: 'sun',
      recentRace: { distance: '5k', timeSec: 19 * 60 + 57, date: '2026-02-22' },
    });
    expect(plan.vdot).toBeCloseTo(50, 0);
    const band = pacesFromVdot(plan.vdot as number).easy;
    for (const w of runs(plan).filter((x) => x.type === 'easy'))
      for (const s of w.steps.filter((x) => x.zone === 'easy')) expect(s.pace).toEqual(band);
  });
});
