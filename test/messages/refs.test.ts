/**
 * Refs rendered in the reader's language (src/messages/refs.ts): a zod "one of" lists the choices in the runner's
 * words (goal races, units, feelings, weekdays), never the codes; a day with `year` carries its year in every
 * locale, through Intl.
 */
import { describe, expect, it } from 'vitest';
import { recordFeedbackArgs, updateProfileArgs } from '../../src/coach/tools/schemas.ts';
import { issuesRefs } from '../../src/messages/issues.ts';
import type { Language } from '../../src/messages/languages.ts';
import { ref, renderRef } from '../../src/messages/refs.ts';

function said(lang: Language, error: { issues: readonly unknown[] } | undefined): string {
  if (!error) throw new Error('expected the parse to fail');
  return issuesRefs(error as never)
    .map((r) => renderRef(lang, r))
    .join(' / ');
}

const badFeeling = recordFeedbackArgs.safeParse({ date: '2026-12-01', feeling: 'meh' }).error;
const badUnits = updateProfileArgs.safeParse({ units: 'yards' }).error;

describe('a value outside the choices, in the runner’s words', () => {
  it.each([
    ['es', 'sensaciones: uno de estos valores: genial, bien, normal, cansancio o agotamiento'],
    ['de', 'Befinden: einer dieser Werte: super, gut, okay, müde oder erschöpft'],
    ['fr', 'ressenti : une de ces valeurs : au top, bien, correct, fatigué ou épuisé'],
    ['it', 'sensazioni: uno di questi valori: alla grande, bene, così così, stanchezza o sfinimento'],
    ['pt', 'sensação: um destes valores: ótima, boa, normal, cansaço ou exaustão'],
    ['ru', 'самочувствие: одно из значений: отлично, хорошо, нормально, усталость или полное изнеможение'],
    ['uk', 'самопочуття: одне зі значень: чудово, добре, нормально, втома або повне виснаження'],
  ] as [Language, string][])('feelings, %s', (lang, text) => {
    expect(said(lang, badFeeling)).toBe(text);
  });

  it.each([
    ['es', 'unidades: uno de estos valores: kilómetros o millas'],
    ['de', 'Einheiten: einer dieser Werte: Kilometer oder Meilen'],
    ['fr', 'unités : une de ces valeurs : kilomètres ou miles'],
    ['it', 'unità: uno di questi valori: chilometri o miglia'],
    ['pt', 'unidades: um destes valores: quilômetros ou milhas'],
    ['ru', 'единицы: одно из значений: километры или мили'],
    ['uk', 'одиниці: одне зі значень: кілометри або милі'],
  ] as [Language, string][])('units, %s', (lang, text) => {
    expect(said(lang, badUnits)).toBe(text);
  });

  it('English keeps zod’s words, which name the codes the model sends', () => {
    expect(said('en', badFeeling)).toBe(
      'feeling: Invalid option: expected one of "great"|"good"|"ok"|"tired"|"exhausted"',
    );
    expect(said('en', badUnits)).toBe('units: Invalid option: expected one of "km"|"mi"');
  });

  it('codes with no word of their own pass through as they are', () => {
    const r = ref('err-arg-one-of', { field: { field: ['x'] }, choices: { choices: ['mon', 'half', 'zzz'] } });
    expect(renderRef('de', r)).toBe('x: einer dieser Werte: Montag, Halbmarathon oder zzz');
  });
});

describe('a day with its year', () => {
  const note = ref('und-note-race-day', { day: { day: '2027-04-04', year: true } });
  it.each([
    ['en', 'Race day assumed Sun 4 Apr 2027 (the first Sunday'],
    ['es', 'He supuesto que la carrera es el dom, 4 abr 2027 (el primer domingo'],
    ['de', 'Als Wettkampftag angenommen: So., 4. Apr. 2027 (der erste Sonntag'],
    ['fr', 'Jour de course supposé : dim. 4 avr. 2027 (le premier dimanche'],
    ['it', 'Giorno di gara ipotizzato: dom 4 apr 2027 (la prima domenica'],
    ['pt', 'Considerei a prova em dom., 4 de abr. de 2027 (o primeiro domingo'],
    ['ru', 'Считаю днём забега вс, 4 апр. 2027 г. (первое воскресенье'],
    ['uk', 'Вважаю днем забігу нд, 4 квіт. 2027 р. (перша неділя'],
  ] as [Language, string][])('%s', (lang, start) => {
    expect(renderRef(lang, note).startsWith(start), renderRef(lang, note)).toBe(true);
  });

  it('without `year`, the day alone, as every reply writes a date this season', () => {
    expect(renderRef('de', ref('und-note-race-day', { day: { day: '2027-04-04' } }))).toMatch(
      /^[^2]*So\., 4\. Apr\. \(/,
    );
  });
});
