/** detectPlan: a plan request (create_plan) from goal, race date, days a week, volume, goal time, long-run day. */
import { describe, expect, it } from 'vitest';
import { detectPlan, findPlanDays } from '../../../../src/coach/offline/understand/plan.ts';
import { type Seen, tools } from '../helpers.ts';
import { input, LONG, notes, run } from './input.ts';

const plan = (args: Record<string, unknown>): Seen =>
  tools({ name: 'create_plan', args } as Parameters<typeof tools>[0]);
const hint = (text: string): Seen => ({ kind: 'unknown', hint: text });

describe('detectPlan', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      'half marathon on March 14, I run 4 days a week, about 30 km',
      { goal: 'half', raceDate: '2027-03-14', daysPerWeek: 4, weeklyKm: 30 },
    ],
    // A month alone is its first Sunday: 4 April 2027.
    ['I want to run a sub-4 marathon in April 2027', { goal: 'marathon', raceDate: '2027-04-04', goalTime: '4:00:00' }],
    [
      'train me for a 10k on Dec 20, goal 45 min, 3 runs a week, long runs on Sunday',
      { goal: '10k', raceDate: '2026-12-20', goalTime: '45:00', daysPerWeek: 3, longRunDay: 'sun' },
    ],
    // 6 weeks from Monday 30 November 2026.
    ['5k in 6 weeks', { goal: '5k', raceDate: '2027-01-11' }],
    // 20 mi × 1.609344 = 32.2 km.
    ['plan for a half marathon on 3/14, 20 miles a week', { goal: 'half', raceDate: '2027-03-14', weeklyKm: 32.2 }],
  ])('%s', (text, args) => {
    expect(run(detectPlan, text)).toEqual(plan(args));
  });

  it('says which Sunday it assumed for a month alone', () => {
    expect(notes(detectPlan, 'I want to run a sub-4 marathon in April 2027')).toBe(
      'Race day assumed Sun 4 Apr 2027 (the first Sunday of that month); tell me the exact date to change it.',
    );
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['es', 'quiero correr una media maratón el 12 de abril', { goal: 'half', raceDate: '2027-04-12' }],
    ['de', 'ich möchte einen Halbmarathon am 12. April laufen', { goal: 'half', raceDate: '2027-04-12' }],
    ['ru', 'хочу пробежать марафон в апреле', { goal: 'marathon', raceDate: '2027-04-04' }],
    ['fr', 'je veux courir un semi-marathon le 12 avril', { goal: 'half', raceDate: '2027-04-12' }],
    ['it', 'voglio correre una maratona il 12 aprile', { goal: 'marathon', raceDate: '2027-04-12' }],
    ['pt', 'quero correr uma meia maratona em abril', { goal: 'half', raceDate: '2027-04-04' }],
  ])('%s: %s', (language, text, args) => {
    expect(run(detectPlan, text, { language })).toEqual(plan(args));
  });

  it('asks for the race date, keeping the message to complete', () => {
    expect(run(detectPlan, 'I want to run a marathon')).toEqual({
      kind: 'unknown',
      hint: 'When is the race? e.g. "marathon on March 14".',
      expect: { kind: 'complete', ask: 'race_date', text: 'I want to run a marathon' },
    });
  });

  it.each<[string, string]>([
    ['marathon on March 14 2025', 'That race date has already passed — which date is the race?'],
    ['marathon on March 14, 9 days a week', 'Plans use 2 to 7 run days a week.'],
    ['marathon on March 14, 400 km a week', 'Weekly volume should be 0 to 300 km.'],
    [
      '10k on March 14, goal 10 minutes',
      'That goal time looks off for the distance — try e.g. "sub-4 marathon" or "goal time 1:45:00".',
    ],
  ])('out of range: %s', (text, expected) => {
    expect(run(detectPlan, text)).toEqual(hint(expected));
  });

  it.each([
    // Results, not plans.
    'I ran a half marathon in 1:50',
    'I did a marathon last year',
    'my half marathon is in 1:45',
    'half an hour easy',
    '',
    '🏅',
  ])('not a plan request: %j', (text) => {
    expect(run(detectPlan, text)).toBeNull();
  });

  it('with a plan, a goal alone is not a new plan', () => {
    expect(run(detectPlan, 'marathon', { hasPlan: true })).toBeNull();
  });

  it('findPlanDays: "5 days" in a plan request is days a week, "in 5 days" is not', () => {
    expect(findPlanDays('marathon in april, 5 days, 50 km')?.value).toBe(5);
    expect(findPlanDays('race in 5 days')).toBeNull();
    expect(findPlanDays('3 days ago')).toBeNull();
  });

  it('never throws on 4,000 characters', () => {
    expect(() => detectPlan(input(`marathon ${LONG}`))).not.toThrow();
  });
});
