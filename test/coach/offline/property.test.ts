import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/coach/offline/index.ts';
import { assertValid } from './helpers.ts';

const ZONES = ['Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo', 'UTC', 'Pacific/Chatham', 'Not/AZone'];

/** Pieces of real phrasings, so that random sentences reach the tool-building paths, with bad numbers mixed in. */
const TOKENS = [
  'ran',
  'did',
  'move',
  'skip',
  'to',
  'on',
  'in',
  'for',
  'at',
  'and',
  'only',
  'my',
  'run',
  "I'm",
  'sick',
  'travelling',
  'busy',
  'week',
  'next week',
  'days',
  'a week',
  'today',
  'tomorrow',
  'yesterday',
  'friday',
  'sunday',
  'sat',
  'March 14',
  '14.03',
  '3/14',
  '2027-02-30',
  '2025-01-01',
  'April 2027',
  'last month',
  'in 3 weeks',
  '10k',
  '5k',
  'half marathon',
  'marathon',
  '6 miles',
  '0 km',
  '999 km',
  '-3 km',
  '52:30',
  '1:45:00',
  '99:99',
  '0:00',
  '45 min',
  'an hour',
  '1h 20m',
  'rpe',
  '15',
  '0',
  '-1',
  '8/10',
  '12/10',
  'felt great',
  'exhausted',
  'knee hurts',
  'sub-4',
  'sub 0',
  'goal time',
  'wake me at',
  'check in at',
  '6:30',
  '25:00',
  '9pm',
  '13pm',
  'in Berlin',
  'timezone',
  'America/Los_Angeles',
  'Mars/Base',
  'use miles',
  'km',
  'my name is',
  'call me',
  '🏃',
  'שלום',
  '\u202e',
  ',',
  '.',
  '?',
  '!',
  '\n',
  '5.2km',
  '28:10',
  '100',
  '0.5',
  '1e9',
  '30 days',
  '40 days',
  '9 days a week',
  '1 day a week',
  '400 km a week',
  'long runs on',
];

const sentence = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
const text = fc.oneof(
  sentence,
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
);
const ctx = fc.record({
  now: fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
  timezone: fc.constantFrom(...ZONES),
  units: fc.constantFrom('km' as const, 'mi' as const),
  hasPlan: fc.boolean(),
});

describe('understand (property)', () => {
  it('never throws, and every tool call it returns passes its schema', () => {
    fc.assert(
      fc.property(text, ctx, (t, c) => {
        const u = understand(t, c);
        expect(['tools', 'question', 'greeting', 'thanks', 'unknown']).toContain(u.kind);
        if (u.kind === 'tools') {
          expect(u.calls.length).toBeGreaterThan(0);
          for (const call of u.calls) assertValid(call);
        }
        if (u.kind === 'question' && u.date !== undefined) expect(u.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(sentence, ctx, (t, c) => {
        expect(understand(t, c)).toEqual(understand(t, c));
      }),
      { numRuns: 300 },
    );
  });

  it('survives hostile inputs', () => {
    const c = { now: new Date('2026-11-20T10:00:00Z'), timezone: 'Europe/Berlin', units: 'km' as const, hasPlan: true };
    for (const t of [
      '',
      ' ',
      '\u0000',
      '🏃'.repeat(5000),
      'a'.repeat(10_000),
      '9'.repeat(1000),
      `${'1:'.repeat(400)}1`,
      '((((((((((',
      'ran ran ran '.repeat(80),
    ]) {
      const started = performance.now();
      expect(() => understand(t, c)).not.toThrow();
      expect(performance.now() - started).toBeLessThan(500);
    }
    // @ts-expect-error: untyped callers
    expect(understand(undefined, c)).toEqual({ kind: 'unknown' });
    expect(understand('skip today', { ...c, now: new Date(Number.NaN) }).kind).toBe('tools');
  });
});
