/**
 * Questions in seven languages (issue 17): every question kind the English side understands is understood in
 * each language, with the common phrasings a runner types (question-phrasings.ts).
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/coach/offline/index.ts';
import { expectValidCalls } from './helpers.ts';

import { type AskKind, CASES, type Kind, NOW, TOPIC } from './question-phrasings.ts';

function understood(text: string, language: string) {
  return understand(text, {
    now: NOW,
    timezone: 'Europe/Madrid',
    units: 'km',
    hasPlan: true,
    planGoal: 'half',
    language,
  });
}

function expectKind(text: string, language: string, k: Kind, extra: Record<string, unknown>): void {
  const result = understood(text, language);
  expectValidCalls(result);
  const seen = JSON.stringify(result);
  if (k in TOPIC) {
    expect(result.kind, seen).toBe('tools');
    if (result.kind !== 'tools') return;
    const call = result.calls.find((c) => c.name === 'answer_question');
    expect(call, seen).toBeDefined();
    expect(call?.args, seen).toMatchObject({ topic: TOPIC[k as AskKind], ...extra });
    return;
  }
  expect(result, seen).toMatchObject({ kind: 'question', topic: k, ...extra });
}

for (const [language, kinds] of Object.entries(CASES)) {
  describe(`questions in ${language}`, () => {
    for (const [k, rows] of Object.entries(kinds)) {
      it(`${k}: at least five phrasings`, () => {
        expect(rows.length).toBeGreaterThanOrEqual(5);
      });
      it.each(rows.map((r) => (typeof r === 'string' ? { text: r, extra: {} } : { text: r[0], extra: r[1] })))(
        `${k}: $text`,
        ({ text, extra }) => {
          expectKind(text, language, k as Kind, extra);
        },
      );
    }
  });
}
