/** src/coach/replies/variety.ts: varied confirmations, chosen deterministically by what happened. */
import { describe, expect, it } from 'vitest';
import { EFFORT_FITS, EFFORT_HARD, NOTED, pick, SAVED, say } from '../../../src/coach/replies/variety.ts';
import { t } from '../../../src/messages/i18n.ts';
import { LANGUAGES } from '../../../src/messages/languages.ts';

describe('pick', () => {
  it('picks the same option for the same event, every time', () => {
    const options = ['a', 'b', 'c'] as const;
    expect(pick(options, { x: 1 })).toBe(pick(options, { x: 1 }));
    expect(pick(options, { tool: 'update_profile', args: { units: 'mi' } })).toBe(
      pick(options, { tool: 'update_profile', args: { units: 'mi' } }),
    );
  });

  it('is FNV-1a of the JSON modulo the options (fixed values, so a refactor cannot reshuffle every reply)', () => {
    const options = ['a', 'b', 'c'] as const;
    expect(pick(options, { x: 1 })).toBe('c');
    expect(pick(options, { x: 2 })).toBe('b');
    // undefined has no JSON: it hashes as the empty string (FNV offset basis 2166136261 % 3 = 1).
    expect(pick(options, undefined)).toBe('b');
    expect(2166136261 % 3).toBe(1);
  });

  it('spreads different events over all the options', () => {
    const seen = new Set(Array.from({ length: 60 }, (_, i) => pick(SAVED, { date: `2026-12-${i}` })));
    expect(seen).toEqual(new Set(SAVED));
  });

  it('returns the only option of a list of one', () => {
    expect(pick(['only'], { anything: true })).toBe('only');
  });
});

describe('say', () => {
  it('says the chosen variant in the runner language', () => {
    expect(say('en', SAVED, 'tz')).toBe('Changed.');
    expect(say('ru', SAVED, 'tz')).toBe('Поменял.');
    expect(say('en', NOTED, 1)).toBe('Good to know, thanks');
  });

  it('every variant of every list exists in every language and differs from the others', () => {
    for (const list of [SAVED, EFFORT_FITS, EFFORT_HARD, NOTED]) {
      for (const lang of LANGUAGES) {
        const texts = list.map((key) => t(lang, key));
        for (const [i, text] of texts.entries()) expect(text, `${lang} ${list[i]}`).not.toBe(list[i]);
        expect(new Set(texts).size, `${lang} ${list[0]}`).toBe(list.length);
      }
    }
  });
});
