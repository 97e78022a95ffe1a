import { describe, expect, it } from 'vitest';
import {
  applyFatigue,
  applyFeedback,
  HARD_RPE_ON_EASY_DAY,
  PAIN_STOP_SEVERITY,
} from '../../../src/training/adaptation/feedback.ts';
import type { Adaptation } from '../../../src/training/adaptation/types.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';

// Week 6: Mon 07-27 rest, Tue tempo 8, Wed easy 10, Thu intervals 8, Fri rest, Sat easy 7.5, Sun long 19.5.
const plan = planFor(MARATHON_18);
const days = (a: Adaptation, code: string) =>
  a.changes
    .filter((c) => c.reasons.some((r) => r.code === code))
    .map((c) => `${c.date} ${c.after?.type} ${c.after?.distanceKm} ${c.after?.status}`);

describe('thresholds (design.md, "Adaptation"; Foster 2001 CR-10)', () => {
  it('pain of 5/10 stops running; RPE 7 ("very hard") on an easy day is too hard', () => {
    expect(PAIN_STOP_SEVERITY).toBe(5);
    expect(HARD_RPE_ON_EASY_DAY).toBe(7);
  });
});

describe('how a run felt', () => {
  it('an easy run at RPE 8: the next two days at 70 %, sessions easy; nothing else', () => {
    const a = applyFeedback(plan, { date: '2026-07-29', rpe: 8 }, '2026-07-29');
    expect(days(a, 'lighter_hard_easy')).toEqual(['2026-07-30 easy 5.6 planned']);
    expect(a.changes[0]?.reasons).toEqual([{ code: 'lighter_hard_easy', signal: 'rpe', value: 8 }]);
    expect(a.advice).toEqual({ code: 'lighter_hard_easy' });
  });

  it('RPE 6 on an easy day, or 8 on a session day, is noted and changes nothing', () => {
    const six = applyFeedback(plan, { date: '2026-07-29', rpe: 6 }, '2026-07-29');
    expect(six).toEqual({ plan, changes: [], advice: { code: 'noted', tough: false } });
    const tempo = applyFeedback(plan, { date: '2026-07-28', rpe: 8 }, '2026-07-28');
    expect(tempo).toEqual({ plan, changes: [], advice: { code: 'noted', tough: true } });
  });

  it('a hard run on a rest day (an unplanned run): the next two days at 85 %, sessions easy', () => {
    const a = applyFeedback(plan, { date: '2026-07-27', rpe: 7 }, '2026-07-27');
    expect(days(a, 'lighter_unplanned')).toEqual(['2026-07-28 easy 6.8 planned', '2026-07-29 easy 8.5 planned']);
    expect(a.advice).toEqual({ code: 'lighter_unplanned' });
  });

  it('"exhausted": three days at 70 %, sessions easy, then the week at 90 % with the long run kept', () => {
    const a = applyFeedback(plan, { date: '2026-07-28', rpe: 5, feeling: 'exhausted' }, '2026-07-28');
    expect(days(a, 'lighter_exhausted')).toEqual([
      '2026-07-29 easy 7 planned',
      '2026-07-30 easy 5.6 planned',
      '2026-08-01 easy 6.8 planned', // 7.5 × 0.9 = 6.75
    ]);
    expect(a.plan.weeks[5]?.workouts.at(-1)).toMatchObject({ type: 'long', distanceKm: 19.5 });
    expect(a.advice).toEqual({ code: 'lighter_exhausted' });
  });

  it('mild pain: two days at 70 %, sessions easy, then the week at 85 %, the long run too', () => {
    const a = applyFeedback(
      plan,
      { date: '2026-07-28', rpe: 5, pain: { location: 'calf', severity: 3 } },
      '2026-07-28',
    );
    expect(days(a, 'lighter_pain')).toEqual([
      '2026-07-29 easy 7 planned',
      '2026-07-30 easy 5.6 planned',
      '2026-08-01 easy 6.4 planned', // 7.5 × 0.85 = 6.375
      '2026-08-02 long 16.6 planned', // 19.5 × 0.85 = 16.575
    ]);
    expect(a.changes[0]?.reasons[0]).toEqual({ code: 'lighter_pain', signal: 'pain', value: 3, note: 'calf' });
    expect(a.advice).toEqual({ code: 'lighter_pain', location: 'calf' });
    expect(a.stopRunningAdvice).toBeUndefined();
  });

  it('pain of 5 or more holds every run from tomorrow to the race (rule 15) and stops running advice', () => {
    const a = applyFeedback(
      plan,
      { date: '2026-07-28', rpe: 5, pain: { location: 'knee', severity: 5 } },
      '2026-07-28',
    );
    expect(a.stopRunningAdvice).toBe(true);
    expect(a.advice).toEqual({ code: 'pain_stop', severity: 5, location: 'knee' });
    const ahead = a.plan.weeks.flatMap((w) => w.workouts).filter((w) => w.date > '2026-07-28' && w.type !== 'race');
    expect(ahead.every((w) => w.status === 'skipped')).toBe(true);
    expect(a.changes).toHaveLength(ahead.length);
    expect(a.changes[0]?.reasons).toEqual([{ code: 'hold_pain', rule: 15, signal: 'pain', value: 5 }]);
    // Today's own run and the race stay.
    expect(a.plan.weeks[5]?.workouts[0]?.status).toBe('planned');
    expect(a.plan.weeks.at(-1)?.workouts.at(-1)).toMatchObject({ type: 'race', status: 'planned' });
  });

  it('feedback on an earlier day lightens from today on', () => {
    const a = applyFeedback(plan, { date: '2026-07-26', rpe: 9, feeling: 'exhausted' }, '2026-07-29');
    expect(days(a, 'lighter_exhausted')[0]).toBe('2026-07-29 easy 7 planned');
  });
});

describe('fatigue for a stretch of days', () => {
  it('those days at 70 % with sessions easy, the rest of the week at 85 %', () => {
    const a = applyFatigue(plan, { fromDate: '2026-07-29', days: 2 }, '2026-07-29');
    expect(days(a, 'lighter_fatigue')).toEqual([
      '2026-07-29 easy 7 planned',
      '2026-07-30 easy 5.6 planned',
      '2026-08-01 easy 6.4 planned',
      '2026-08-02 long 16.6 planned',
    ]);
    expect(a.changes[0]?.reasons).toEqual([{ code: 'lighter_fatigue', signal: 'fatigue', value: 70 }]);
    expect(a.advice).toEqual({ code: 'fatigue_through', through: '2026-07-30' });
  });
  it('without a number of days, reads as "exhausted" the day before', () => {
    const a = applyFatigue(plan, { fromDate: '2026-07-29' }, '2026-07-29');
    expect(a.advice).toEqual({ code: 'lighter_exhausted' });
    expect(days(a, 'lighter_exhausted')[0]).toBe('2026-07-29 easy 7 planned');
  });
});
