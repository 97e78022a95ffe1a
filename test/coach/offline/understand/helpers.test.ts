/** helpers.ts: building tool calls and hints, masking spans, zones, lists. */
import { describe, expect, it } from 'vitest';
import {
  ask,
  call,
  clean,
  dayMentions,
  hint,
  listText,
  mask,
  round,
  tools,
  uniqueWeekdays,
  validZone,
} from '../../../../src/coach/offline/understand/helpers.ts';
import { ref } from '../../../../src/messages/refs.ts';
import { input } from './input.ts';

describe('understand helpers', () => {
  it('round keeps 3 digits by default', () => {
    expect(round(12.87476)).toBe(12.875);
    expect(round(32.18688, 1)).toBe(32.2);
    expect(round(-0.0004)).toBe(-0);
  });

  it('clean and call drop undefined arguments', () => {
    expect(clean({ a: 1, b: undefined, c: 0 })).toEqual({ a: 1, c: 0 });
    expect(call('skip_workout', { date: '2026-11-30', reason: undefined })).toEqual({
      name: 'skip_workout',
      args: { date: '2026-11-30' },
    });
  });

  it('tools attaches notes only when there are some', () => {
    const c = call('complete_workout', { date: '2026-11-30' });
    expect(tools([c])).toEqual({ kind: 'tools', calls: [c] });
    expect(tools([c], [ref('und-note-moving-today')])).toEqual({
      kind: 'tools',
      calls: [c],
      notes: [{ key: 'und-note-moving-today' }],
    });
  });

  it('hint takes a key with arguments or a ref', () => {
    expect(hint('und-hint-zone-unknown', { place: 'Springfield' })).toEqual({
      kind: 'unknown',
      hint: { key: 'und-hint-zone-unknown', args: { place: 'Springfield' } },
    });
    expect(hint(ref('und-hint-rpe'))).toEqual({ kind: 'unknown', hint: { key: 'und-hint-rpe' } });
  });

  it('ask keeps the message, trimmed and at most 1,000 characters, to complete with the answer', () => {
    const out = ask(input(`  I ran 12 km ${'x'.repeat(1200)}`), ref('und-ask-duration'), 'duration');
    expect(out.kind === 'unknown' && out.expect?.kind === 'complete' && out.expect.text.length).toBe(1000);
    expect(ask(input(' I ran 12 km '), ref('und-ask-duration'), 'duration')).toEqual({
      kind: 'unknown',
      hint: { key: 'und-ask-duration' },
      expect: { kind: 'complete', ask: 'duration', text: 'I ran 12 km' },
    });
  });

  it('mask blanks spans and keeps the length', () => {
    expect(
      mask('5 days a week, 40 km a week', [
        { index: 0, end: 13 },
        { index: 15, end: 27 },
      ]),
    ).toBe(`${' '.repeat(13)}, ${' '.repeat(12)}`);
    expect(mask('abc', [])).toBe('abc');
  });

  it('validZone keeps a real IANA zone and falls back to UTC', () => {
    expect(validZone('Europe/Madrid')).toBe('Europe/Madrid');
    expect(validZone('Mars/Olympus')).toBe('UTC');
    expect(validZone('')).toBe('UTC');
  });

  it('dayMentions keeps days, not periods or months', () => {
    const ms = input('next week, friday, in april').dates('future');
    expect(dayMentions(ms).map((m) => m.weekday)).toEqual(['fri']);
  });

  it('listText and uniqueWeekdays', () => {
    expect(listText([])).toBe('');
    expect(listText(['Monday'])).toBe('Monday');
    expect(listText(['Monday', 'Wednesday', 'Friday'])).toBe('Monday, Wednesday and Friday');
    expect(uniqueWeekdays(['sun', 'wed', 'sun', 'mon'])).toEqual(['mon', 'wed', 'sun']);
  });
});
