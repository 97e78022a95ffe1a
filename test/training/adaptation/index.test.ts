/**
 * A scenario per adaptation case: what changed, and what did not.
 */
import { describe, expect, it } from 'vitest';
import { adviceText, ENGLISH } from '../../../src/coach/replies/engine-words.ts';
import { netChanges } from '../../../src/training/adaptation/plan-edit.ts';
import type { Adaptation } from '../../../src/training/adaptation/types.ts';
import {
  adaptPlan,
  addDays,
  applyBusy,
  applyFeedback,
  applyIllness,
  applyLoadSpike,
  applyMissed,
  applyPartial,
  applyRaceResult,
  applyReschedule,
  applyReturn,
  type Plan,
  type PlanEvent,
  type PlanRequest,
  type Workout,
} from '../../../src/training/index.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';
import { adaptedRuleViolations, HARD } from '../rules.ts';

/** The advice as the CLI's English says it. */
const english = (a: Adaptation) => (a.advice ? adviceText(ENGLISH, a.advice) : '');

const FIVE: PlanRequest = MARATHON_18;
// 4 days: Tue easy, Thu quality, Sat easy, Sun long.
const FOUR: PlanRequest = { ...FIVE, weeklyKm: 35, daysPerWeek: 4 };
const five = planFor(FIVE);
const four = planFor(FOUR);

const workouts = (p: Plan) => p.weeks.flatMap((w) => w.workouts);
const at = (p: Plan, date: string) => workouts(p).filter((w) => w.date === date);
const activeAt = (p: Plan, date: string) => at(p, date).find((w) => w.status !== 'skipped' && w.status !== 'missed');
const between = (p: Plan, from: string, to: string) => workouts(p).filter((w) => w.date >= from && w.date <= to);
const json = (x: unknown) => JSON.stringify(x);

/** Everything before `today` and from `from` on is untouched. */
function expectUntouched(before: Plan, after: Plan, today: string, from?: string): void {
  expect(json(between(after, '0000-00-00', addDays(today, -1)))).toBe(
    json(between(before, '0000-00-00', addDays(today, -1))),
  );
  if (from) expect(json(between(after, from, '9999-12-31'))).toBe(json(between(before, from, '9999-12-31')));
}

/**
 * From `from` on, the plan keeps every workout on its day and type and never gets longer: rule 5 looks back four
 * weeks, so a shortened long run can trim the next long runs a little.
 */
function expectOnlyShorterFrom(before: Plan, after: Plan, from: string): void {
  const a = between(after, from, '9999-12-31');
  const b = between(before, from, '9999-12-31');
  expect(a.map((w) => [w.date, w.type, w.status])).toEqual(b.map((w) => [w.date, w.type, w.status]));
  a.forEach((w, k) => {
    expect(w.distanceKm).toBeLessThanOrEqual((b[k] as Workout).distanceKm);
  });
}

function expectRules(p: Plan, req: PlanRequest, today: string): void {
  expect(adaptedRuleViolations(p, req, today)).toEqual([]);
}

describe('missed and skipped workouts', () => {
  it('a missed key workout moves within its week when spacing allows', () => {
    const today = '2026-07-31'; // Friday
    const tempo = activeAt(four, '2026-07-30') as Workout;
    expect(tempo.type).toBe('tempo');
    const a = adaptPlan(four, { kind: 'missed', date: '2026-07-30' }, today);
    expect(at(a.plan, '2026-07-30')[0]?.status).toBe('missed');
    const moved = activeAt(a.plan, '2026-07-31') as Workout;
    expect(moved).toMatchObject({ type: 'tempo', distanceKm: tempo.distanceKm, status: 'planned', steps: tempo.steps });
    expect(a.advice).toMatchObject({ code: 'missed_moved', date: '2026-07-31', workout: { type: 'tempo' } });
    // The easy Saturday and the Sunday long run stay; nothing else changes.
    expect(activeAt(a.plan, '2026-08-01')).toEqual(activeAt(four, '2026-08-01'));
    expect(activeAt(a.plan, '2026-08-02')).toEqual(activeAt(four, '2026-08-02'));
    expectUntouched(four, a.plan, '2026-07-30', '2026-08-01');
    expect(a.changes.map((c) => c.date)).toEqual(['2026-07-30', '2026-07-31']);
    expect(four.weeks[5]?.workouts.find((w) => w.date === '2026-07-30')?.status).toBe('planned'); // input not mutated
    expectRules(a.plan, FOUR, today);
  });

  it('a missed key workout is dropped, not crammed, when every free day touches a hard day', () => {
    const today = '2026-07-29'; // Wednesday; Tuesday's session was missed, Thursday is hard, Sunday is long.
    const a = adaptPlan(five, { kind: 'missed', date: '2026-07-28' }, today);
    expect(at(a.plan, '2026-07-28')[0]?.status).toBe('missed');
    expect(a.advice?.code).toBe('missed_dropped');
    // No extra hard day in the week, no day changed but the missed one.
    const week = between(a.plan, '2026-07-27', '2026-08-02');
    expect(week.filter((w) => HARD(w) && w.status === 'planned').map((w) => w.date)).toEqual([
      '2026-07-30',
      '2026-08-02',
    ]);
    expectUntouched(five, a.plan, '2026-07-28', '2026-07-29');
    expect(a.changes).toHaveLength(1);
  });

  it('a missed easy run is simply let go', () => {
    const a = adaptPlan(five, { kind: 'missed', date: '2026-07-29' }, '2026-07-30');
    expect(at(a.plan, '2026-07-29')[0]?.status).toBe('missed');
    expect(a.changes).toHaveLength(1);
    expectUntouched(five, a.plan, '2026-07-29', '2026-07-30');
  });

  it('skip marks the workout skipped and tries to move a key one', () => {
    const a = adaptPlan(four, { kind: 'skip', date: '2026-07-30', reason: 'work' }, '2026-07-30');
    expect(at(a.plan, '2026-07-30')[0]?.status).toBe('skipped');
    expect(activeAt(a.plan, '2026-07-31')?.type).toBe('tempo');
    expect(a.changes[0]?.reasons[0]).toEqual({ code: 'skipped', note: 'work' });
  });

  it('refuses a day without a planned workout, and the race', () => {
    expect(adaptPlan(five, { kind: 'skip', date: '2026-07-27' }, '2026-07-27').refused?.code).toBe('no_workout');
    expect(adaptPlan(five, { kind: 'skip', date: '2026-10-25' }, '2026-10-20').refused?.code).toBe('race_not_skipped');
  });

  it('a partial run is recorded, nothing else changes', () => {
    const a = adaptPlan(five, { kind: 'partial', date: '2026-07-29', doneKm: 4 }, '2026-07-29');
    expect(at(a.plan, '2026-07-29')[0]?.status).toBe('partial');
    expect(json(a.plan.weeks.map((w) => w.totalKm))).toBe(json(five.weeks.map((w) => w.totalKm)));
    expect(a.changes).toHaveLength(1);
  });
});

describe('feedback', () => {
  const today = '2026-07-29'; // Wednesday, easy day
  it('a hard effort on an easy day lightens the next two days, not the rest of the week', () => {
    const a = adaptPlan(five, { kind: 'feedback', date: today, rpe: 8, feeling: 'tired' }, today);
    const thu = activeAt(a.plan, '2026-07-30') as Workout;
    const thuBefore = activeAt(five, '2026-07-30') as Workout;
    expect(HARD(thuBefore)).toBe(true);
    expect(thu.type).toBe('easy');
    expect(thu.distanceKm).toBeCloseTo(thuBefore.distanceKm * 0.7, 0);
    // The long run three days on stays as planned (rule 6 still holds: 50 % of the lighter week).
    expect(activeAt(a.plan, '2026-08-02')).toEqual(activeAt(five, '2026-08-02'));
    expect(a.plan.weeks[5]?.totalKm).toBeLessThan(five.weeks[5]?.totalKm as number);
    expect(a.changes.map((c) => c.date)).toEqual(['2026-07-30']);
    expect(a.stopRunningAdvice).toBeFalsy();
    expectUntouched(five, a.plan, today, '2026-07-31');
    expectRules(a.plan, FIVE, today);
  });

  it('"exhausted" lightens the days ahead the same way', () => {
    const a = adaptPlan(five, { kind: 'feedback', date: '2026-07-28', rpe: 6, feeling: 'exhausted' }, today);
    expect(activeAt(a.plan, '2026-07-30')?.type).toBe('easy');
    expect(a.advice?.code).toBe('lighter_exhausted');
    expectUntouched(five, a.plan, today);
    expectOnlyShorterFrom(five, a.plan, '2026-08-03');
  });

  it('mild pain lightens and says when to see a professional, without stopping', () => {
    const a = adaptPlan(
      five,
      { kind: 'feedback', date: today, rpe: 4, pain: { location: 'left knee', severity: 3 } },
      today,
    );
    expect(a.stopRunningAdvice).toBeFalsy();
    expect(a.advice).toEqual({ code: 'lighter_pain', location: 'left knee' });
    expect(english(a)).toMatch(/physiotherapist or doctor/);
    expect(a.changes.length).toBeGreaterThan(0);
  });

  it('pain of 5 or more stops running and recommends a professional, never a diagnosis', () => {
    const a = adaptPlan(
      five,
      { kind: 'feedback', date: today, rpe: 4, pain: { location: 'shin', severity: 6 } },
      today,
    );
    expect(a.stopRunningAdvice).toBe(true);
    expect(a.advice).toEqual({ code: 'pain_stop', severity: 6, location: 'shin' });
    expect(english(a)).toMatch(/doctor or physiotherapist/);
    expect(english(a)).not.toMatch(/fracture|splints|tendin|strain|sprain|syndrome/i);
    // The next seven days are rest; the week after that is as planned (or lighter by the rules).
    for (const w of between(a.plan, '2026-07-30', '2026-08-05')) expect(w.status).toBe('skipped');
    expectUntouched(five, a.plan, today);
    expectRules(a.plan, FIVE, today);
  });

  it('an easy run that felt easy changes nothing', () => {
    const a = adaptPlan(five, { kind: 'feedback', date: today, rpe: 3, feeling: 'good' }, today);
    expect(a.changes).toEqual([]);
    expect(a.plan).toBe(five);
  });
});

describe('illness and injury', () => {
  const today = '2026-08-04'; // Tuesday of week 7
  it('rests the days named and returns at about 70 % for a week', () => {
    const a = adaptPlan(five, { kind: 'illness', fromDate: today, days: 3 }, today);
    for (const w of between(a.plan, '2026-08-04', '2026-08-06')) expect(w.status).toBe('skipped');
    const back = (p: Plan) =>
      between(p, '2026-08-07', '2026-08-13')
        .filter((w) => w.status === 'planned')
        .reduce((s, w) => s + w.distanceKm, 0);
    expect(back(a.plan) / back(five)).toBeGreaterThan(0.6);
    expect(back(a.plan) / back(five)).toBeLessThan(0.75);
    // The first days back have no hard sessions.
    for (const w of between(a.plan, '2026-08-07', '2026-08-09')) expect(HARD(w)).toBe(false);
    expect(a.advice?.code).toBe('illness_rest');
    expect(english(a)).toMatch(/fever/);
    expectUntouched(five, a.plan, today);
    // Two weeks on, the plan keeps its days and sessions; rule 5's rolling 30 days can only trim a long run a little.
    expectOnlyShorterFrom(five, a.plan, '2026-08-24');
    expectRules(a.plan, FIVE, today);
  });

  it('a long illness rebuilds gradually under rule 4', () => {
    const a = adaptPlan(five, { kind: 'illness', fromDate: today, days: 21 }, today);
    expectRules(a.plan, FIVE, today);
    expect(a.plan.weeks[10]?.totalKm).toBeLessThan(five.weeks[10]?.totalKm as number);
  });

  it('an injury rests, recommends a professional and stops running advice', () => {
    const a = adaptPlan(five, { kind: 'injury', fromDate: today, days: 5 }, today);
    expect(a.stopRunningAdvice).toBe(true);
    expect(a.advice?.code).toBe('injury_rest');
    expect(english(a)).toMatch(/doctor or physiotherapist/);
    for (const w of between(a.plan, '2026-08-04', '2026-08-08')) expect(w.status).toBe('skipped');
  });
});

describe('travel and busy weeks', () => {
  it('keeps the long run and one quality session on the days available', () => {
    const today = '2026-08-03'; // Monday of week 7
    const a = adaptPlan(
      five,
      { kind: 'travel', fromDate: today, days: 7, availableDays: ['wed', 'fri', 'sun'] },
      today,
    );
    const week = between(a.plan, '2026-08-03', '2026-08-09').filter((w) => w.status === 'planned');
    expect(week.map((w) => w.date)).toEqual(['2026-08-05', '2026-08-07', '2026-08-09']);
    // The long run stays on its day; with three runs left it is at most half the week (rule 6).
    const long = activeAt(a.plan, '2026-08-09') as Workout;
    expect(long.type).toBe('long');
    expect(long.distanceKm).toBeLessThanOrEqual(0.5 * (a.plan.weeks[6]?.totalKm as number));
    const quality = week.filter((w) => HARD(w) && w.type !== 'long');
    expect(quality).toHaveLength(1);
    // Weekdays not available have nothing planned.
    for (const d of ['2026-08-04', '2026-08-06', '2026-08-08']) expect(activeAt(a.plan, d)).toBeUndefined();
    expectUntouched(five, a.plan, today);
    expectOnlyShorterFrom(five, a.plan, '2026-08-10');
    expectRules(a.plan, FIVE, today);
  });

  it('a busy stretch without named days keeps the long run and one session on their own days', () => {
    const today = '2026-08-03';
    const a = adaptPlan(five, { kind: 'busy', fromDate: today, days: 7 }, today);
    const week = between(a.plan, today, '2026-08-09').filter((w) => w.status === 'planned');
    // An easy run stays (longer) so that the 22 km long run keeps its distance within rule 6's half of the week.
    expect(week.map((w) => w.type)).toEqual(['tempo', 'easy', 'long']);
    expect(week.filter((w) => HARD(w) && w.type !== 'long')).toHaveLength(1);
    for (const w of week) expect(w.date).toBe(activeAt(five, w.date)?.date);
    expect(activeAt(a.plan, '2026-08-09')?.distanceKm).toBe(activeAt(five, '2026-08-09')?.distanceKm);
    expect(a.plan.weeks[6]?.totalKm).toBeLessThan(five.weeks[6]?.totalKm as number);
    expect(a.advice).toMatchObject({ code: 'busy_kept', proportion: true });
    expectRules(a.plan, FIVE, today);
  });

  it('a busy stretch with no days available rests', () => {
    const a = adaptPlan(five, { kind: 'busy', fromDate: '2026-08-03', days: 3, availableDays: [] }, '2026-08-03');
    for (const w of between(a.plan, '2026-08-03', '2026-08-05')) expect(w.status).toBe('skipped');
    expect(activeAt(a.plan, '2026-08-06')).toEqual(activeAt(five, '2026-08-06'));
  });
});

describe('fatigue', () => {
  it('lightens the days named, hard sessions easy, and the rest of the week a little', () => {
    const today = '2026-07-28';
    const a = adaptPlan(five, { kind: 'fatigue', fromDate: today, days: 3 }, today);
    expect(activeAt(a.plan, '2026-07-28')?.type).toBe('easy');
    expect(activeAt(a.plan, '2026-07-30')?.type).toBe('easy');
    expect(activeAt(a.plan, '2026-08-02')?.type).toBe('long');
    expect((activeAt(a.plan, '2026-08-02') as Workout).distanceKm).toBeLessThan(
      (activeAt(five, '2026-08-02') as Workout).distanceKm,
    );
    expectUntouched(five, a.plan, today);
    expectOnlyShorterFrom(five, a.plan, '2026-08-03');
    expectRules(a.plan, FIVE, today);
  });
});

describe('a new race result', () => {
  it('updates VDOT, paces and the pace targets ahead; distances and the past stay', () => {
    const today = '2026-08-03';
    const a = adaptPlan(five, { kind: 'race_result', distance: '10k', timeSec: 42 * 60 }, today);
    expect(a.plan.vdot).toBeGreaterThan(five.vdot as number);
    expect(a.plan.paces?.threshold.minSecPerKm).toBeLessThan(five.paces?.threshold.minSecPerKm as number);
    const tempo = between(a.plan, today, '2026-12-31').find((w) => w.type === 'tempo') as Workout;
    const work = tempo.steps.find((s) => s.zone === 'threshold');
    expect(work?.pace).toEqual(a.plan.paces?.threshold);
    expect(json(a.plan.weeks.map((w) => w.totalKm))).toBe(json(five.weeks.map((w) => w.totalKm)));
    expectUntouched(five, a.plan, today);
    expect(a.advice?.code).toBe('race_paces');
  });
});

describe('load spike', () => {
  const today = '2026-08-03';
  const history = (recent: number) =>
    Array.from({ length: 42 }, (_, k) => ({ date: addDays(today, k - 42), load: k >= 35 ? recent : 250 }));

  it('7-day over 28-day EWMA above 1.5 lightens the coming week', () => {
    const a = adaptPlan(five, { kind: 'load', loads: history(900) }, today);
    expect(a.changes.length).toBeGreaterThan(0);
    expect(a.plan.weeks[6]?.totalKm).toBeLessThan(five.weeks[6]?.totalKm as number);
    const hardBefore = between(five, today, '2026-08-09').filter((w) => HARD(w) && w.type !== 'long').length;
    const hardAfter = between(a.plan, today, '2026-08-09').filter((w) => HARD(w) && w.type !== 'long').length;
    expect(hardAfter).toBe(hardBefore - 1);
    expectUntouched(five, a.plan, today);
    expectOnlyShorterFrom(five, a.plan, '2026-08-10');
    expectRules(a.plan, FIVE, today);
  });

  it('a steady load changes nothing', () => {
    const a = adaptPlan(five, { kind: 'load', loads: history(250) }, today);
    expect(a.changes).toEqual([]);
    expect(a.plan).toBe(five);
  });
});

describe('reschedule', () => {
  const today = '2026-07-28';
  it('moves a workout to a free day of the same week when spacing allows', () => {
    const a = adaptPlan(five, { kind: 'reschedule', date: '2026-07-29', newDate: '2026-07-31' }, today);
    expect(a.refused).toBeUndefined();
    expect(activeAt(a.plan, '2026-07-29')).toBeUndefined();
    expect(activeAt(a.plan, '2026-07-31')).toEqual({ ...activeAt(five, '2026-07-29'), date: '2026-07-31' });
    expect(a.plan.weeks[5]?.totalKm).toBe(five.weeks[5]?.totalKm);
    expectUntouched(five, a.plan, today, '2026-08-01');
  });

  it('swaps with a planned workout on the new day', () => {
    const a = adaptPlan(five, { kind: 'reschedule', date: '2026-08-02', newDate: '2026-08-01' }, today);
    expect(a.refused).toBeUndefined();
    expect(activeAt(a.plan, '2026-08-01')?.type).toBe('long');
    expect(activeAt(a.plan, '2026-08-02')?.type).toBe('easy');
  });

  it('refuses back-to-back hard days, other weeks, and the past, with the reason', () => {
    const clash = adaptPlan(five, { kind: 'reschedule', date: '2026-07-28', newDate: '2026-07-31' }, today);
    expect(clash.refused?.code).toBe('hard_back_to_back');
    expect(clash.plan).toBe(five);
    expect(
      adaptPlan(five, { kind: 'reschedule', date: '2026-07-29', newDate: '2026-08-04' }, today).refused?.code,
    ).toBe('other_week');
    expect(
      adaptPlan(five, { kind: 'reschedule', date: '2026-07-22', newDate: '2026-07-24' }, today).refused?.code,
    ).toBe('past_day');
    expect(
      adaptPlan(five, { kind: 'reschedule', date: '2026-07-27', newDate: '2026-07-31' }, today).refused?.code,
    ).toBe('no_workout');
  });
});

describe('one entry point (adaptation/index.ts)', () => {
  const today = '2026-07-28';
  const same = (a: Adaptation, b: Adaptation) => {
    expect(json(a.plan)).toBe(json(b.plan));
    expect(a.advice).toEqual(b.advice);
    expect(a.refused).toEqual(b.refused);
  };
  it.each([
    [{ kind: 'missed', date: '2026-07-29' }, () => applyMissed(five, '2026-07-29', today, 'missed')],
    [
      { kind: 'skip', date: '2026-07-29', reason: 'rain' },
      () => applyMissed(five, '2026-07-29', today, 'skipped', 'rain'),
    ],
    [{ kind: 'partial', date: '2026-07-28', doneKm: 5 }, () => applyPartial(five, '2026-07-28', 5)],
    [
      { kind: 'feedback', date: '2026-07-28', rpe: 4 },
      () => applyFeedback(five, { date: '2026-07-28', rpe: 4 }, today),
    ],
    [
      { kind: 'injury', fromDate: today, days: 2 },
      () => applyIllness(five, { fromDate: today, days: 2, kind: 'injury' }, today),
    ],
    [{ kind: 'busy', fromDate: today, days: 3 }, () => applyBusy(five, { fromDate: today, days: 3 }, today)],
    [
      { kind: 'race_result', distance: '5k', timeSec: 1260 },
      () => applyRaceResult(five, { distance: '5k', timeSec: 1260 }, today),
    ],
    [{ kind: 'load', loads: [] }, () => applyLoadSpike(five, [], today)],
    [
      { kind: 'reschedule', date: '2026-07-29', newDate: '2026-07-31' },
      () => applyReschedule(five, '2026-07-29', '2026-07-31', today),
    ],
    [
      { kind: 'return', breakFrom: '2026-07-20', resumeOn: today },
      () => applyReturn(five, { breakFrom: '2026-07-20', resumeOn: today }, today),
    ],
  ] as [PlanEvent, () => Adaptation][])('%o goes to its module', (event, direct) => {
    same(adaptPlan(five, event, today), direct());
  });

  it('shows one change a day: a day lightened and then shortened again by a volume rule is one change', () => {
    const direct = applyFeedback(five, { date: today, rpe: 5, feeling: 'exhausted' }, today);
    const a = adaptPlan(five, { kind: 'feedback', date: today, rpe: 5, feeling: 'exhausted' }, today);
    expect(a.changes).toEqual(netChanges(direct.changes));
    const dates = a.changes.map((c) => c.date);
    expect(new Set(dates).size).toBe(dates.length);
  });
});
