/**
 * src/coach/replies/progress.ts: /progress. The load ratio note follows Gabbett 2016 (BJSM 50(5)): above 1.5 a
 * spike, below 0.8 under the usual load, in between fine; fitness/fatigue/form are Banister's PMC numbers.
 */
import { describe, expect, it } from 'vitest';
import type { ProgressReport } from '../../../src/coach/engine.ts';
import { progressMessages } from '../../../src/coach/replies/progress.ts';

const EMPTY: ProgressReport = {
  weeks: [],
  acwr: null,
  fitness: null,
  fatigue: null,
  fitnessFrom: null,
  prediction: null,
};
const FULL: ProgressReport = {
  weeks: [
    { startDate: '2026-11-23', plannedKm: 30, doneKm: 27.5, compliance: 0.9166, load: 0, loadTrend: null },
    { startDate: '2026-11-30', plannedKm: 0, doneKm: 5, compliance: 0, load: 0, loadTrend: null },
  ],
  acwr: 1.456,
  fitness: 41.6,
  fatigue: 55.2,
  fitnessFrom: null,
  prediction: { distance: 'half', timeSec: 6330 },
};

const html = (r: ProgressReport, ...rest: [units?: 'km' | 'mi', lang?: 'en' | 'ru' | 'de']) =>
  progressMessages(r, rest[0] ?? 'km', rest[1] ?? 'en')[0]?.html;

describe('progressMessages', () => {
  it('says there is nothing yet', () => {
    expect(progressMessages(EMPTY, 'km')).toEqual([{ html: '<b>Your training</b>\nNo weeks to show yet.' }]);
    expect(html(EMPTY, 'km', 'ru')).toBe('<b>Ваши тренировки</b>\nПока нечего показать.');
  });

  it('weeks with compliance, the load ratio, fitness, fatigue, form (fitness − fatigue) and a prediction', () => {
    expect(html(FULL)).toBe(
      [
        '<b>Your training</b>',
        'Week of Mon 23 Nov: 27.5 km of 30 km (92 %)',
        'Week of Mon 30 Nov: 5 km of 0 km',
        '',
        'Load ratio (7 vs 28 days): 1.46, a healthy range.',
        'Fitness 42 · fatigue 55 · form -14',
        'Race prediction: half marathon in about 1:45:30.',
      ].join('\n'),
    );
  });

  it('in Russian with miles and decimal commas', () => {
    expect(html(FULL, 'mi', 'ru')).toBe(
      [
        '<b>Ваши тренировки</b>',
        'Неделя с пн, 23 нояб.: 17,1 ми из 18,6 ми (92 %)',
        'Неделя с пн, 30 нояб.: 3,1 ми из 0 ми',
        '',
        'Соотношение нагрузки (7 к 28 дням): 1,46, здоровый диапазон.',
        'Форма 42 · усталость 55 · свежесть -14',
        'Прогноз: полумарафон примерно за 1:45:30.',
      ].join('\n'),
    );
  });

  it.each([
    [0.79, 'below your usual: room to build'],
    [0.8, 'a healthy range'],
    [1.5, 'a healthy range'],
    [1.51, 'a spike'],
  ])('an ACWR of %d reads "%s" (Gabbett 2016 bands)', (acwr, words) => {
    expect(html({ ...EMPTY, acwr })).toContain(words);
  });

  it('says when fitness and fatigue will appear instead of showing early numbers', () => {
    const text = html({ ...EMPTY, acwr: 0.7, fitness: 12, fatigue: 20, fitnessFrom: '2026-12-20' }, 'mi');
    expect(text).toBe(
      '<b>Your training</b>\nNo weeks to show yet.\n\nLoad ratio (7 vs 28 days): 0.70, below your usual: room to build.\nFitness and fatigue appear from Sun 20 Dec, after three weeks of logged runs.',
    );
    expect(text).not.toMatch(/Fitness 12/);
  });

  it('in German', () => {
    expect(html({ ...EMPTY, acwr: 1, fitness: 40, fatigue: 30 }, 'km', 'de')).toBe(
      '<b>Dein Training</b>\nNoch keine Wochen zum Anzeigen.\n\nBelastungsverhältnis (7 zu 28 Tage): 1,00, ein gesunder Bereich.\nFitness 40 · Ermüdung 30 · Form 10',
    );
  });
});
