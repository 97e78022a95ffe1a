/** The English detector of the "no English left" tests (test/helpers/english.ts) finds English and only English. */
import { describe, expect, it } from 'vitest';
import { englishIn, englishWords } from './english.ts';

describe('englishWords', () => {
  it('finds the English words of a sentence left untranslated', () => {
    expect(englishWords('Your plan for today: an easy run. Rest tomorrow.', 'ru')).toEqual([
      'your',
      'plan',
      'today',
      'easy',
      'run',
      'rest',
      'tomorrow',
    ]);
    expect(englishWords('Skipped. Moved to Thursday, see you next week!', 'es')).toEqual([
      'skipped',
      'moved',
      'you',
      'next',
      'week',
    ]);
    expect(englishWords('Tempo run on Sat, 5 km', 'de')).toEqual(['run']);
    expect(englishWords('Long run, marathon-pace finish', 'ru')).toEqual(['long', 'run', 'marathon-pace']);
  });

  it('passes translations, URLs, commands, units, numbers, HTML and names', () => {
    expect(englishWords('Тренировка на сегодня: лёгкий бег 8 км, 5:30–6:00/км', 'ru')).toEqual([]);
    expect(englishWords('<b>Tu plan</b> · 42 km · 4:55/km · /today /week /plan', 'es')).toEqual([]);
    expect(englishWords('Öffne https://example.com/the/plan?you=1 oder t.me/runcoach_bot', 'de')).toEqual([]);
    expect(englishWords('12 min · 3 mi · 8:00/mi · 10 km', 'ru')).toEqual([]);
    expect(englishWords('Hola, Will! &amp; Strava · Garmin · intervals.icu · FIT', 'es', ['Will'])).toEqual([]);
    expect(englishWords('@the_runner', 'uk')).toEqual([]);
  });

  it("a word of the runner's own language is not English: plan in es and de, Rest in de, long in fr, pace in it", () => {
    expect(englishWords('Tu plan está listo', 'es')).toEqual([]);
    expect(englishWords('Der Plan steht, der Rest ist locker', 'de')).toEqual([]);
    expect(englishWords('Sortie longue, un long footing', 'fr')).toEqual([]);
    expect(englishWords('Corsa in pace', 'it')).toEqual([]);
    // ...but the same words are English to a Russian runner.
    expect(englishWords('plan rest long pace', 'ru')).toEqual(['plan', 'rest', 'long', 'pace']);
    expect(englishWords("don't worry, you're fine", 'uk')).toEqual(["don't", "you're"]);
  });

  it('englishIn reads message texts and button labels and says where each English word was', () => {
    const found = englishIn(
      [
        { text: 'Готово', replyMarkup: { inline_keyboard: [[{ text: '✅ Done', callback_data: 'x' }]] } },
        { text: 'Пропущено. Skip?' },
      ],
      'ru',
    );
    expect(found).toEqual(['done ← ✅ Done', 'skip ← Пропущено. Skip?']);
  });
});
