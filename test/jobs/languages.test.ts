/**
 * Scheduled messages in the runner's language (issue 17): a Russian, a Spanish and a German runner get their
 * morning, evening and Sunday messages, delivered through the outbox sender to the local Bot API, in their words.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, LocalBotApi } from '../../local-bot-api/index.ts';
import { weeklyKmSpec } from '../../src/charts/weekly-km.ts';
import { senderApi } from '../../src/jobs/delivery.ts';
import { runJob } from '../../src/jobs/run.ts';
import { silentLogger } from '../../src/log.ts';
import { OutboxSender } from '../../src/outbox/sender.ts';
import { tempStore } from '../helpers/tmp.ts';
import { jobCtx, outbox, seed } from './helpers.ts';

type Lang = 'ru' | 'es' | 'de';

/** What each runner must read, and the English of the same messages that must be gone. */
const EXPECTED: Record<Lang, { morning: RegExp; evening: RegExp[]; weekly: RegExp[]; buttons: string[] }> = {
  ru: {
    morning: /Доброе утро, Аня! ☀️/,
    evening: [/Как прошла тренировка\?/, /своими словами/],
    weekly: [/Ваша неделя, пн, 30 нояб\. – вс, 6 дек\./, /По плану .* км · пробежано/, /Тренировки: выполнено/],
    buttons: ['✅ Сделано', '⏭ Пропущено'],
  },
  es: {
    morning: /¡Buenos días, Lucía! ☀️/,
    evening: [/¿Qué tal el entreno\?/, /con tus palabras/],
    weekly: [/Tu semana, lun, 30 nov – dom, 6 dic/, /Previsto .* km · hecho/, /Entrenos: \d+ de \d+ hechos/],
    buttons: ['✅ Hecho', '⏭ No lo hice'],
  },
  de: {
    morning: /Guten Morgen, Jörg! ☀️/,
    evening: [/Wie lief's\?/, /schreib es mir einfach/],
    weekly: [/Deine Woche, Mo\., 30\. Nov\. – So\., 6\. Dez\./, /Geplant .* km · gelaufen/, /Einheiten: \d+ von \d+/],
    buttons: ['✅ Erledigt', '⏭ Ausgelassen'],
  },
};

/** The English of every jobs.ftl message these runners get: none of it may reach them. */
const ENGLISH = [
  /Good morning/,
  /How did it go/,
  /Tap below/,
  /Your week/,
  /Planned \d/,
  /Workouts:/,
  /\bLoad \d/,
  /on last week/,
  /Acute:chronic/,
  /Next week/,
  /Week of/,
  /Right on plan|A solid week|Lighter than planned|More than planned|without planned runs/,
  /base phase|build phase|peak phase|taper phase/,
];

const RUNNERS: { id: number; lang: Lang; name: string }[] = [
  { id: 1000, lang: 'ru', name: 'Аня' },
  { id: 1001, lang: 'es', name: 'Lucía' },
  { id: 1002, lang: 'de', name: 'Jörg' },
];

describe('scheduled messages in the runner language', () => {
  it('a Russian, a Spanish and a German runner get morning, evening and Sunday messages in their words', async () => {
    const server = new LocalBotApi({ token: DEFAULT_TOKEN });
    const { apiRoot } = await server.start();
    try {
      const { store } = tempStore();
      seed(store, { users: 3, timezones: ['Europe/Berlin'] });
      // ru chosen with /language; es and de from Telegram's language_code alone.
      store.users.update(1000, { language: 'ru', name: 'Аня' });
      store.users.update(1001, { languageCode: 'es-ES', name: 'Lucía' });
      store.users.update(1002, { languageCode: 'de', name: 'Jörg' });

      await runJob('morning', jobCtx(store, '2026-12-01T05:30:00Z')); // Tuesday 06:30 Berlin
      await runJob('evening', jobCtx(store, '2026-12-01T19:00:00Z')); // 20:00, nothing logged
      await runJob('weekly', jobCtx(store, '2026-12-06T19:00:00Z')); // Sunday evening
      const kinds = outbox(store).map((r) => `${r.userId}:${r.kind}`);
      for (const { id } of RUNNERS) {
        expect(kinds).toEqual(expect.arrayContaining([`${id}:morning`, `${id}:evening`, `${id}:weekly`]));
      }

      const sender = new OutboxSender({
        store,
        log: silentLogger,
        api: senderApi(DEFAULT_TOKEN, apiRoot),
        ratePerSec: 30,
        perChatIntervalMs: 0,
      });
      sender.start();
      try {
        for (const { id, lang } of RUNNERS) {
          const want = EXPECTED[lang];
          await server.waitForMessage(id, want.morning, 10_000);
          const evening = await server.waitForMessage(id, want.evening[0] as RegExp, 10_000);
          for (const re of want.evening) expect(evening.text).toMatch(re);
          const markup = (evening.message as { reply_markup?: { inline_keyboard: { text: string }[][] } }).reply_markup;
          const labels = markup?.inline_keyboard.flat().map((b) => b.text) ?? [];
          expect(labels).toEqual(expect.arrayContaining(want.buttons));
          const weekly = await server.waitForMessage(id, want.weekly[0] as RegExp, 10_000);
          for (const re of want.weekly) expect(weekly.text).toMatch(re);
        }
        // Every message each runner got (the chart's caption included) is free of the jobs' English.
        for (const { id } of RUNNERS) {
          const texts = server.messages(id, { from: 'bot' }).map((m) => m.text);
          expect(texts.length).toBeGreaterThanOrEqual(4);
          for (const text of texts) for (const re of ENGLISH) expect(text).not.toMatch(re);
        }
      } finally {
        await sender.stop();
      }
      expect(outbox(store).every((r) => r.status === 'sent')).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it('the chart speaks the runner language: title, legend, unit and week labels', () => {
    const weeks = [
      { weekStart: '2026-11-23', planned: 20, done: 18 },
      { weekStart: '2026-11-30', planned: 22, done: 23, current: true },
      { weekStart: '2026-12-07', planned: 24, done: null },
    ];
    const cases: [Lang, string[]][] = [
      ['ru', ['Недельный объём', 'План', 'Сделано', '30 нояб.', 'км']],
      ['es', ['Kilómetros por semana', 'Previsto', 'Hecho', '30 nov']],
      ['de', ['Wochenumfang', 'Geplant', 'Gelaufen', '30. Nov.']],
    ];
    for (const [lang, words] of cases) {
      const spec = JSON.stringify(weeklyKmSpec(weeks, { units: 'km', lang }));
      for (const w of words) expect(spec, lang).toContain(w);
      for (const english of ['Weekly distance', '"Plan"', '"Done"', 'this week highlighted']) {
        expect(spec, lang).not.toContain(english);
      }
    }
  });
});
