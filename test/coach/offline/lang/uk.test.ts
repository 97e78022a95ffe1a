/** Ukrainian phrasings as runners type them → the English the detectors read (src/coach/offline/lang/uk.ts). */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src/coach/offline/text.ts';

describe('Ukrainian vocabulary', () => {
  // Both "півмарафон" and "напівмарафон" are a half marathon; "пʼ" with U+02BC is read like "п'".
  it.each([
    ['хочу пробігти півмарафон 12 квітня', 'i want to run half marathon april 12'],
    ['хочу пробігти напівмарафон 12 квітня', 'i want to run half marathon april 12'],
    ['пробіг 10 км за 50 хвилин', 'ran 10 km in 50 minutes'],
    ['болить коліно', 'hurts knee'],
    ['я захворів', "i'm sick"],
    ['перенеси тренування на завтра', 'move the workout to tomorrow'],
    ['4 рази на тиждень', '4 times a week'],
    [
      'понеділок вівторок середа четвер пʼятниця субота неділя',
      'monday tuesday wednesday thursday friday saturday sunday',
    ],
  ])('%s → %s', (text, english) => {
    expect(normalize(text, 'uk')).toBe(english);
  });
});
