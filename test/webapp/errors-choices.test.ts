/**
 * A Mini App setting refused for a value outside its choices names the choices in the runner's words, in each of
 * the eight languages (issue 17's leftover: "единицы: одно из значений: km или mi" showed the codes).
 */
import { describe, expect, it } from 'vitest';
import { exportUser } from '../../src/coach/export.ts';
import { ENGLISH } from '../helpers/english.ts';
import { RUNNER, startWebApp } from './harness.ts';

const NOW = new Date('2026-12-09T09:00:00Z');

const UNITS: [language: string, error: string][] = [
  ['es', 'unidades: uno de estos valores: kilómetros o millas'],
  ['de', 'Einheiten: einer dieser Werte: Kilometer oder Meilen'],
  ['fr', 'unités : une de ces valeurs : kilomètres ou miles'],
  ['it', 'unità: uno di questi valori: chilometri o miglia'],
  ['pt', 'unidades: um destes valores: quilômetros ou milhas'],
  ['ru', 'единицы: одно из значений: километры или мили'],
  ['uk', 'одиниці: одне зі значень: кілометри або милі'],
];

describe('a unit outside the choices, in the runner’s words', () => {
  it.each(UNITS)('%s', async (language, error) => {
    const app = await startWebApp({ now: NOW });
    app.store.users.update(RUNNER.id, { language });
    const res = await app.fetch('/api/settings', { method: 'PATCH', body: JSON.stringify({ units: 'yards' }) });
    expect(res.status).toBe(400);
    const answer = (await res.json()) as { error: string; code?: string };
    expect(answer.code).toBe('err-web-bad');
    expect(answer.error.endsWith(error), answer.error).toBe(true);
    expect(answer.error).not.toMatch(/\bkm\b|\bmi\b/);
    expect(answer.error).not.toMatch(ENGLISH);
    // Nothing was changed.
    expect(exportUser(app.store, RUNNER.id)?.user.units).toBe('km');
  });

  it('English keeps the codes the runner types', async () => {
    const app = await startWebApp({ now: NOW });
    app.store.users.update(RUNNER.id, { language: 'en' });
    const res = await app.fetch('/api/settings', { method: 'PATCH', body: JSON.stringify({ units: 'yards' }) });
    const answer = (await res.json()) as { error: string };
    expect(answer.error).toMatch(/^.*units: .*"km"\|"mi"/);
  });
});
