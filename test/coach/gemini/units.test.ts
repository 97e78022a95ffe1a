/** The pure pieces: schema rewriting, model text to HTML, error classification, history bounds. */
import { ApiError } from '@google/genai';
import { describe, expect, test } from 'vitest';
import { chooseCoach } from '../../../src/app.ts';
import {
  boundedHistory,
  classify,
  GeminiCoach,
  modelTextToHtml,
  parametersFor,
  retryDelayOf,
  toGeminiSchema,
} from '../../../src/coach/gemini/index.ts';
import { LazyGeminiCoach } from '../../../src/coach/gemini/lazy.ts';
import { offlineCoach } from '../../../src/coach/offline-coach.ts';
import { parseConfig } from '../../../src/config.ts';
import { silentLogger } from '../../../src/log.ts';
import { tempStore } from '../../helpers/tmp.ts';

describe('declarations', () => {
  test('keywords Gemini rejects are rewritten or dropped', () => {
    expect(
      toGeminiSchema({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        additionalProperties: false,
        properties: {
          a: { type: 'number', exclusiveMinimum: 0, maximum: 5, default: 1 },
          b: { const: 'x' },
          c: { type: 'string', pattern: '^x$', minLength: 1, description: 'c' },
          d: { type: 'array', items: { type: 'string', enum: ['p'] }, maxItems: 2 },
          e: { oneOf: [{ type: 'string' }, { type: 'null' }] },
        },
        required: [],
      }),
    ).toEqual({
      type: 'object',
      properties: {
        a: { type: 'number', minimum: 0, maximum: 5 },
        b: { enum: ['x'] },
        c: { type: 'string', description: 'c' },
        d: { type: 'array', items: { type: 'string', enum: ['p'] }, maxItems: 2 },
        e: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      },
    });
  });

  test('log_run keeps its required fields and bounds', () => {
    expect(parametersFor('log_run')).toMatchObject({
      type: 'object',
      required: ['distanceKm', 'duration'],
      properties: { distanceKm: { type: 'number', minimum: 0, maximum: 400 }, rpe: { minimum: 1, maximum: 10 } },
    });
  });
});

describe('model text to Telegram HTML', () => {
  test.each([
    ['**bold** and *italic*', '<b>bold</b> and <i>italic</i>'],
    ['a < b & c > d', 'a &lt; b &amp; c &gt; d'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['2*3*4 stays', '2*3*4 stays'],
    ['***both***', '<b><i>both</i></b>'],
    ['## Week 3\n- easy 6 km\n- long 14 km', '<b>Week 3</b>\n• easy 6 km\n• long 14 km'],
    ['use `**raw**` here', 'use <code>**raw**</code> here'],
    ['**unclosed bold', '**unclosed bold'],
    ['<b>not a tag</b>', '&lt;b&gt;not a tag&lt;/b&gt;'],
    ['a\n\n\n\nb', 'a\n\nb'],
  ])('%s', (input, expected) => {
    expect(modelTextToHtml(input)).toBe(expected);
  });
});

describe('errors', () => {
  const body = (status: string, details: unknown[] = []) => JSON.stringify({ error: { code: 1, status, details } });
  test('RetryInfo.retryDelay is read from the error body', () => {
    expect(
      retryDelayOf(
        body('RESOURCE_EXHAUSTED', [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '1.5s' }]),
      ),
    ).toBe(1500);
    expect(retryDelayOf(body('RESOURCE_EXHAUSTED'))).toBeUndefined();
    expect(retryDelayOf('not json')).toBeUndefined();
  });
  test('statuses map to kinds', () => {
    expect(classify(new ApiError({ message: body('UNAVAILABLE'), status: 503 }), false).kind).toBe('server');
    expect(classify(new ApiError({ message: body('RESOURCE_EXHAUSTED'), status: 429 }), false).kind).toBe(
      'rate_limited',
    );
    expect(classify(new ApiError({ message: body('INVALID_ARGUMENT'), status: 400 }), false).kind).toBe('rejected');
    expect(classify(new SyntaxError('Unexpected end'), false).kind).toBe('malformed');
    expect(classify(new Error('whatever'), true).kind).toBe('timeout');
  });
});

describe('history bounds', () => {
  const turn = (i: number, big = 0) => ({
    firstId: i,
    contents: [
      { role: 'user', parts: [{ text: `q${i}` }] },
      { role: 'model', parts: [{ functionCall: { name: 'get_profile', args: {} }, thoughtSignature: `sig${i}` }] },
      {
        role: 'user',
        parts: [{ functionResponse: { name: 'get_profile', response: { output: 'x'.repeat(big) } } }],
      },
      { role: 'model', parts: [{ text: `a${i}` }] },
    ],
  });

  test('recent turns whole, big old results shortened, older turns as words, the budget respected', () => {
    const turns = Array.from({ length: 12 }, (_, i) => turn(i + 1, i === 11 ? 5000 : 10));
    const { contents, keepFromId } = boundedHistory(turns);
    expect(keepFromId).toBe(7);
    const texts = contents.flatMap((c) => c.parts?.flatMap((p) => (p.text ? [p.text] : [])) ?? []);
    expect(texts).toEqual(['q7', 'a7', 'q8', 'a8', 'q9', 'a9', 'q10', 'a10', 'q11', 'a11', 'q12', 'a12']);
    // The two most recent turns keep their calls (with signatures); the big result is replaced by a note.
    expect(contents.filter((c) => c.parts?.some((p) => p.thoughtSignature)).length).toBe(2);
    expect(JSON.stringify(contents)).not.toContain('x'.repeat(900));
    const tight = boundedHistory(turns, { wholeTurns: 2, textTurns: 4, maxChars: 300, maxOldResponseChars: 600 });
    expect(JSON.stringify(tight.contents).length).toBeLessThanOrEqual(300);
  });
});

describe('chooseCoach', () => {
  test('Gemini when GEMINI_API_KEY is set, offline otherwise', async () => {
    const { store } = tempStore();
    const base = { store, log: silentLogger };
    expect(chooseCoach({ ...base, config: parseConfig({}) })).toBe(offlineCoach);
    const gemini = chooseCoach({ ...base, config: parseConfig({ GEMINI_API_KEY: 'k' }) });
    // The SDK loads behind a dynamic import (issue 18); the coach it builds is the Gemini coach.
    expect(gemini).toBeInstanceOf(LazyGeminiCoach);
    expect(gemini.hearsAndSees?.()).toBe(true);
    expect(await (gemini as LazyGeminiCoach).load()).toBeInstanceOf(GeminiCoach);
  });
});
