/** Portuguese phrasings as runners type them → the English the detectors read (src/coach/offline/lang/pt.ts). */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src/coach/offline/text.ts';

describe('Portuguese vocabulary', () => {
  it.each([
    ['quero correr uma meia maratona em abril', 'i want to run a half marathon in april'],
    ['corri 7 km em 40 minutos', 'ran 7 km in 40 minutes'],
    ['meu joelho dói', 'my knee hurts'],
    ['estou doente', "i'm sick"],
    ['estou muito cansada', "i'm very tired"],
    ['corri 5 km ontem', 'ran 5 km yesterday'],
    ['hoje não posso correr', "today can't run"],
    ['4 dias por semana', '4 days a week'],
    ['segunda terça quarta quinta sexta sábado domingo', 'monday tuesday wednesday thursday friday saturday sunday'],
  ])('%s → %s', (text, english) => {
    expect(normalize(text, 'pt')).toBe(english);
  });
});
