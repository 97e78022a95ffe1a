/** detectClearance: clearance to run again after a break (return_to_running). */
import { describe, expect, it } from 'vitest';
import { detectClearance } from '../../../../src/coach/offline/understand/clearance.ts';
import { tools } from '../helpers.ts';
import { input, LONG, run } from './input.ts';

const back = (text: string) => tools({ name: 'return_to_running', args: { notes: text } });

describe('detectClearance', () => {
  it.each([
    'saw the physio, she says I can run easy again',
    "I'm healthy again",
    'cleared to run',
    'the doctor cleared me to run',
    'I got cleared by the physio',
    'fully recovered',
    'the knee pain is gone',
    'back to running tomorrow!',
    'not injured anymore',
    "I'm recovered, can I run?",
  ])('%s', (text) => {
    expect(run(detectClearance, text)).toEqual(back(text));
  });

  it.each<[string, string]>([
    ['es', 'ya estoy recuperado'],
    ['es', 'me he recuperado, ya puedo correr'],
    ['es', 'ya no estoy enferma'],
    ['de', 'ich bin wieder gesund'],
    ['de', 'ich kann wieder laufen'],
    ['fr', 'je suis guérie'],
    ['fr', 'je peux reprendre la course'],
    ['it', 'sono guarito'],
    ['it', 'posso tornare a correre'],
    ['pt', 'estou recuperada'],
    ['ru', 'я выздоровел'],
    ['ru', 'могу снова бегать'],
    ['uk', 'я одужала'],
    ['uk', 'лікар дозволив бігати'],
  ])('%s: %s', (language, text) => {
    expect(run(detectClearance, text, { language })).toEqual(back(text));
  });

  it.each<[string, string]>([
    ['ru', 'я ещё не выздоровел'],
    ['uk', 'я не одужав'],
    ['es', '¿ya puedo correr?'],
  ])('%s: not yet cleared: %s', (language, text) => {
    expect(run(detectClearance, text, { language })).toBeNull();
  });

  it('keeps the runner’s words as notes, at most 300 characters', () => {
    const text = `I'm healthy again ${'x'.repeat(400)}`;
    expect(run(detectClearance, text)).toEqual(back(text.slice(0, 300)));
  });

  it.each([
    // "cleared" alone once read this as a return to running.
    'I cleared my schedule',
    'cleared the table after dinner',
    'can I run again?',
    'is my knee ok to run on?',
    'I want to run again someday',
    '',
    '🙂🙂',
  ])('not a clearance: %j', (text) => {
    expect(run(detectClearance, text)).toBeNull();
  });

  it('never throws on 4,000 characters', () => {
    expect(() => detectClearance(input(LONG))).not.toThrow();
  });
});
