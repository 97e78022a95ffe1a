/** Russian phrasings as runners type them → the English the detectors read (src/coach/offline/lang/ru.ts). */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src/coach/offline/text.ts';

describe('Russian vocabulary', () => {
  // Stems ("пробежал*") cover every gender and number; "на неделе" is "this week" in speech.
  it.each([
    ['хочу пробежать полумарафон 12 апреля', 'i want to run half marathon april 12'],
    ['пробежал 10 км за 50 минут', 'ran 10 km in 50 minutes'],
    ['болит колено, 6 из 10', 'hurts knee, 6/10'],
    ['я заболел', "i'm sick"],
    ['перенеси тренировку на завтра', 'move workout to tomorrow'],
    ['сегодня пропущу тренировку', 'today skip workout'],
    ['4 раза в неделю', '4 times a week'],
    ['что у меня на неделе?', 'что in меня this week?'],
    [
      'понедельник вторник среда четверг пятница суббота воскресенье',
      'monday tuesday wednesday thursday friday saturday sunday',
    ],
  ])('%s → %s', (text, english) => {
    expect(normalize(text, 'ru')).toBe(english);
  });
});
