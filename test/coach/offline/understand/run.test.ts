/** detectRun: a run to log (distance, duration or pace, date) with its feedback; near-misses pass on. */
import { describe, expect, it } from 'vitest';
import { detectRun, feedbackCall } from '../../../../src/coach/offline/understand/run.ts';
import { Hint } from '../../../../src/coach/offline/understand/types.ts';
import { type Seen, tools } from '../helpers.ts';
import { D, input, LONG, run } from './input.ts';

const log = (date: string, distanceKm: number, duration: string, rpe?: number) => ({
  name: 'log_run' as const,
  args: rpe === undefined ? { date, distanceKm, duration } : { date, distanceKm, duration, rpe },
});
const askDuration = (text: string): Seen => ({
  kind: 'unknown',
  hint: 'How long did it take? e.g. "45 minutes" or "52:30".',
  expect: { kind: 'complete', ask: 'duration', text },
});

describe('detectRun logs runs as runners write them', () => {
  it.each<[string, Seen]>([
    ['I ran 5 km in 30 minutes', tools(log(D.today, 5, '30:00'))],
    ['ran 10k in 52:30 yesterday', tools(log(D.yesterday, 10, '52:30'))],
    ['jogged 6 km at 5:30/km', tools(log(D.today, 6, '33:00'))],
    ['/log 5 km 25:00', tools(log(D.today, 5, '25:00'))],
    ['5k 22:30', tools(log(D.today, 5, '22:30'))],
    ['Marathon in 3:45:12 last Sunday', tools(log(D.yesterday, 42.195, '3:45:12'))],
    [
      'long run 21 km 2h05, felt great',
      tools(log(D.today, 21, '2:05:00'), {
        name: 'record_feedback',
        args: { date: D.today, rpe: 3, feeling: 'great', notes: 'long run 21 km 2h05, felt great' },
      }),
    ],
    // A 5k with a race marker is also the runner's recent race (it sets paces).
    [
      'just did 5k parkrun in 24:10, new pb',
      tools(log(D.today, 5, '24:10'), {
        name: 'update_profile',
        args: { recentRace: { distance: '5k', time: '24:10' } },
      }),
    ],
  ])('%s', (text, expected) => {
    expect(run(detectRun, text)).toEqual(expected);
  });

  it('reads miles in a runner who counts in miles (8 mi = 12.875 km)', () => {
    expect(run(detectRun, 'did 8 miles in 1:10:00', { units: 'mi' })).toEqual(tools(log(D.today, 12.875, '1:10:00')));
  });

  it.each<[string, string, Seen]>([
    ['es', 'corrí 10 km en 52 minutos', tools(log(D.today, 10, '52:00'))],
    [
      'es',
      'ayer corrí 8 km en 45 minutos, me sentí genial',
      tools(log(D.yesterday, 8, '45:00'), {
        name: 'record_feedback',
        args: { date: D.yesterday, rpe: 3, feeling: 'great', notes: 'ayer corrí 8 km en 45 minutos, me sentí genial' },
      }),
    ],
    ['de', 'bin heute 8 km in 45 Minuten gelaufen', tools(log(D.today, 8, '45:00'))],
    ['de', 'ich bin 10 km in einer Stunde gelaufen', tools(log(D.today, 10, '1:00:00'))],
    ['ru', 'пробежал 10 км за 50 минут', tools(log(D.today, 10, '50:00'))],
    ['ru', 'вчера пробежала 5 км за 28 минут', tools(log(D.yesterday, 5, '28:00'))],
    ['fr', "j'ai couru 10 km en 55 minutes", tools(log(D.today, 10, '55:00'))],
    // "in 1 ora" was read as no duration at all before "1 ora" joined the Italian table.
    ['it', 'ho corso 12 km in 1 ora', tools(log(D.today, 12, '1:00:00'))],
    ['pt', 'corri 7 km em 40 minutos', tools(log(D.today, 7, '40:00'))],
    ['uk', 'пробіг 10 км за 50 хвилин', tools(log(D.today, 10, '50:00'))],
  ])('%s: %s', (language, text, expected) => {
    expect(run(detectRun, text, { language })).toEqual(expected);
  });

  it('asks for what is missing, keeping the message to complete', () => {
    expect(run(detectRun, 'I ran 12 km')).toEqual(askDuration('I ran 12 km'));
    expect(run(detectRun, 'ran 5k today, rpe 6')).toEqual(askDuration('ran 5k today, rpe 6'));
    expect(run(detectRun, 'ran for 40 minutes')).toEqual({
      kind: 'unknown',
      hint: 'How far did you go? e.g. "8 km".',
      expect: { kind: 'complete', ask: 'distance', text: 'ran for 40 minutes' },
    });
  });

  it.each([
    ['I ran out of milk'],
    ['we ran into some friends'],
    ['the kids run around all day'],
    ['10 km'],
    [''],
    ['🏃‍♂️🏃‍♂️🏃‍♂️'],
  ])('passes on a message that logs no run: %j', (text) => {
    expect(run(detectRun, text)).toBeNull();
  });

  it.each<[string, string]>([
    ['ran 500 km in 30 minutes', 'That distance looks off — e.g. "10k" or "6 miles".'],
    ['ran 10 km in 30 min, rpe 15', 'RPE is a number from 1 (very easy) to 10 (all out) — e.g. "rpe 7" or "7/10".'],
    ['ran 5 km in 30 minutes tomorrow', 'That date is in the future — log a run once it is done.'],
  ])('answers out-of-range numbers with a hint: %s', (text, hint) => {
    expect(run(detectRun, text)).toEqual({ kind: 'unknown', hint });
  });

  it('passes an impossible pace on to log_run, which refuses it in the runner’s language (tools/common.ts)', () => {
    expect(run(detectRun, '/log 10 km 10:00')).toEqual(tools(log(D.today, 10, '10:00')));
  });

  it('treats a zero duration as none given', () => {
    expect(run(detectRun, 'ran 10 km in 0 minutes')).toEqual(askDuration('ran 10 km in 0 minutes'));
  });

  it('never throws on 4,000 characters', () => {
    expect(() => detectRun(input(LONG))).not.toThrow();
  });
});

describe('feedbackCall', () => {
  it('with a logged run, a bare RPE is recorded without notes', () => {
    expect(feedbackCall(input('ran 5 km in 25 min, rpe 6'), D.today, true)).toEqual({
      name: 'record_feedback',
      args: { date: D.today, rpe: 6 },
    });
  });

  it('"6/10" next to a body part rates the pain, not the effort', () => {
    expect(feedbackCall(input('knee hurts, 6/10'), D.today, false)).toEqual({
      name: 'record_feedback',
      args: { date: D.today, pain: { location: 'knee', severity: 6 }, notes: 'knee hurts, 6/10' },
    });
  });

  it('asks where it hurts when pain has no place, and stays quiet on "no pain"', () => {
    const asked = feedbackCall(input('it hurts'), D.today, false);
    expect(asked).toBeInstanceOf(Hint);
    expect((asked as Hint).hint.key).toBe('und-ask-pain');
    expect(feedbackCall(input('no pain at all'), D.today, false)).toBeNull();
  });

  it.each(['rpe 0', 'rpe 11', 'effort 150'])('%s is out of 1–10: a hint', (text) => {
    const out = feedbackCall(input(text), D.today, false);
    expect(out).toBeInstanceOf(Hint);
    expect((out as Hint).hint.key).toBe('und-hint-rpe');
  });
});
