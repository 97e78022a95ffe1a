/** detectSkip: skipping a workout (skip_workout), with the day and the reason. */
import { describe, expect, it } from 'vitest';
import { detectSkip } from '../../../../src/coach/offline/understand/skip.ts';
import { type Seen, tools } from '../helpers.ts';
import { D, firstArgs, input, LONG, run } from './input.ts';

const skip = (date: string, reason?: string): Seen =>
  tools({ name: 'skip_workout', args: reason ? { date, reason } : { date } });

describe('detectSkip', () => {
  it.each<[string, Seen]>([
    ['skip today', skip(D.today)],
    ["skipping tomorrow's run because of work", skip(D.tomorrow, 'work')],
    ["I can't run on Friday", skip(D.fri)],
    ["missed yesterday's run", skip(D.yesterday)],
    // Past tense looks back: last Saturday, not the coming one.
    ['I skipped Saturday', skip(D.lastSat)],
    ['taking a rest day', skip(D.today)],
    ['no run today, I am busy', skip(D.today)],
    ["won't be able to run tomorrow - dentist", skip(D.tomorrow, 'dentist')],
  ])('%s', (text, expected) => {
    expect(run(detectSkip, text)).toEqual(expected);
  });

  it.each<[string, string, Seen]>([
    ['de', 'heute kein Training', skip(D.today)],
    ['es', 'hoy no puedo correr', skip(D.today)],
    ['ru', 'сегодня пропущу тренировку', skip(D.today)],
    ['fr', 'je ne peux pas courir demain', skip(D.tomorrow)],
    ['it', "oggi salto l'allenamento", skip(D.today)],
  ])('%s: %s', (language, text, expected) => {
    expect(run(detectSkip, text, { language })).toEqual(expected);
  });

  it.each([
    'should I skip today?',
    'is Sunday a rest day?',
    'what if I miss a run?',
    // Longing for running is not a missed workout.
    'I miss running',
    'I really miss it',
    'I drove to work',
    '',
    '😴',
  ])('not a skip: %j', (text) => {
    expect(run(detectSkip, text)).toBeNull();
  });

  it('cuts a long reason to 300 characters and never throws on 4,000 characters', () => {
    const out = run(detectSkip, `skip today because ${'of work '.repeat(100)}`);
    expect(String(firstArgs(out).reason).length).toBe(300);
    expect(() => detectSkip(input(LONG))).not.toThrow();
  });
});
