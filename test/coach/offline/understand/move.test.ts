/** detectMove: moving a workout to another day (reschedule_workout). */
import { describe, expect, it } from 'vitest';
import { detectMove } from '../../../../src/coach/offline/understand/move.ts';
import { type Seen, tools } from '../helpers.ts';
import { D, input, LONG, notes, run } from './input.ts';

const move = (date: string, newDate: string): Seen => tools({ name: 'reschedule_workout', args: { date, newDate } });
const hint = (text: string): Seen => ({ kind: 'unknown', hint: text });

describe('detectMove', () => {
  it.each<[string, Seen]>([
    ["move today's run to tomorrow", move(D.today, D.tomorrow)],
    // A target weekday before the source is the one after it.
    ["move Friday's run to Monday", move(D.fri, D.nextMon)],
    // The long run sits on the long-run day (Sunday by default); Saturday of the same week pulls it a day earlier.
    ['move my long run to Saturday', move(D.sun, D.sat)],
    ['swap Wednesday and Thursday', move(D.wed, D.thu)],
    ["postpone today's workout", move(D.today, D.tomorrow)],
    ['push the run to thursday', move(D.today, D.thu)],
  ])('%s', (text, expected) => {
    expect(run(detectMove, text)).toEqual(expected);
  });

  it('moves the long run from the runner’s own long-run day', () => {
    expect(run(detectMove, 'move my long run to Friday', { longRunDay: 'sat' })).toEqual(move(D.sat, D.fri));
  });

  it('says when it assumed today or one day later', () => {
    expect(notes(detectMove, 'push the run to thursday')).toBe('Moving today’s workout.');
    expect(notes(detectMove, "postpone today's workout")).toBe('Moved by one day.');
  });

  it.each<[string, string, Seen]>([
    ['de', 'verschieb den Lauf auf morgen', move(D.today, D.tomorrow)],
    ['es', 'mueve la carrera del viernes al sábado', move(D.fri, D.sat)],
    ['ru', 'перенеси тренировку на завтра', move(D.today, D.tomorrow)],
    ['fr', 'déplace la séance à jeudi', move(D.today, D.thu)],
    ['it', "sposta l'allenamento a domani", move(D.today, D.tomorrow)],
  ])('%s: %s', (language, text, expected) => {
    expect(run(detectMove, text, { language })).toEqual(expected);
  });

  it.each<[string, Seen]>([
    ['move the tempo to friday', hint('Which day is it on now? e.g. "move Thursday’s tempo to Friday".')],
    ["move today's run to today", hint('That is the same day — which day should it move to?')],
    ['move my run', hint('Which day should it move to? e.g. "move tomorrow’s run to Friday".')],
  ])('asks what is missing: %s', (text, expected) => {
    expect(run(detectMove, text)).toEqual(expected);
  });

  it.each([
    'move it',
    'move on',
    "let's move on to the next topic",
    'switch to miles',
    'change my long run day to Saturday',
    // A new goal is a new plan, not a moved workout.
    'change my race to the marathon on May 9',
    'should I move my run?',
    '',
    '➡️',
  ])('not a move: %j', (text) => {
    expect(run(detectMove, text)).toBeNull();
  });

  it('never throws on 4,000 characters', () => {
    expect(() => detectMove(input(`move ${LONG}`))).not.toThrow();
  });
});
