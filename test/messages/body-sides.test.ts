/**
 * The inner or outer side of a thigh or knee, with left or right, kept from the runner's words to the reply in all
 * eight languages (issue 17's leftover: "inner thigh" came back as "Oberschenkel", "muslo" was not understood).
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/coach/offline/understand/index.ts';
import { bodyPartOf, bodyPartText } from '../../src/messages/body.ts';
import type { Language } from '../../src/messages/languages.ts';
import { startHarness } from '../helpers/bot-harness.ts';
import { englishIn } from '../helpers/english.ts';

describe('bodyPartOf: the face of a thigh or knee', () => {
  it.each([
    ['inner thigh', { part: 'inner-thigh', side: 'none' }],
    ['left inner thigh', { part: 'inner-thigh', side: 'left' }],
    ['inner left thigh', { part: 'inner-thigh', side: 'left' }],
    ['outer thigh (right)', { part: 'outer-thigh', side: 'right' }],
    ['inner thighs', { part: 'inner-thighs', side: 'none' }],
    ['both inner thighs', { part: 'inner-thighs', side: 'none' }],
    ['outer right knee', { part: 'outer-knee', side: 'right' }],
    ['Inner-Knee', { part: 'inner-knee', side: 'none' }],
    // A part with no such face keeps the part and drops the word, as before.
    ['inner ankle', { part: 'ankle', side: 'none' }],
    ['outer left calf', { part: 'calf', side: 'left' }],
  ])('%s', (location, found) => {
    expect(bodyPartOf(location)).toEqual(found);
  });

  it('anything else is not a part', () => {
    expect(bodyPartOf('inner peace')).toBeNull();
    expect(bodyPartOf('inner')).toBeNull();
  });
});

/** A location the offline coach writes → the runner's words, per language. */
const WORDED: [Language, string, string][] = [
  ['de', 'left inner thigh', 'Innenseite des linken Oberschenkels'],
  ['de', 'inner thigh', 'Oberschenkelinnenseite'],
  ['de', 'outer knee', 'Knieaußenseite'],
  ['es', 'inner left thigh', 'la parte interna del muslo izquierdo'],
  ['es', 'outer knee', 'la parte externa de la rodilla'],
  ['fr', 'right outer thigh', 'extérieur de la cuisse droite'],
  ['fr', 'inner knee', 'intérieur du genou'],
  ['it', 'inner thigh', 'interno coscia'],
  ['it', 'left outer knee', 'parte esterna del ginocchio sinistro'],
  ['pt', 'inner left thigh', 'parte interna da coxa esquerda'],
  ['pt', 'outer thighs', 'parte externa das coxas'],
  ['ru', 'left inner thigh', 'внутренняя поверхность левого бедра'],
  ['ru', 'outer knee', 'наружная сторона колена'],
  ['uk', 'right inner thigh', 'внутрішня поверхня правого стегна'],
  ['uk', 'outer knee', 'зовнішня частина коліна'],
  ['en', 'left inner thigh', 'left inner thigh'],
];

describe('bodyPartText: the side and the face in the runner’s words', () => {
  it.each(WORDED)('%s: %s', (lang, location, text) => {
    expect(bodyPartText(lang, location)).toBe(text);
  });
});

const NOW = new Date('2026-11-30T12:00:00Z');

/** What runners type → the location recorded → what they read back. */
const TYPED: [Language, string, string, string][] = [
  ['en', 'my left inner thigh hurts', 'left inner thigh', 'left inner thigh'],
  ['de', 'Innenseite des linken Oberschenkels tut weh', 'inner left thigh', 'Innenseite des linken Oberschenkels'],
  ['de', 'innerer Oberschenkel tut weh', 'inner thigh', 'Oberschenkelinnenseite'],
  ['de', 'Schmerzen an der Außenseite des rechten Knies', 'outer right knee', 'Außenseite des rechten Knies'],
  ['es', 'me duele la parte interna del muslo izquierdo', 'inner left thigh', 'la parte interna del muslo izquierdo'],
  ['es', 'dolor en la parte externa de la rodilla', 'outer knee', 'la parte externa de la rodilla'],
  ['fr', "j'ai mal à l'intérieur de la cuisse gauche", 'inner left thigh', 'intérieur de la cuisse gauche'],
  ['fr', "douleur à l'extérieur du genou droit", 'outer right knee', 'extérieur du genou droit'],
  ['it', "mi fa male l'interno coscia sinistra", 'inner left thigh', 'interno della coscia sinistra'],
  ['it', 'dolore alla parte esterna del ginocchio', 'outer knee', 'parte esterna del ginocchio'],
  ['pt', 'dói a parte interna da coxa esquerda', 'inner left thigh', 'parte interna da coxa esquerda'],
  ['pt', 'dor na parte externa do joelho direito', 'outer right knee', 'parte externa do joelho direito'],
  ['ru', 'болит внутренняя часть левого бедра', 'inner left thigh', 'внутренняя поверхность левого бедра'],
  ['ru', 'болит наружная сторона колена', 'outer knee', 'наружная сторона колена'],
  ['uk', 'болить внутрішня частина лівого стегна', 'inner left thigh', 'внутрішня поверхня лівого стегна'],
  ['uk', 'болить зовнішня частина коліна', 'outer knee', 'зовнішня частина коліна'],
];

describe('the offline coach keeps the face and the side', () => {
  it.each(TYPED)('%s: %s', (language, text, location, words) => {
    const u = understand(text, {
      now: NOW,
      timezone: 'Europe/Berlin',
      units: 'km',
      hasPlan: true,
      planGoal: 'half',
      language,
    });
    expect(u).toMatchObject({ kind: 'tools', calls: [{ name: 'record_feedback', args: { pain: { location } } }] });
    expect(bodyPartText(language, location)).toBe(words);
  });
});

describe('a German runner with a sore inner thigh, offline coach', () => {
  it('reads the side and the face back, with no English', async () => {
    const jonas = { id: 3181, first_name: 'Jonas', language_code: 'de' };
    const h = await startHarness({ now: '2026-12-01T08:00:00Z' });
    await h.say(jonas, '/start');
    await h.say(jonas, 'Ich möchte einen Halbmarathon am 14. März laufen, 4 Tage pro Woche, 25 km pro Woche');
    expect(h.store.plans.getActive(jonas.id)).toBeTruthy();
    h.clock.now = new Date('2026-12-01T17:00:00Z');
    const replies = await h.say(jonas, 'Innenseite des linken Oberschenkels tut weh, 5/10');
    const pain = h.store.feedback.all(jonas.id).find((f) => f.painLocation);
    expect(pain).toMatchObject({ painLocation: 'inner left thigh', painSeverity: 5 });
    const text = replies.map((m) => m.text).join('\n');
    expect(text).toContain('Innenseite des linken Oberschenkels');
    expect(text).not.toMatch(/\bthigh\b/i);
    expect(englishIn(replies, 'de', ['Jonas', 'runcoach'])).toEqual([]);
  }, 60_000);
});
