/** detectPlanChange: a new race date or goal time for the current plan (change_plan). */
import { describe, expect, it } from 'vitest';
import { detectPlanChange } from '../../../../src/coach/offline/understand/plan-change.ts';
import type { Goal, UnderstandContext } from '../../../../src/coach/offline/understand/types.ts';
import { type Seen, tools } from '../helpers.ts';
import { input, LONG, run } from './input.ts';

const withPlan = (planGoal: Goal, more: Partial<UnderstandContext> = {}): Partial<UnderstandContext> => ({
  hasPlan: true,
  planGoal,
  ...more,
});
const change = (args: Record<string, unknown>): Seen =>
  tools({ name: 'change_plan', args } as Parameters<typeof tools>[0]);
const GOAL_HINT = 'That goal time looks off for the distance — try e.g. "sub-4 marathon" or "goal time 1:45:00".';

describe('detectPlanChange', () => {
  it.each<[string, Goal, Record<string, unknown>]>([
    ['race is on april 11', 'half', { raceDate: '2027-04-11' }],
    ['change my race date to 11 April', 'half', { raceDate: '2027-04-11' }],
    ['half marathon on May 9', 'half', { raceDate: '2027-05-09' }],
    ['goal time 1:59:00', 'half', { goalTime: '1:59:00' }],
    ['I want to break 2 hours in the half', 'half', { goalTime: '2:00:00' }],
    ['goal time 3:30', 'marathon', { goalTime: '3:30:00' }],
  ])('%s (plan: %s)', (text, goal, args) => {
    expect(run(detectPlanChange, text, withPlan(goal))).toEqual(change(args));
  });

  it.each<[string, string]>([
    ['de', 'Halbmarathon am 12. April'],
    ['ru', 'полумарафон 12 апреля'],
    // "carrera" is also a run; "la carrera es el…" names the race.
    ['es', 'la carrera es el 12 de abril'],
    ['es', 'mi carrera es el 12 de abril'],
  ])('%s: %s', (language, text) => {
    expect(run(detectPlanChange, text, withPlan('half', { language }))).toEqual(change({ raceDate: '2027-04-12' }));
  });

  it.each<[string, Goal, string]>([
    ['race is in april', 'half', 'Which day of that month is the race? e.g. "race is on April 11".'],
    // A colon goal once passed unchecked: no marathon is run in an hour (world record 2:00:35).
    ['goal time 1:00', 'marathon', GOAL_HINT],
    ['goal time 9 hours', 'half', GOAL_HINT],
  ])('%s (plan: %s): a hint', (text, goal, hint) => {
    expect(run(detectPlanChange, text, withPlan(goal))).toEqual({ kind: 'unknown', hint });
  });

  it.each<[string, Partial<UnderstandContext>]>([
    ['race is on april 11', { hasPlan: false }],
    ['race is on april 11', { hasPlan: true }],
    // Another distance is a new plan.
    ['marathon on May 9', withPlan('half')],
    ['I ran the half in 1:58', withPlan('half')],
    ['when is my race?', withPlan('half')],
    ['race is on april 11 2025', withPlan('half')],
    ['new plan, half marathon on May 9', withPlan('half')],
    ['', withPlan('half')],
    ['🏁', withPlan('half')],
  ])('not a change to the plan: %j %j', (text, ctx) => {
    expect(run(detectPlanChange, text, ctx)).toBeNull();
  });

  it('never throws on 4,000 characters', () => {
    expect(() => detectPlanChange(input(`race is on april 11 ${LONG}`, withPlan('half')))).not.toThrow();
  });
});
