/** src/coach/replies/questions.ts: the coach's questions (onboarding, guided steps), runner text escaped. */
import { describe, expect, it } from 'vitest';
import * as q from '../../../src/coach/replies/questions.ts';
import { LANGUAGES } from '../../../src/messages/languages.ts';

describe('questions in English', () => {
  it.each([
    [q.locationButton('en'), '📍 Share my location'],
    [q.zoneSetText('en', 'Europe/Berlin'), 'Got it: Berlin time (Europe/Berlin).'],
    [q.zoneSetText('en', 'America/New_York'), 'Got it: New York time (America/New_York).'],
    [q.arrivalText('en', '06:30', 'Europe/Berlin'), 'Your workout arrives at 06:30 Berlin time each morning.'],
    [
      q.morningQuestionText('en', '06:30'),
      'When should your workout arrive in the morning? Tap a time or type one (e.g. <i>6:45</i>). It is set to 06:30 now.',
    ],
    [
      q.logPrompt('en'),
      'Tell me the run: distance and time, and how hard it felt if you like. For example <code>8k 42:30 rpe 5</code> or <i>6 miles in 55 min yesterday</i>.',
    ],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('escapes the place the runner typed and did not find', () => {
    expect(q.placeUnknownText('en', '<Atlantis> & co')).toBe(
      'I don’t know where &lt;Atlantis&gt; &amp; co is yet. Tell me a bigger city nearby, or a zone name like <i>Europe/Berlin</i>.',
    );
  });
});

describe('questions in Russian and German', () => {
  it.each([
    [q.locationButton('ru'), '📍 Отправить геопозицию'],
    [q.locationButton('de'), '📍 Standort teilen'],
    [q.arrivalText('de', '06:30', 'Europe/Berlin'), 'Deine Einheit kommt jeden Morgen um 06:30 Ortszeit Berlin.'],
    [q.arrivalText('ru', '07:00', 'Europe/Moscow'), 'Тренировка будет приходить каждое утро в 07:00 (время Moscow).'],
    [
      q.placeUnknownText('ru', '<Atlantis>'),
      'Пока не знаю, где находится &lt;Atlantis&gt;. Назовите крупный город рядом или пояс, например <i>Europe/Moscow</i>.',
    ],
    [
      q.morningQuestionText('de', '06:30'),
      'Wann soll deine Einheit morgens kommen? Tippe auf eine Uhrzeit oder schreib eine (z. B. <i>6:45</i>). Gerade ist 06:30 eingestellt.',
    ],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('every question exists in every language', () => {
  it.each(LANGUAGES)('%s', (lang) => {
    const texts = [
      q.locationButton(lang),
      q.setupRetry(lang),
      q.placeQuestionText(lang),
      q.placeAmbiguousText(lang),
      q.locationInTerminalText(lang),
      q.locationUnknownText(lang),
      q.morningInvalidText(lang),
      q.clarifyButtonsText(lang),
      q.logPrompt(lang),
    ];
    for (const text of texts) expect(text).not.toMatch(/^q-[a-z-]+$/);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('offers the four morning times onboarding shows', () => {
    expect(q.MORNING_OPTIONS).toEqual(['06:00', '06:30', '07:00', '07:30']);
  });
});
