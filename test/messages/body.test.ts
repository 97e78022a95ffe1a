/**
 * Where it hurts, in the runner's language (issue 17): every canonical part the offline coach understands
 * (src/coach/offline/understand/body.ts BODY_PARTS), with a side and in the plural, is worded in the runner's
 * language; the runner's own words (Gemini's locations) pass through; English stays as typed. And a Russian
 * runner who says "колено болит, 8/10" reads no English back.
 */
import { describe, expect, it } from 'vitest';
import { findPain } from '../../src/coach/offline/understand/body.ts';
import { checkInText } from '../../src/coach/replies/checkins.ts';
import { adviceText } from '../../src/coach/replies/engine-words.ts';
import { bodyPartOf, bodyPartText } from '../../src/messages/body.ts';
import { t } from '../../src/messages/i18n.ts';
import type { Language } from '../../src/messages/languages.ts';
import { startHarness } from '../helpers/bot-harness.ts';
import { englishIn, englishWords } from '../helpers/english.ts';

const speech = (lang: Language) => ({ lang, units: 'km' as const });

/** Every spelling BODY_PARTS matches, singular and plural. */
const CANONICAL = [
  'lower back',
  'upper back',
  'back',
  'knee',
  'knees',
  'ankle',
  'ankles',
  'shin',
  'shins',
  'calf',
  'calves',
  'hamstring',
  'hamstrings',
  'hip',
  'hips',
  'achilles',
  'feet',
  'foot',
  'heel',
  'heels',
  'arch',
  'arches',
  'plantar',
  'it band',
  'itband',
  'itb',
  'quad',
  'quads',
  'glute',
  'glutes',
  'groin',
  'toe',
  'toes',
  'shoulder',
  'shoulders',
  'neck',
  'thigh',
  'thighs',
  'hip flexor',
  'hip flexors',
  'adductor',
  'adductors',
  'piriformis',
  'chest',
  'side stitch',
  'stitch',
  'soleus',
  'tendon',
];

/** English words of body parts that the detector's list does not hold, so the test looks for them too. */
const PART_WORDS =
  /\b(?:lower|upper|back|knees?|ankles?|shins?|calf|calves|hamstrings?|hips?|achilles|feet|foot|heels?|arch(?:es)?|plantar|band|itb|quads?|glutes?|groin|toes?|shoulders?|neck|thighs?|flexors?|adductors?|piriformis|chest|side|stitch|soleus|tendon|left|right|both)\b/i;

const LOCATIONS = CANONICAL.flatMap((p) => [p, `left ${p}`, `right ${p}`, `both ${p}`]);

describe('bodyPartText', () => {
  it('knows every part the offline coach finds', () => {
    for (const location of LOCATIONS) expect(bodyPartOf(location), location).not.toBeNull();
    // What findPain hands the engine is a known part: side, plural and all.
    for (const said of ['my left knee hurts 8/10', 'both calves sore', 'lower back pain', 'right hip flexors tight']) {
      const location = findPain(said)?.location ?? '';
      expect(bodyPartOf(location), said).not.toBeNull();
    }
  });

  for (const lang of ['ru', 'es', 'de', 'uk', 'fr', 'it', 'pt'] as const) {
    it(`${lang}: every canonical part, side and plural, without English`, () => {
      for (const location of LOCATIONS) {
        const text = bodyPartText(lang, location);
        expect(text, `${lang} ${location}`).not.toBe('');
        if (lang === 'ru' || lang === 'es' || lang === 'de')
          expect(englishWords(text, lang), `${lang} ${location}: ${text}`).toEqual([]);
        // Worded, not passed through: Cyrillic only in ru/uk; elsewhere no English part word left (a Romance
        // "tendon", "flexor", "plantar" is the language's own word, so those languages are checked on the phrase).
        if (lang === 'ru' || lang === 'uk') expect(text, `${lang} ${location}`).not.toMatch(/[a-z]/i);
        // German physios say "Piriformis" and "Soleus" too (Latin).
        else if (lang === 'de' && !/(?:piriformis|soleus)$/.test(location))
          expect(text, `${lang} ${location}`).not.toMatch(PART_WORDS);
        // French "tendon" is the French word.
        else if (lang !== 'de' && !(lang === 'fr' && location.endsWith('tendon')))
          expect(text.toLowerCase(), `${lang} ${location}`).not.toBe(location);
      }
    });
  }

  it('words sides and plurals as runners say them', () => {
    expect(bodyPartText('ru', 'knee')).toBe('колено');
    expect(bodyPartText('ru', 'left knee')).toBe('левое колено');
    expect(bodyPartText('ru', 'right calf')).toBe('правая икра');
    expect(bodyPartText('ru', 'knees')).toBe('колени');
    expect(bodyPartText('ru', 'both knees')).toBe('колени');
    expect(bodyPartText('ru', 'lower back')).toBe('поясница');
    expect(bodyPartText('es', 'left knee')).toBe('rodilla izquierda');
    expect(bodyPartText('es', 'right ankle')).toBe('tobillo derecho');
    expect(bodyPartText('es', 'calves')).toBe('gemelos');
    expect(bodyPartText('de', 'left knee')).toBe('linkes Knie');
    expect(bodyPartText('de', 'right calf')).toBe('rechte Wade');
    expect(bodyPartText('de', 'left foot')).toBe('linker Fuß');
    expect(bodyPartText('de', 'Knee (right)')).toBe('rechtes Knie');
    expect(bodyPartText('uk', 'left knee')).toBe('ліве коліно');
    expect(bodyPartText('fr', 'right hip')).toBe('hanche droite');
  });

  it('leaves the runner’s own words as typed, and English unchanged', () => {
    expect(bodyPartText('ru', 'колено')).toBe('колено');
    expect(bodyPartText('ru', 'под коленкой слева')).toBe('под коленкой слева');
    expect(bodyPartText('es', 'la planta del pie')).toBe('la planta del pie');
    expect(bodyPartText('de', 'elbow')).toBe('elbow');
    for (const location of LOCATIONS) expect(bodyPartText('en', location)).toBe(location);
    expect(bodyPartText('en', 'inner thigh')).toBe('inner thigh');
  });

  it('is in every sentence that names where it hurts', () => {
    expect(adviceText(speech('ru'), { code: 'pain_stop', severity: 8, location: 'left knee' })).toContain(
      '(левое колено)',
    );
    expect(adviceText(speech('de'), { code: 'lighter_pain', location: 'calf' })).toContain('(Wade)');
    expect(adviceText(speech('en'), { code: 'pain_stop', severity: 8, location: 'left knee' })).toContain(
      'in your left knee',
    );
    const injured = checkInText(
      { code: 'while_injured', since: '2026-12-01', location: 'right ankle', severity: 6 },
      'es',
    );
    expect(injured).toContain('tobillo derecho, 6/10');
    expect(t('ru', 'out-pain-felt', { location: bodyPartText('ru', 'knee'), severity: '8' })).toBe(
      'боль (колено) 8/10',
    );
  });
});

describe('a Russian runner with pain, offline coach', () => {
  it('says "колено болит, 8/10" and reads no English back', async () => {
    const olga = { id: 3171, first_name: 'Ольга', language_code: 'ru' };
    const h = await startHarness({ now: '2026-12-01T08:00:00Z' });
    await h.say(olga, '/start');
    h.store.users.update(olga.id, { timezone: 'Europe/Moscow' });
    await h.say(olga, 'Хочу пробежать полумарафон 14 марта, 4 раза в неделю, около 25 км в неделю');
    expect(h.store.plans.getActive(olga.id)).toBeTruthy();
    h.clock.now = new Date('2026-12-01T17:00:00Z');
    await h.say(olga, 'Пробежал 8 км за 45 минут');
    const replies = await h.say(olga, 'колено болит, 8/10');
    const pain = h.store.feedback.all(olga.id).find((f) => f.painLocation);
    expect(pain).toMatchObject({ painLocation: 'knee', painSeverity: 8 });
    const text = replies.map((m) => m.text).join('\n');
    expect(text).toMatch(/колено/);
    expect(text).not.toMatch(/\bknee\b/i);
    expect(englishIn(replies, 'ru', ['Ольга', 'runcoach'])).toEqual([]);
  }, 60_000);
});
