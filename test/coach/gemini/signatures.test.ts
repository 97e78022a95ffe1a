import { describe, expect, test } from 'vitest';
import { contentFor, type KeptContent, SKIP_SIGNATURE } from '../../../src/coach/gemini/signatures.ts';
import { decode, encode } from '../../../src/messages/callback-data.ts';

describe('thought signatures across models', () => {
  const own: KeptContent = {
    role: 'model',
    model: 'gemini-3.5-flash',
    parts: [
      { functionCall: { name: 'get_profile', args: {} }, thoughtSignature: 'sig-A' },
      { functionCall: { name: 'get_workouts', args: {} } },
    ],
  };

  test("a model's own content goes back whole, without our annotation", () => {
    const wire = contentFor('gemini-3.5-flash', own);
    expect(wire).toEqual({ role: 'model', parts: own.parts });
    expect(wire).not.toHaveProperty('model');
  });

  test("another model gets the dummy signature on the first call, and no other model's signature anywhere", () => {
    const wire = contentFor('gemini-3.5-flash-lite', {
      ...own,
      parts: [{ text: 'Let me look.', thoughtSignature: 'sig-text' }, ...(own.parts ?? [])],
    });
    expect(wire.parts).toEqual([
      { text: 'Let me look.' },
      { functionCall: { name: 'get_profile', args: {} }, thoughtSignature: SKIP_SIGNATURE },
      { functionCall: { name: 'get_workouts', args: {} } },
    ]);
    // History from before the upgrade has no annotation: treated as another model's.
    const { model: _m, ...legacy } = own;
    expect(contentFor('gemini-3.5-flash', legacy).parts?.[0]?.thoughtSignature).toBe(SKIP_SIGNATURE);
  });

  test('user contents are never touched', () => {
    const user: KeptContent = { role: 'user', parts: [{ text: 'hi' }] };
    expect(contentFor('x', user)).toEqual(user);
  });
});

describe('photo proposal buttons', () => {
  test('round-trip within 64 bytes; forged values decode to null', () => {
    const data = encode({ a: 'plog', date: '2026-12-01', km: 10.25, sec: 3150 });
    expect(data).toBe('plog:2026-12-01:10.25:3150');
    expect(decode(data)).toEqual({ a: 'plog', date: '2026-12-01', km: 10.25, sec: 3150 });
    expect(decode(encode({ a: 'pno' }))).toEqual({ a: 'pno' });
    expect(decode(encode({ a: 'pchg' }))).toEqual({ a: 'pchg' });
    for (const bad of [
      'plog:2026-13-01:10:3000',
      'plog:2026-12-01:-5:3000',
      'plog:2026-12-01:10:0',
      'plog:2026-12-01:10:30:1',
      'pno:x',
    ]) {
      expect(decode(bad)).toBeNull();
    }
  });
});
