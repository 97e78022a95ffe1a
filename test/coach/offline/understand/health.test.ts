/** detectHealth: illness, injury and fatigue adjust the plan (adjust_plan), with pain recorded as pain. */
import { describe, expect, it } from 'vitest';
import { detectHealth } from '../../../../src/coach/offline/understand/health.ts';
import { DEFAULT_ILLNESS_DAYS } from '../../../../src/coach/offline/understand/types.ts';
import { type Seen, tools } from '../helpers.ts';
import { D, input, LONG, notes, run } from './input.ts';

type Reason = 'illness' | 'injury' | 'fatigue';
const adjust = (reason: Reason, fromDate: string, days?: number) => ({
  name: 'adjust_plan' as const,
  args: days === undefined ? { reason, fromDate } : { reason, fromDate, days },
});
const pain = (text: string, location: string, severity: number) => ({
  name: 'record_feedback' as const,
  args: { date: D.today, pain: { location, severity }, notes: text },
});

describe('detectHealth', () => {
  it.each<[string, Seen]>([
    ["I'm sick", tools(adjust('illness', D.today, 3))],
    ['I have the flu, out for a week', tools(adjust('illness', D.today, 7))],
    ['got a cold since yesterday', tools(adjust('illness', D.yesterday, 3))],
    // Monday to Friday inclusive.
    ["I'm sick until Friday", tools(adjust('illness', D.today, 5))],
    ['shin splints again', tools(adjust('injury', D.today))],
    ['I need a rest week', tools(adjust('fatigue', D.today, 7))],
    ['injured my ankle, pain 6/10', tools(adjust('injury', D.today), pain('injured my ankle, pain 6/10', 'ankle', 6))],
    ['I pulled my hamstring', tools(adjust('injury', D.today), pain('I pulled my hamstring', 'hamstring', 4))],
  ])('%s', (text, expected) => {
    expect(run(detectHealth, text)).toEqual(expected);
  });

  it('assumes 3 days of illness when none are named, and says so', () => {
    expect(DEFAULT_ILLNESS_DAYS).toBe(3);
    expect(notes(detectHealth, "I'm sick")).toBe('Assumed 3 days; tell me if it is longer.');
    expect(notes(detectHealth, 'sick for 4 days')).toBe('');
  });

  it.each<[string, string, Seen]>([
    ['es', 'estoy enfermo', tools(adjust('illness', D.today, 3))],
    ['de', 'ich bin krank', tools(adjust('illness', D.today, 3))],
    ['ru', 'я заболел', tools(adjust('illness', D.today, 3))],
    ['fr', 'je suis malade depuis hier', tools(adjust('illness', D.yesterday, 3))],
    [
      'it',
      'mi sono infortunato al ginocchio',
      tools(adjust('injury', D.today), pain('mi sono infortunato al ginocchio', 'knee', 4)),
    ],
  ])('%s: %s', (language, text, expected) => {
    expect(run(detectHealth, text, { language })).toEqual(expected);
  });

  it.each(["I'm not sick anymore", 'sick of this weather', 'my knee hurts', 'ran 10 km', '', '🤒'])(
    'not illness, injury or fatigue: %j',
    (text) => {
      expect(run(detectHealth, text)).toBeNull();
    },
  );

  it.each<[string, string]>([
    ["I'm sick for 40 days", 'I can plan around 1 to 28 days — tell me e.g. "sick for 4 days".'],
    ['ill for 0 days', 'I can plan around 1 to 28 days — tell me e.g. "sick for 4 days".'],
    ['injured my knee, pain 12', 'Pain is rated 1 to 10 — e.g. "my knee hurts, 6/10".'],
  ])('out of range: %s', (text, hint) => {
    expect(run(detectHealth, text)).toEqual({ kind: 'unknown', hint });
  });

  it('never throws on 4,000 characters', () => {
    expect(() => detectHealth(input(`sick ${LONG}`))).not.toThrow();
  });
});
