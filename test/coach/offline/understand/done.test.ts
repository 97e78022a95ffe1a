/** detectDone: the planned session was done as planned (complete_workout), with any feedback given. */
import { describe, expect, it } from 'vitest';
import { DONE_BARE, detectDone } from '../../../../src/coach/offline/understand/done.ts';
import { type Seen, tools } from '../helpers.ts';
import { D, input, LONG, run } from './input.ts';

const done = (date: string): Seen => tools({ name: 'complete_workout', args: { date } });

describe('detectDone', () => {
  it.each<[string, Seen]>([
    ['done', done(D.today)],
    ['Done!', done(D.today)],
    ["did today's workout", done(D.today)],
    ['long run done', done(D.today)],
    ['finished the tempo', done(D.today)],
    ['nailed it', done(D.today)],
    ['all done for today', done(D.today)],
    ["did yesterday's run", done(D.yesterday)],
    ['intervals in the bag', done(D.today)],
  ])('%s', (text, expected) => {
    expect(run(detectDone, text)).toEqual(expected);
  });

  it('records the feeling or pain said after "done," (the first clause is the bare done)', () => {
    expect(run(detectDone, 'done, felt great')).toEqual(
      tools(
        { name: 'complete_workout', args: { date: D.today } },
        { name: 'record_feedback', args: { date: D.today, rpe: 3, feeling: 'great', notes: 'done, felt great' } },
      ),
    );
    expect(run(detectDone, 'done, but my knee hurts 6/10')).toEqual(
      tools(
        { name: 'complete_workout', args: { date: D.today } },
        {
          name: 'record_feedback',
          args: { date: D.today, pain: { location: 'knee', severity: 6 }, notes: 'done, but my knee hurts 6/10' },
        },
      ),
    );
  });

  it.each<[string, string]>([
    ['de', 'erledigt'],
    ['es', 'hecho'],
    ['ru', 'сделал тренировку'],
    ['fr', "j'ai fait la séance"],
  ])('%s: %s', (language, text) => {
    expect(run(detectDone, text, { language })).toEqual(done(D.today));
  });

  it.each([
    'did I do my run?',
    'done with work',
    "I'm done with this",
    'done with work, felt great',
    'is the long run done?',
    'I did the shopping',
    '',
    '✅✅',
  ])('not a completed workout: %j', (text) => {
    expect(run(detectDone, text)).toBeNull();
  });

  it('DONE_BARE reads only a whole bare message', () => {
    expect(['done', "i'm done", 'did it', 'run complete', 'done for today'].every((s) => DONE_BARE.test(s))).toBe(true);
    expect(['done deal', 'well done', 'done with it'].some((s) => DONE_BARE.test(s))).toBe(false);
  });

  it('never throws on 4,000 characters', () => {
    expect(() => detectDone(input(LONG))).not.toThrow();
  });
});
