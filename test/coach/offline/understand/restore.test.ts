/** detectRestore: putting a skipped workout back (restore_workout). */
import { describe, expect, it } from 'vitest';
import { detectRestore } from '../../../../src/coach/offline/understand/restore.ts';
import { type Seen, tools } from '../helpers.ts';
import { D, input, LONG, run } from './input.ts';

const restore = (date: string): Seen => tools({ name: 'restore_workout', args: { date } });

describe('detectRestore', () => {
  it.each<[string, Seen]>([
    ['actually I can run on thursday, put it back', restore(D.thu)],
    ['unskip Friday', restore(D.fri)],
    ['un-skip tomorrow', restore(D.tomorrow)],
    ['undo the skip', restore(D.today)],
    ['bring it back', restore(D.today)],
    ['I can run after all', restore(D.today)],
    ["I didn't mean to skip", restore(D.today)],
    ['restore my run tomorrow', restore(D.tomorrow)],
  ])('%s', (text, expected) => {
    expect(run(detectRestore, text)).toEqual(expected);
  });

  it.each<[string, string, Seen]>([
    ['es', 'al final sí puedo correr el jueves', restore(D.thu)],
    ['de', 'mach das rückgängig', restore(D.today)],
    ['fr', 'remets-la à jeudi', restore(D.thu)],
    ['it', 'rimettilo', restore(D.today)],
    ['pt', 'afinal posso correr', restore(D.today)],
    ['ru', 'верни тренировку на пятницу', restore(D.fri)],
    ['uk', 'поверни тренування', restore(D.today)],
  ])('%s: %s', (language, text, expected) => {
    expect(run(detectRestore, text, { language })).toEqual(expected);
  });

  it.each(['put the milk back', 'I skipped today', 'bring water on the long run', '', '↩️'])(
    'not a restore: %j',
    (text) => {
      expect(run(detectRestore, text)).toBeNull();
    },
  );

  it('never throws on 4,000 characters', () => {
    expect(() => detectRestore(input(LONG))).not.toThrow();
  });
});
