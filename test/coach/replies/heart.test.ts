/**
 * src/coach/replies/heart.ts: the runner's heart-rate numbers and zone lines. The zone numbers are checked against
 * the published formulas the engine cites: Karvonen (Karvonen, Kentala & Mustala 1957: resting + % × reserve) with
 * Daniels' %VO2max bands, Friel's % of LTHR, and Daniels' % of max.
 */
import { describe, expect, it } from 'vitest';
import { heartNumbers, heartZoneLines } from '../../../src/coach/replies/heart.ts';

const KARVONEN = { maxHr: 188, restingHr: 52, lthrHr: null };
const FRIEL = { maxHr: null, restingHr: null, lthrHr: 171 };
const MAX_ONLY = { maxHr: 190, restingHr: null, lthrHr: null };
const NONE = { maxHr: null, restingHr: null, lthrHr: null };

/** Karvonen's target: resting + fraction × (max − resting), rounded as a watch shows it. */
const hrr = (fraction: number) => Math.round(52 + fraction * (188 - 52));

describe('heartNumbers', () => {
  it.each([
    [KARVONEN, 'en', 'max 188 · resting 52 bpm'],
    [FRIEL, 'en', 'threshold 171 bpm'],
    [{ maxHr: 190, restingHr: 48, lthrHr: 172 }, 'en', 'max 190 · resting 48 · threshold 172 bpm'],
    [KARVONEN, 'ru', 'макс. 188 · в покое 52 уд/мин'],
    [KARVONEN, 'de', 'max. 188 · Ruhe 52 S/min'],
    [FRIEL, 'de', 'Schwelle 171 S/min'],
  ] as const)('%j in %s: %s', (profile, lang, expected) => {
    expect(heartNumbers(profile, lang)).toBe(expected);
  });

  it('is null when the runner gave no number', () => {
    expect(heartNumbers(NONE)).toBeNull();
    expect(heartNumbers(NONE, 'ru')).toBeNull();
  });
});

describe('heartZoneLines', () => {
  it('Karvonen from max and resting, each zone at resting + % of the reserve', () => {
    expect(heartZoneLines(KARVONEN)).toEqual([
      'Heart-rate zones, by heart-rate reserve (Karvonen) from your maximum and resting heart rate:',
      `Recovery: ${hrr(0.59)}–${hrr(0.66)} bpm`,
      `Easy and long: ${hrr(0.59)}–${hrr(0.74)} bpm`,
      `Marathon pace: ${hrr(0.75)}–${hrr(0.84)} bpm`,
      `Threshold: ${hrr(0.83)}–${hrr(0.88)} bpm`,
      `Intervals: ${hrr(0.95)}–${hrr(1)} bpm`,
    ]);
    // The same numbers written out, as a runner would check them with a calculator.
    expect(heartZoneLines(KARVONEN)[2]).toBe('Easy and long: 132–153 bpm');
  });

  it("Friel's zones from the threshold heart rate", () => {
    const pct = (f: number) => Math.round(f * 171);
    expect(heartZoneLines(FRIEL)).toEqual([
      "Heart-rate zones, by Friel's zones from your threshold heart rate:",
      `Recovery: ${pct(0.8)}–${pct(0.84)} bpm`,
      `Easy and long: ${pct(0.8)}–${pct(0.89)} bpm`,
      `Marathon pace: ${pct(0.9)}–${pct(0.94)} bpm`,
      `Threshold: ${pct(0.95)}–${pct(1.02)} bpm`,
      'Intervals: 176–181 bpm',
    ]);
  });

  it('a share of the maximum (Daniels) when only the maximum is known', () => {
    const lines = heartZoneLines(MAX_ONLY);
    expect(lines[0]).toBe('Heart-rate zones, by a share of your maximum heart rate (Daniels):');
    expect(lines[1]).toBe(`Recovery: ${Math.round(0.65 * 190)}–${Math.round(0.72 * 190)} bpm`);
    expect(lines[1]).toBe('Recovery: 124–137 bpm');
  });

  it('threshold wins over max and resting (the most individual method)', () => {
    expect(heartZoneLines({ ...KARVONEN, lthrHr: 171 })[0]).toMatch(/Friel/);
  });

  it('is empty without a maximum or a threshold', () => {
    expect(heartZoneLines(NONE)).toEqual([]);
    expect(heartZoneLines({ maxHr: null, restingHr: 50, lthrHr: null })).toEqual([]);
  });

  it('names the zones in Russian and German', () => {
    expect(heartZoneLines(KARVONEN, 'ru')).toEqual([
      'Пульсовые зоны, по резерву пульса (Карвонен) от максимального пульса и пульса в покое:',
      'Восстановление: 132–142 уд/мин',
      'Лёгкий бег и длительная: 132–153 уд/мин',
      'Марафонский темп: 154–166 уд/мин',
      'Порог: 165–172 уд/мин',
      'Интервалы: 181–188 уд/мин',
    ]);
    expect(heartZoneLines(FRIEL, 'de')[0]).toBe('Pulszonen nach Friel, aus deiner Schwellen-Herzfrequenz:');
    expect(heartZoneLines(FRIEL, 'de')[3]).toBe('Marathontempo: 154–161 S/min');
  });
});
