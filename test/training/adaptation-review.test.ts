/**
 * The review's adaptation cases (issue 13), one scenario each: what changed, what did not, and rules 5, 6, 14, 15
 * and 16 on the adapted plan. Plus the structured explanation every change carries.
 */
import { describe, expect, it } from 'vitest';
import { changesSentence } from '../../src/coach/replies/changes.ts';
import {
  adaptPlan,
  addDays,
  briefKm,
  type Plan,
  type PlanRequest,
  pacesFromVdot,
  type Workout,
  weekdayName,
} from '../../src/training/index.ts';
import {
  holdViolations,
  lastFullWeekKm,
  resumesWithin2Days,
  returnViolations,
  tuneUpViolations,
} from './adaptation-rules.ts';
import { MARATHON_18, planFor } from './fixtures.ts';
import { adaptedRuleViolations } from './rules.ts';

const all = (p: Plan) => p.weeks.flatMap((w) => w.workouts);
const active = (w: Workout) => w.status !== 'skipped' && w.status !== 'missed';
const activeAt = (p: Plan, date: string) => all(p).find((w) => w.date === date && active(w));
const between = (p: Plan, from: string, to: string) => all(p).filter((w) => w.date >= from && w.date <= to);
const kmBetween = (p: Plan, from: string, to: string) =>
  between(p, from, to)
    .filter((w) => active(w) && w.type !== 'race')
    .reduce((s, w) => s + w.distanceKm, 0);
const HARD = (w: Workout) => w.type !== 'easy' && w.type !== 'recovery';
const json = (x: unknown) => JSON.stringify(x);

const FIVE: PlanRequest = MARATHON_18;
const five = planFor(FIVE);

describe('pain 6/10: nothing resumes before clearance, then rule 15', () => {
  const today = '2026-08-04'; // a Tuesday in week 7
  const held = adaptPlan(
    five,
    { kind: 'feedback', date: today, rpe: 5, pain: { location: 'knee', severity: 6 } },
    today,
  );

  it('holds every run from tomorrow to the race, and says so in codes', () => {
    expect(held.stopRunningAdvice).toBe(true);
    expect(holdViolations(held.plan, addDays(today, 1))).toEqual([]);
    // Day 8 and later are on hold too (v1 resumed on day 8 though the runner was told to wait).
    expect(activeAt(held.plan, addDays(today, 8))).toBeUndefined();
    expect(held.changes.length).toBeGreaterThan(20);
    for (const c of held.changes)
      expect(c.reasons).toEqual([{ code: 'hold_pain', rule: 15, signal: 'pain', value: 6 }]);
    // The past and the race stay.
    expect(json(between(held.plan, '0000', today))).toBe(json(between(five, '0000', today)));
    expect(activeAt(held.plan, five.goal.raceDate)?.type).toBe('race');
  });

  it('cleared on day 12: easy only for 7 days at half the last full week, a run within 2 days, slower paces', () => {
    const cleared = addDays(today, 12);
    const back = adaptPlan(held.plan, { kind: 'return', breakFrom: addDays(today, 1), resumeOn: cleared }, cleared);
    const ref = lastFullWeekKm(five, addDays(today, 1));
    expect(returnViolations(back.plan, addDays(today, 1), cleared, cleared, ref)).toEqual([]);
    expect(resumesWithin2Days(back.plan, cleared)).toBe(true);
    // No tempo on day 2 back, no long run on day 5: the first 7 days are easy.
    for (const w of between(back.plan, cleared, addDays(cleared, 6)).filter(active)) expect(HARD(w)).toBe(false);
    expect(
      Math.max(
        ...between(back.plan, cleared, addDays(cleared, 6))
          .filter(active)
          .map((w) => w.distanceKm),
      ),
    ).toBeLessThan(0.5 * ref);
    // Paces for 11 days off: 0.6 VDOT lower (about 1 a week from the second week: Daniels), on the workouts ahead;
    // the plan's VDOT stays the runner's fitness before the break.
    const vdot = Math.round(((five.vdot as number) - 0.6) * 10) / 10;
    const lowered = pacesFromVdot(vdot).easy;
    const easy = between(back.plan, addDays(cleared, 14), addDays(cleared, 30)).find((w) => w.type === 'easy');
    expect(easy?.steps[0]?.pace).toEqual(lowered);
    expect(back.plan.vdot).toBe(five.vdot);
    expect(back.changes.some((c) => c.reasons.some((r) => r.code === 'return_paces' && r.value === vdot))).toBe(true);
    expect(adaptedRuleViolations(back.plan, FIVE, cleared)).toEqual([]);
    // Days after the two weeks back come back as they were planned, only ever shorter.
    for (const w of between(back.plan, addDays(cleared, 14), addDays(five.goal.raceDate, -1))) {
      const was = all(five).find((x) => x.date === w.date) as Workout;
      expect(w.type === was.type || w.status === 'skipped').toBe(true);
      expect(w.distanceKm).toBeLessThanOrEqual(was.distanceKm);
    }
  });
});

describe('a 10-day illness returns by rule 15', () => {
  const from = '2026-08-10'; // Monday of week 8
  const a = adaptPlan(five, { kind: 'illness', fromDate: from, days: 10 }, from);
  const resume = addDays(from, 10);

  it('rests 10 days, then half of the last full week, easy only, with slower paces', () => {
    const ref = lastFullWeekKm(five, from);
    expect(kmBetween(five, resume, addDays(resume, 6))).toBeGreaterThan(0.5 * ref);
    expect(returnViolations(a.plan, from, resume, from, ref)).toEqual([]);
    expect(resumesWithin2Days(a.plan, resume)).toBe(true);
    expect(kmBetween(a.plan, resume, addDays(resume, 6))).toBeLessThanOrEqual(0.5 * ref + 0.05);
    expect(kmBetween(a.plan, addDays(resume, 7), addDays(resume, 13))).toBeLessThanOrEqual(0.75 * ref + 0.05);
    expect(between(a.plan, resume, addDays(resume, 6)).filter((w) => active(w) && HARD(w))).toEqual([]);
    // 10 days off: 0.4 VDOT (about 1 a week from the second week).
    const r = a.changes.flatMap((c) => c.reasons).find((x) => x.code === 'return_paces');
    expect(r).toMatchObject({ rule: 15, value: Math.round(((five.vdot as number) - 0.4) * 10) / 10 });
    expect(adaptedRuleViolations(a.plan, FIVE, from)).toEqual([]);
  });

  it('a short illness still eases back at 70 % without rule 15’s paces', () => {
    const b = adaptPlan(five, { kind: 'illness', fromDate: from, days: 3 }, from);
    expect(b.changes.flatMap((c) => c.reasons).some((x) => x.code === 'return_paces')).toBe(false);
    expect(b.changes.flatMap((c) => c.reasons).some((x) => x.code === 'easing_back' && x.value === 70)).toBe(true);
  });
});

/** Rule 14's shares for a session in its week. */
function workKm(w: Workout, zone: string): number {
  return w.steps.filter((s) => s.kind === 'work' && s.zone === zone).reduce((t, s) => t + s.reps * s.distanceKm, 0);
}

describe('travel on Wednesday and Saturday keeps rules 5, 6 and 14', () => {
  const half: PlanRequest = {
    goal: 'half',
    raceDate: '2026-11-08',
    startDate: '2026-07-06',
    weeklyKm: 40,
    daysPerWeek: 5,
    longRunDay: 'sun',
    recentRace: { distance: '10k', timeSec: 48 * 60 },
  };
  for (const [name, req] of [
    ['marathon, 45 km on 5 days', FIVE],
    ['half, 40 km on 5 days', half],
  ] as const) {
    it(name, () => {
      const p = planFor(req);
      for (const wk of [5, 8, 11]) {
        const week = p.weeks[wk] as Plan['weeks'][number];
        const from = week.startDate;
        const a = adaptPlan(p, { kind: 'travel', fromDate: from, days: 7, availableDays: ['wed', 'sat'] }, from);
        const after = a.plan.weeks[wk] as Plan['weeks'][number];
        const runs = after.workouts.filter((w) => active(w) && w.type !== 'race');
        expect(runs.every((w) => ['wed', 'sat'].includes(weekdayName(w.date)))).toBe(true);
        const long = runs.find((w) => w.type === 'long');
        const beforeLong = week.workouts.find((w) => w.type === 'long') as Workout;
        if (long) {
          // The long run stays the longest run; no session grew past what it was.
          for (const w of runs) expect(w.distanceKm).toBeLessThanOrEqual(long.distanceKm);
          expect(long.distanceKm).toBeLessThanOrEqual(beforeLong.distanceKm);
        }
        // Rule 14 counts the week's planned volume, skipped runs included (as rules.ts does).
        const weekKm = after.workouts.filter((w) => w.type !== 'race').reduce((s, w) => s + w.distanceKm, 0);
        for (const w of runs.filter((x) => x.type !== 'long' && x.type !== 'easy')) {
          const was = week.workouts.find((x) => x.title === w.title && x.type === w.type);
          // A session takes on skipped volume (a longer warm-up) only while the long run keeps its distance (v1 grew
          // the tempo to 12 km and cut the long run to 9.8 km).
          if (was && long && w.distanceKm > was.distanceKm) expect(long.distanceKm).toBe(beforeLong.distanceKm);
          expect(workKm(w, 'threshold')).toBeLessThanOrEqual(0.1 * weekKm + 0.05);
          expect(workKm(w, 'interval')).toBeLessThanOrEqual(Math.min(0.08 * weekKm, 10) + 0.05);
        }
        expect(adaptedRuleViolations(a.plan, req, from)).toEqual([]);
        // Every change says why in codes.
        for (const c of a.changes) expect(c.reasons.length).toBeGreaterThan(0);
      }
    });
  }
});

describe('a busy weekend for a sub-3 marathoner', () => {
  const sub3: PlanRequest = {
    goal: 'marathon',
    raceDate: '2026-12-06',
    startDate: '2026-08-03',
    weeklyKm: 95,
    daysPerWeek: 6,
    longRunDay: 'sun',
    recentRace: { distance: '10k', timeSec: 36 * 60 },
    goalTimeSec: 2 * 3600 + 59 * 60,
    longestRunKm: 28,
  };
  const p = planFor(sub3);

  // The generated plan itself may put a 20+ km medium-long run the day before the long run (part A's generator);
  // the adaptation must never make such a pair.
  it('never makes back-to-back long runs, and keeps rules 5, 6 and 14', () => {
    for (let wk = 2; wk < p.weeks.length - 3; wk++) {
      const week = p.weeks[wk] as Plan['weeks'][number];
      const sat = addDays(week.startDate, 5);
      for (const availableDays of [undefined, ['sat' as const], ['sun' as const], ['sat' as const, 'sun' as const]]) {
        const a = adaptPlan(p, { kind: 'busy', fromDate: sat, days: 2, availableDays }, week.startDate);
        const runs = between(a.plan, week.startDate, addDays(week.startDate, 7)).filter(active);
        for (let k = 1; k < runs.length; k++) {
          const x = runs[k - 1] as Workout;
          const y = runs[k] as Workout;
          if (addDays(x.date, 1) !== y.date || Math.min(x.distanceKm, y.distanceKm) < 20) continue;
          const wasX = activeAt(p, x.date);
          const wasY = activeAt(p, y.date);
          expect(wasX && wasY && wasX.distanceKm >= x.distanceKm && wasY.distanceKm >= y.distanceKm).toBe(true);
        }
        expect(adaptedRuleViolations(a.plan, sub3, week.startDate)).toEqual([]);
      }
    }
  });
});

describe('race results (rule 16)', () => {
  const fast: PlanRequest = { ...FIVE, recentRace: { distance: '10k', timeSec: 41 * 60 + 21 } };
  const p = planFor(fast);
  const today = '2026-08-08'; // a Saturday

  it('a slower 10K is applied only after the runner confirms it', () => {
    const slow = { kind: 'race_result', distance: '10k', timeSec: 49 * 60 + 30, date: today } as const;
    const asked = adaptPlan(p, slow, today);
    expect(asked.confirm).toMatchObject({ code: 'slower_result', vdotBefore: p.vdot });
    expect((asked.confirm?.vdotAfter as number) < (p.vdot as number) - 5).toBe(true);
    expect(asked.plan.vdot).toBe(p.vdot);
    expect(asked.plan.paces).toEqual(p.paces);
    const confirmed = adaptPlan(p, { ...slow, confirmed: true }, today);
    expect(confirmed.plan.vdot).toBe(asked.confirm?.vdotAfter);
    expect(confirmed.changes.flatMap((c) => c.reasons)).toContainEqual(
      expect.objectContaining({ code: 'new_paces', rule: 16, value: asked.confirm?.vdotAfter, ref: p.vdot }),
    );
    expect(adaptedRuleViolations(confirmed.plan, fast, today)).toEqual([]);
  });

  it('a faster result applies at once; an old or future one sets no paces', () => {
    const quick = adaptPlan(p, { kind: 'race_result', distance: '10k', timeSec: 40 * 60, date: today }, today);
    expect(quick.confirm).toBeUndefined();
    expect((quick.plan.vdot as number) > (p.vdot as number)).toBe(true);
    const old = adaptPlan(
      p,
      { kind: 'race_result', distance: '10k', timeSec: 40 * 60, date: addDays(today, -57) },
      today,
    );
    expect(old.refused?.code).toBe('race_stale');
    expect(old.plan).toBe(p);
    expect(
      adaptPlan(p, { kind: 'race_result', distance: '10k', timeSec: 2400, date: addDays(today, 1) }, today).refused,
    ).toBeTruthy();
  });

  it('a Saturday 10K tune-up: no Sunday long run, no Tuesday session, Thursday as planned', () => {
    const a = adaptPlan(p, { kind: 'race_result', distance: '10k', timeSec: 41 * 60, date: today }, today);
    const sun = addDays(today, 1);
    const tue = addDays(today, 3);
    const thu = addDays(today, 5);
    expect(activeAt(p, sun)?.type).toBe('long');
    expect(HARD(activeAt(p, tue) as Workout)).toBe(true);
    expect(['easy', 'recovery']).toContain(activeAt(a.plan, sun)?.type);
    expect((activeAt(a.plan, sun) as Workout).distanceKm).toBeLessThan((activeAt(p, sun) as Workout).distanceKm);
    expect(['easy', 'recovery']).toContain(activeAt(a.plan, tue)?.type);
    expect(activeAt(a.plan, thu)?.type).toBe(activeAt(p, thu)?.type);
    expect(tuneUpViolations(a.plan, today, '10k', today)).toEqual([]);
    const codes = a.changes.filter((c) => c.date === sun).flatMap((c) => c.reasons);
    expect(codes).toContainEqual({ code: 'tuneup_recovery', rule: 16, signal: 'race_result', value: 4, ref: 10 });
    expect(adaptedRuleViolations(a.plan, fast, today)).toEqual([]);
  });
});

describe('structured explanations', () => {
  it('every change carries codes and numbers; the reply makes one sentence with numbers of them', () => {
    const a = adaptPlan(five, { kind: 'illness', fromDate: '2026-08-10', days: 10 }, '2026-08-10');
    const facts = a.changes.map((c) => ({ ...c, fromKm: briefKm(c.before), toKm: briefKm(c.after) }));
    for (const c of a.changes) {
      expect(c.reasons.length).toBeGreaterThan(0);
      for (const r of c.reasons) {
        expect(typeof r.code).toBe('string');
        expect(r.code).toMatch(/^[a-z_]+$/);
      }
    }
    const s = changesSentence(facts, 'km');
    expect(s.split(/\.\s/).length).toBe(1);
    expect(s).toMatch(/^\d+ days changed \(−\d+(\.\d)? km\): /);
    expect(s).toMatch(/rest for 10 days of illness/);
    // The rule numbers stay in the data; the runner reads the reasons.
    expect(s).toMatch(/easy running only in the first 7 days back/);
    expect(s).toMatch(/at most \d+(\.\d)? km in those 7 days back/);
    expect(s).not.toMatch(/rule \d/);
    expect(changesSentence([], 'km')).toBe('');
  });
});

describe('a break of 3 weeks or more resumes running (rules 4, 5 and 15)', () => {
  const HALF: PlanRequest = {
    startDate: '2026-11-30',
    longRunDay: 'sun',
    goal: 'half',
    raceDate: '2027-04-11',
    weeklyKm: 40,
    daysPerWeek: 4,
    recentRace: { distance: '10k', timeSec: 48 * 60, date: '2026-11-15' },
  };
  const half = planFor(HALF);
  const ran = (p: Plan, from: string, to: string) => between(p, from, to).filter((w) => active(w) && w.type !== 'race');

  it('a 21-day injury: runs within 2 days of the return, at most 50 % then 75 % of the last full week', () => {
    const from = '2027-01-11';
    const a = adaptPlan(half, { kind: 'injury', fromDate: from, days: 21 }, from);
    const resume = addDays(from, 21);
    const ref = lastFullWeekKm(half, from);
    expect(resumesWithin2Days(a.plan, resume)).toBe(true);
    const first = kmBetween(a.plan, resume, addDays(resume, 6));
    // v2 capped the week at 1.1 × 0 + 2 km from three empty weeks and skipped every run to race day.
    expect(first).toBeGreaterThan(0.4 * ref);
    expect(first).toBeLessThanOrEqual(0.5 * ref + 0.05);
    expect(kmBetween(a.plan, addDays(resume, 7), addDays(resume, 13))).toBeLessThanOrEqual(0.75 * ref + 0.05);
    expect(ran(a.plan, addDays(resume, 14), addDays(half.goal.raceDate, -1)).length).toBeGreaterThan(30);
    expect(returnViolations(a.plan, from, resume, from, ref)).toEqual([]);
  });

  it('a pain hold cleared after 26 days: rule 5 starts again from the long run before the break', () => {
    const held = adaptPlan(
      half,
      { kind: 'feedback', date: '2027-01-12', rpe: 5, pain: { location: 'knee', severity: 6 } },
      '2027-01-12',
    );
    const back = adaptPlan(
      held.plan,
      { kind: 'return', breakFrom: '2027-01-13', resumeOn: '2027-02-08' },
      '2027-02-07',
    );
    const ref = lastFullWeekKm(half, '2027-01-13');
    expect(resumesWithin2Days(back.plan, '2027-02-08')).toBe(true);
    // 30 days after the last run rule 5's line was 0.2 km; now the first runs are 4 to 7 km.
    const first = ran(back.plan, '2027-02-08', '2027-02-14');
    expect(first.length).toBeGreaterThanOrEqual(3);
    for (const w of first) expect(w.distanceKm).toBeGreaterThanOrEqual(4);
    expect(kmBetween(back.plan, '2027-02-08', '2027-02-14')).toBeGreaterThan(0.4 * ref);
    expect(kmBetween(back.plan, '2027-02-08', '2027-02-14')).toBeLessThanOrEqual(0.5 * ref + 0.05);
    expect(ran(back.plan, '2027-02-22', '2027-04-10').length).toBeGreaterThan(20);
  });

  it('10 days of travel with no day to run returns by rule 15, not at full load', () => {
    const from = '2027-01-11';
    const a = adaptPlan(half, { kind: 'travel', fromDate: from, days: 10, availableDays: [] }, from);
    const resume = addDays(from, 10);
    const ref = lastFullWeekKm(half, from);
    expect(ran(a.plan, from, addDays(resume, -1))).toEqual([]);
    // v2 came back at 47.3 km in the first 7 days, over the last full week of 45.3 km.
    expect(kmBetween(a.plan, resume, addDays(resume, 6))).toBeLessThanOrEqual(0.5 * ref + 0.05);
    expect(kmBetween(a.plan, addDays(resume, 7), addDays(resume, 13))).toBeLessThanOrEqual(0.75 * ref + 0.05);
    expect(returnViolations(a.plan, from, resume, from, ref)).toEqual([]);
    expect(a.advice).toMatchObject({ longBreak: true });
  });

  it('7 days ill between a Sunday long run and a Tuesday run is 8 days without running: rule 15', () => {
    const from = '2027-01-11';
    expect(activeAt(half, '2027-01-10')?.type).toBe('long');
    expect(activeAt(half, '2027-01-18')).toBeUndefined();
    const a = adaptPlan(half, { kind: 'illness', fromDate: from, days: 7 }, from);
    const resume = addDays(from, 7);
    const ref = lastFullWeekKm(half, from);
    expect(a.changes.flatMap((c) => c.reasons).some((r) => r.code === 'return_volume' && r.rule === 15)).toBe(true);
    expect(kmBetween(a.plan, resume, addDays(resume, 6))).toBeLessThanOrEqual(0.5 * ref + 0.05);
    expect(between(a.plan, resume, addDays(resume, 6)).filter((w) => active(w) && HARD(w))).toEqual([]);
  });
});
