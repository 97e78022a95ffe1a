/**
 * understand(): the detectors in order. The order decides where two could read one message ("moving house" is a
 * busy day, not a moved workout; "good morning" is a greeting, not feedback); bad input never throws.
 */
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, understand } from '../../../../src/coach/offline/understand/index.ts';
import type { UnderstandContext } from '../../../../src/coach/offline/understand/types.ts';
import { expectValidCalls, type Seen, strip, tools } from '../helpers.ts';
import { D, LONG, NOW, ZONE } from './input.ts';

const ctx = (more: Partial<UnderstandContext> = {}): UnderstandContext => ({
  now: NOW,
  timezone: ZONE,
  units: 'km',
  hasPlan: false,
  ...more,
});
const seen = (text: string, more?: Partial<UnderstandContext>): Seen => {
  const out = understand(text, ctx(more));
  expectValidCalls(out);
  return strip(out);
};

describe('understand: the first detector that reads a message wins', () => {
  it.each<[string, Seen]>([
    ['good morning', { kind: 'greeting' }],
    ['👍', { kind: 'thanks' }],
    ['ok', { kind: 'thanks' }],
    // Busy (travel.ts) comes before move.ts, which would read "moving … on Saturday" as a moved run.
    ["I'm moving house on Saturday", tools({ name: 'skip_workout', args: { date: D.sat, reason: 'busy' } })],
    [
      'done, felt great',
      tools(
        { name: 'complete_workout', args: { date: D.today } },
        { name: 'record_feedback', args: { date: D.today, rpe: 3, feeling: 'great', notes: 'done, felt great' } },
      ),
    ],
    [
      'good run today, 10 km in 50 min',
      tools(
        { name: 'log_run', args: { date: D.today, distanceKm: 10, duration: '50:00' } },
        {
          name: 'record_feedback',
          args: { date: D.today, rpe: 4, feeling: 'good', notes: 'good run today, 10 km in 50 min' },
        },
      ),
    ],
    ['Berlin', tools({ name: 'update_profile', args: { timezone: 'Europe/Berlin' } })],
    ['I miss running', { kind: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(seen(text)).toEqual(expected);
  });
});

describe('understand: bad input', () => {
  it.each<[string, unknown]>([
    ['empty', ''],
    ['spaces', '   '],
    ['emoji only', '🏃🏃'],
    ['punctuation only', '!!!...'],
    ['control characters', '\u0000\u0007'],
  ])('%s → unknown without a hint', (_name, text) => {
    expect(understand(text as string, ctx())).toEqual({ kind: 'unknown' });
  });

  it('a non-string is unknown, not a crash', () => {
    expect(understand(42 as unknown as string, ctx())).toEqual({ kind: 'unknown' });
    expect(understand(null as unknown as string, ctx())).toEqual({ kind: 'unknown' });
  });

  it(`a message over ${MAX_TEXT_LENGTH} characters gets the short-message hint`, () => {
    expect(MAX_TEXT_LENGTH).toBe(1000);
    expect(LONG.length).toBe(4000);
    expect(seen(LONG)).toEqual({
      kind: 'unknown',
      hint: 'That is a long message — send one short sentence at a time, e.g. "ran 10k in 52:30".',
    });
  });

  it('an unknown zone resolves in UTC, an invalid clock as 1970, and neither throws', () => {
    expect(seen('skip today', { timezone: 'Nowhere/Atlantis' })).toEqual(
      tools({ name: 'skip_workout', args: { date: D.today } }),
    );
    expect(seen('skip today', { now: new Date(Number.NaN) })).toEqual(
      tools({ name: 'skip_workout', args: { date: '1970-01-01' } }),
    );
  });
});
