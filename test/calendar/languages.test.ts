/** The calendar feed names the plan, its categories and distances in the runner's language (issue 17). */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { newFeedToken } from '../../src/calendar/feed.ts';
import { RUNNER, startWebApp } from '../webapp/harness.ts';

async function calendar(url: string) {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  return new ICAL.Component(ICAL.parse(await res.text()));
}

describe('the calendar feed in the runner language', () => {
  it('Russian, German and Spanish runners get the calendar name, categories and distances in their words', async () => {
    const app = await startWebApp({ now: new Date('2026-12-09T09:00:00Z') });
    const token = newFeedToken();
    app.store.calendarFeeds.set(RUNNER.id, token);
    const cases = [
      { lang: 'ru', training: 'Тренировка', race: 'Старт', unit: /\d км$/, name: /^runcoach · \S.* \d{4} г\.$/ },
      { lang: 'de', training: 'Training', race: 'Wettkampf', unit: /\d km$/, name: /^runcoach · .* \d{4}$/ },
      { lang: 'es', training: 'Entreno', race: 'Carrera', unit: /\d km$/, name: /^runcoach · .* de \d{4}$/ },
    ];
    for (const c of cases) {
      app.store.users.update(RUNNER.id, { language: c.lang });
      const cal = await calendar(`${app.url}/calendar/${token}.ics`);
      const name = String(cal.getFirstPropertyValue('x-wr-calname'));
      expect(name, c.lang).toMatch(c.name);
      expect(name, c.lang).not.toMatch(/Half marathon|Marathon \d|5K|10K/);
      const events = cal.getAllSubcomponents('vevent');
      const categories = events.map((e) => String(e.getFirstPropertyValue('categories')));
      expect(new Set(categories), c.lang).toEqual(new Set([c.training, c.race]));
      for (const e of events) expect(String(e.getFirstPropertyValue('summary')), c.lang).toMatch(c.unit);
    }
  });
});
