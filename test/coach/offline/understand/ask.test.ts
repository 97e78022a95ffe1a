/** detectAsk: questions answered from the engine's numbers or sourced texts (answer_question). */
import { describe, expect, it } from 'vitest';
import { detectAsk, isQuestion } from '../../../../src/coach/offline/understand/ask.ts';
import { type Seen, tools } from '../helpers.ts';
import { D, input, LONG, run } from './input.ts';

type Args = { topic: string; date?: string; kind?: string };
const answer = (args: Args): Seen => tools({ name: 'answer_question', args } as Parameters<typeof tools>[0]);

describe('detectAsk', () => {
  it.each<[string, Args]>([
    ['can I run with a cold?', { topic: 'cold' }],
    ['what should I eat before a long run?', { topic: 'fuelling' }],
    ['can I do a parkrun on Saturday?', { topic: 'race_fit', date: D.sat }],
    ['can I do parkrun?', { topic: 'parkrun' }],
    ['can I race a 10k on Sunday?', { topic: 'race_fit', date: D.sun }],
    ['what are my heart rate zones?', { topic: 'heart_rate' }],
    ['what pace should my easy runs be?', { topic: 'paces' }],
    ['why is this week so light?', { topic: 'week_load', date: D.today }],
    ['why is next week harder?', { topic: 'week_load', date: D.nextMon }],
    ['what is the point of intervals?', { topic: 'workout_purpose', kind: 'intervals' }],
    ['what are strides?', { topic: 'workout_purpose', kind: 'strides' }],
    ['why do I run hill repeats?', { topic: 'workout_purpose', kind: 'hills' }],
    ['what time can I run a marathon?', { topic: 'prediction' }],
    ['how fast can I run a 5k?', { topic: 'prediction' }],
  ])('%s', (text, args) => {
    expect(run(detectAsk, text)).toEqual(answer(args));
  });

  it.each<[string, string, Args]>([
    ['es', '¿puedo correr con un resfriado?', { topic: 'cold' }],
    ['de', 'was soll ich vor dem Lauf essen?', { topic: 'fuelling' }],
    ['ru', 'зачем нужны интервалы?', { topic: 'workout_purpose', kind: 'intervals' }],
  ])('%s: %s', (language, text, args) => {
    expect(run(detectAsk, text, { language })).toEqual(answer(args));
  });

  it.each([
    // A day's card, not a question about a kind of session.
    'what is my long run on Sunday?',
    'I have a cold',
    'I ate pasta',
    'pace myself?',
    '',
    '❓',
  ])('not for the engine to answer: %j', (text) => {
    expect(run(detectAsk, text)).toBeNull();
  });

  it('isQuestion: a question mark or a question word at the start', () => {
    expect(['what now', 'should i run', 'ok?', 'any tips for hills'].every(isQuestion)).toBe(true);
    expect(['i ran', 'somewhat tired', 'whatever'].some(isQuestion)).toBe(false);
  });

  it('never throws on 4,000 characters', () => {
    expect(() => detectAsk(input(`what ${LONG}?`))).not.toThrow();
  });
});
