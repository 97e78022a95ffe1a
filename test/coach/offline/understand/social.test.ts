/** social.ts: greetings and thanks, alone (before feedback reads "good morning") or leading a message. */
import { describe, expect, it } from 'vitest';
import { detectPureSocial, detectSocial } from '../../../../src/coach/offline/understand/social.ts';
import { input, LONG, run } from './input.ts';

describe('detectPureSocial', () => {
  it.each<[string, 'greeting' | 'thanks', string?]>([
    ['hi', 'greeting'],
    ['Hello coach!', 'greeting'],
    ['good morning', 'greeting'],
    ['heyyy there', 'greeting'],
    ['thanks so much', 'thanks'],
    ['thank you coach', 'thanks'],
    ['bye for now', 'thanks'],
    ['hola', 'greeting', 'es'],
    ['hallo', 'greeting', 'de'],
    ['привет', 'greeting', 'ru'],
    ['gracias', 'thanks', 'es'],
    ['danke', 'thanks', 'de'],
    ['спасибо', 'thanks', 'ru'],
    ['merci', 'thanks', 'fr'],
  ])('%s → %s', (text, kind, language) => {
    expect(run(detectPureSocial, text, { language })).toEqual({ kind });
  });

  it.each([
    'good morning, ran 5k in 25 min',
    'hi, skip today',
    'good run',
    'thanks for nothing, the plan is wrong',
    '',
  ])('more than a greeting or thanks: %j', (text) => {
    expect(run(detectPureSocial, text)).toBeNull();
  });
});

describe('detectSocial', () => {
  it.each<[string, 'greeting' | 'thanks']>([
    ['thanks for the plan, it looks hard', 'thanks'],
    ['ok', 'thanks'],
    ['sounds good', 'thanks'],
    ['cheers mate', 'thanks'],
    ['hey, quick question about my plan', 'greeting'],
  ])('%s → %s', (text, kind) => {
    expect(run(detectSocial, text)).toEqual({ kind });
  });

  it.each(['okay so I ran', 'the hike was nice', '', '🏃'])('not social: %j', (text) => {
    expect(run(detectSocial, text)).toBeNull();
  });

  it('does not greet a 4,000-character message', () => {
    expect(run(detectSocial, `hello ${LONG}`)).toBeNull();
    expect(() => detectPureSocial(input(LONG))).not.toThrow();
  });
});
