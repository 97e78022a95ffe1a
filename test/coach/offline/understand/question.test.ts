/** detectQuestion: questions about today, tomorrow, a day, the week, the plan, progress, profile and help. */
import { describe, expect, it } from 'vitest';
import { detectQuestion } from '../../../../src/coach/offline/understand/question.ts';
import type { Seen } from '../helpers.ts';
import { D, input, LONG, run } from './input.ts';

describe('detectQuestion', () => {
  it.each<[string, Seen]>([
    ["what's today?", { kind: 'question', topic: 'today', date: D.today }],
    ['today', { kind: 'question', topic: 'today', date: D.today }],
    ['what should I run today?', { kind: 'question', topic: 'today', date: D.today }],
    ["what's on tomorrow?", { kind: 'question', topic: 'tomorrow', date: D.tomorrow }],
    ['what do I have on Friday?', { kind: 'question', topic: 'day', date: D.fri }],
    ["how's my week looking?", { kind: 'question', topic: 'week' }],
    ['next week?', { kind: 'question', topic: 'week', date: D.nextMon }],
    ['when is my next long run?', { kind: 'question', topic: 'week' }],
    ['show me my plan', { kind: 'question', topic: 'plan' }],
    ['progress', { kind: 'question', topic: 'progress' }],
    ['how am I doing?', { kind: 'question', topic: 'progress' }],
    ['settings', { kind: 'question', topic: 'profile' }],
    ['help', { kind: 'question', topic: 'help' }],
    ['/help', { kind: 'question', topic: 'help' }],
    ['what can you do?', { kind: 'question', topic: 'help' }],
  ])('%s', (text, expected) => {
    expect(run(detectQuestion, text)).toEqual(expected);
  });

  it.each<[string, string, Seen]>([
    ['es', 'qué toca hoy?', { kind: 'question', topic: 'today', date: D.today }],
    ['de', 'was steht morgen an?', { kind: 'question', topic: 'tomorrow', date: D.tomorrow }],
    // "на неделе" is how Russians say "this week" in speech; it once passed unread.
    ['ru', 'что у меня на неделе?', { kind: 'question', topic: 'week' }],
    ['uk', 'що в мене на тижні?', { kind: 'question', topic: 'week' }],
    ['fr', 'mon plan', { kind: 'question', topic: 'plan' }],
  ])('%s: %s', (language, text, expected) => {
    expect(run(detectQuestion, text, { language })).toEqual(expected);
  });

  it.each(['help me train for a marathon', 'I made a new plan', 'tomorrow I was sick', 'ran 5 km today', '', '🤔'])(
    'not a question for a card: %j',
    (text) => {
      expect(run(detectQuestion, text)).toBeNull();
    },
  );

  it('never throws on 4,000 characters', () => {
    expect(() => detectQuestion(input(`${LONG}?`))).not.toThrow();
  });
});
