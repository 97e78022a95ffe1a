/** detectFeedback: effort, feeling and pain on their own (record_feedback), or a question back. */
import { describe, expect, it } from 'vitest';
import { detectFeedback } from '../../../../src/coach/offline/understand/feedback.ts';
import { type Seen, tools } from '../helpers.ts';
import { D, input, LONG, run } from './input.ts';

type Args = { rpe?: number; feeling?: string; pain?: { location: string; severity: number } };
const fb = (text: string, args: Args, date: string = D.today): Seen =>
  tools({ name: 'record_feedback', args: { date, ...args, notes: text } } as Parameters<typeof tools>[0]);
const RPE_HINT = 'RPE is a number from 1 (very easy) to 10 (all out) — e.g. "rpe 7" or "7/10".';
const PAIN_HINT = 'Pain is rated 1 to 10 — e.g. "my knee hurts, 6/10".';

describe('detectFeedback', () => {
  it.each<[string, Args]>([
    ['felt great', { rpe: 3, feeling: 'great' }],
    ['legs were heavy, rpe 7', { rpe: 7, feeling: 'tired' }],
    ['7/10', { rpe: 7 }],
    ['good', { rpe: 4, feeling: 'good' }],
    ['not bad', { rpe: 5, feeling: 'ok' }],
    ['no pain today, felt good', { rpe: 4, feeling: 'good' }],
    ['my knee hurts', { pain: { location: 'knee', severity: 4 } }],
    ['knee pain 5/10', { pain: { location: 'knee', severity: 5 } }],
    ['left ankle is sore', { pain: { location: 'left ankle', severity: 4 } }],
  ])('%s', (text, args) => {
    expect(run(detectFeedback, text)).toEqual(fb(text, args));
  });

  it('dates feedback on the past day named', () => {
    expect(run(detectFeedback, 'yesterday felt great')).toEqual(
      fb('yesterday felt great', { rpe: 3, feeling: 'great' }, D.yesterday),
    );
  });

  it.each<[string, string, Args]>([
    ['es', 'me sentí genial', { rpe: 3, feeling: 'great' }],
    ['es', 'me duele la rodilla, 6/10', { pain: { location: 'knee', severity: 6 } }],
    ['de', 'fühlte mich gut', { rpe: 4, feeling: 'good' }],
    ['ru', 'тяжело, нагрузка 8', { rpe: 8, feeling: 'tired' }],
    ['fr', "j'ai mal au genou", { pain: { location: 'knee', severity: 4 } }],
  ])('%s: %s', (language, text, args) => {
    expect(run(detectFeedback, text, { language })).toEqual(fb(text, args));
  });

  it('asks where it hurts, keeping the message to complete', () => {
    expect(run(detectFeedback, 'it hurts')).toEqual({
      kind: 'unknown',
      hint: 'Where does it hurt, and how bad is it from 1 to 10? e.g. "my knee hurts, 6/10".',
      expect: { kind: 'complete', ask: 'pain', text: 'it hurts' },
    });
  });

  it.each<[string, string]>([
    ['rpe 12', RPE_HINT],
    ['rpe 0', RPE_HINT],
    // Once read as a guessed severity 4; a number out of 1–10 is asked again.
    ['knee pain 14', PAIN_HINT],
    ['knee pain 0', PAIN_HINT],
  ])('out of range: %s', (text, hint) => {
    expect(run(detectFeedback, text)).toEqual({ kind: 'unknown', hint });
  });

  it.each(['thanks', 'ok', 'cool', 'thanks, great', 'ran 10 km', '', '🙈'])('not feedback: %j', (text) => {
    expect(run(detectFeedback, text)).toBeNull();
  });

  it('keeps at most 1,000 characters of notes and never throws on 4,000', () => {
    const text = `felt great ${'x'.repeat(1200)}`;
    const out = run(detectFeedback, text);
    expect(out).toEqual(fb(text.slice(0, 1000), { rpe: 3, feeling: 'great' }));
    expect(() => detectFeedback(input(LONG))).not.toThrow();
  });
});
