/** Spanish phrasings as runners type them → the English the detectors read (src/coach/offline/lang/es.ts). */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src/coach/offline/text.ts';

describe('Spanish vocabulary', () => {
  // "carrera" is a run, except in "la carrera es el…" where it names the race.
  it.each([
    ['quiero correr una media maratón el 12 de abril', 'i want to run a half marathon the april 12'],
    ['ayer corrí 8 km en 45 minutos', 'yesterday ran 8 km in 45 minutes'],
    ['me duele la rodilla izquierda, 7 de 10', 'hurts the left knee, 7/10'],
    ['estoy enfermo', "i'm sick"],
    ['mueve la carrera del viernes al sábado', 'move the run of the friday to saturday'],
    ['4 días por semana', '4 days a week'],
    ['me sentí genial', 'felt great'],
    ['la carrera es el 11 de abril', 'the race is the april 11'],
    ['hecho', 'done'],
    [
      'lunes martes miércoles jueves viernes sábado domingo',
      'monday tuesday wednesday thursday friday saturday sunday',
    ],
  ])('%s → %s', (text, english) => {
    expect(normalize(text, 'es')).toBe(english);
  });
});
