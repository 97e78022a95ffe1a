/**
 * The Mini App API's errors in the runner's language (issue 17): the authenticated runner's language; before
 * authentication (or /start) the browser's Accept-Language; else DEFAULT_LANGUAGE. The JSON keeps `{ error }`
 * and adds `code`, the message key.
 */
import { describe, expect, it } from 'vitest';
import { exportUser } from '../../src/coach/export.ts';
import { dateText } from '../../src/messages/format.ts';
import { ENGLISH } from '../helpers/english.ts';
import { RUNNER, startWebApp } from './harness.ts';

// A Wednesday; the plan starts today.
const NOW = new Date('2026-12-09T09:00:00Z');

const json = (body: unknown) => JSON.stringify(body);
type ErrorJson = { error: string; code?: string };
const read = (res: Response): Promise<ErrorJson> => res.json() as Promise<ErrorJson>;

async function runnerIn(language: string) {
  const app = await startWebApp({ now: NOW });
  app.store.users.update(RUNNER.id, { language });
  return app;
}

/** A day of the week ahead with no workout. */
function restDay(app: Awaited<ReturnType<typeof startWebApp>>): string {
  const dates = new Set(app.store.plans.getActive(RUNNER.id)?.weeks.flatMap((w) => w.workouts.map((x) => x.date)));
  for (let d = 10; d < 17; d++) if (!dates.has(`2026-12-${d}`)) return `2026-12-${d}`;
  throw new Error('no rest day this week');
}

const CASES: [string, string, string | undefined, string, RegExp, RegExp][] = [
  // method, path, body, code, Russian, German
  [
    'POST',
    '/api/workouts/2026-13-01/done',
    '{}',
    'err-web-bad',
    /^Неверная дата: дата: такой даты нет/,
    /^Ungültiges Datum: Datum: Dieses Datum gibt es/,
  ],
  [
    'POST',
    '/api/workouts/2026-12-10/done',
    json({ rpe: 11 }),
    'err-web-bad',
    /усилие \(1–10\): не больше 10/,
    /Anstrengung \(1–10\): höchstens 10/,
  ],
  [
    'POST',
    '/api/workouts/2026-12-10/done',
    json({ status: 'done' }),
    'err-web-bad',
    /неизвестные поля: status/,
    /unbekannte Felder: status/,
  ],
  ['POST', '/api/workouts/2026-12-10/done', '{"rpe":', 'err-web-bad-json', /не в формате JSON/, /kein gültiges JSON/],
  ['POST', '/api/workouts/2026-12-10/move', '{}', 'err-web-bad', /новая дата: не указано/, /neues Datum: fehlt/],
  ['PATCH', '/api/settings', '{}', 'err-web-bad', /менять нечего/, /nichts zu ändern/],
  [
    'PATCH',
    '/api/settings',
    json({ timezone: 'Mars/Olympus' }),
    'err-web-bad',
    /часовой пояс: Не знаю, где «Mars\/Olympus»/,
    /Zeitzone: Ich weiß nicht, wo „Mars\/Olympus“/,
  ],
  [
    'PATCH',
    '/api/settings',
    json({ morningTime: '25:00' }),
    'err-web-bad',
    /время тренировки: время в виде ЧЧ:ММ/,
    /Uhrzeit der Einheit: eine Uhrzeit im Format/,
  ],
  [
    'PATCH',
    '/api/settings',
    json({ units: 'yards' }),
    'err-web-bad',
    /единицы: одно из значений: километры или мили$/,
    /Einheiten: einer dieser Werte: Kilometer oder Meilen$/,
  ],
  [
    'PATCH',
    '/api/settings',
    json({ longRunDay: 'someday' }),
    'err-web-bad',
    /понедельник, .* или воскресенье/,
    /Montag, .* oder Sonntag/,
  ],
  [
    'GET',
    '/api/progress?weeks=53',
    undefined,
    'err-web-bad',
    /^Неверный запрос: недели: целое число от 1 до 52/,
    /^Ungültige Anfrage: Wochen: eine ganze Zahl von 1 bis 52/,
  ],
  [
    'POST',
    '/api/workouts/2026-12-20/done',
    '{}',
    'err-done-ahead',
    /Эта тренировка ещё впереди/,
    /Diese Einheit liegt noch vor dir/,
  ],
  ['GET', '/api/users', undefined, 'err-web-not-found', /^не найдено$/, /^nicht gefunden$/],
];

describe('Mini App errors in the runner’s language', () => {
  it.each(CASES)('%s %s %s', async (method, path, body, code, ru, de) => {
    for (const [lang, expected] of [
      ['ru', ru],
      ['de', de],
    ] as const) {
      const app = await runnerIn(lang);
      const res = await app.fetch(path, { method, body });
      expect(res.status).toBeGreaterThanOrEqual(400);
      const answer = await read(res);
      expect(answer.code, lang).toBe(code);
      expect(answer.error, lang).toMatch(expected);
      expect(answer.error, lang).not.toMatch(ENGLISH);
      expect(exportUser(app.store, RUNNER.id)?.user.units).toBe('km');
    }
  });

  it('a tool’s refusal and a rest day’s FIT file name the date in the runner’s locale', async () => {
    const app = await runnerIn('ru');
    const rest = restDay(app);
    const fit = await app.fetch(`/api/workouts/${rest}/fit`);
    expect(fit.status).toBe(404);
    expect((await read(fit)).error).toBe(`${dateText('ru', rest)}: тренировки нет, это день отдыха.`);
    const move = await app.fetch(`/api/workouts/${rest}/move`, {
      method: 'POST',
      body: json({ newDate: '2026-12-17' }),
    });
    expect(move.status).toBe(422);
    const answer = await read(move);
    expect(answer.code).toBe('err-move-rest-day');
    expect(answer.error.toLowerCase()).toContain(dateText('ru', rest).toLowerCase());
    expect(answer.error).not.toMatch(ENGLISH);
  });

  it('before authentication, the browser’s language; without one, DEFAULT_LANGUAGE', async () => {
    const app = await startWebApp({ now: NOW });
    const ask = (acceptLanguage?: string) =>
      app.fetch('/api/me', { auth: null, headers: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {} });
    const ru = await ask('ru-RU,ru;q=0.9,en;q=0.5');
    expect(ru.status).toBe(401);
    expect(await read(ru)).toEqual({
      error: 'Откройте приложение из бота в Telegram (нет заголовка Authorization с initData).',
      code: 'err-web-auth-missing',
    });
    expect((await read(await ask('de-DE'))).error).toMatch(/^Öffne die App über den Bot in Telegram/);
    expect((await read(await ask('ja'))).error).toMatch(/^Open the app from the bot in Telegram/);
    expect((await read(await ask())).error).toMatch(/^Open the app from the bot in Telegram/);
    const stale = await app.fetch('/api/me', {
      auth: `tma ${app.initData(RUNNER, Math.floor(NOW.getTime() / 1000) - 2 * 86_400)}`,
      headers: { 'Accept-Language': 'es' },
    });
    expect((await read(stale)).error).toBe(
      'Los datos de Telegram han caducado: cierra la app y vuelve a abrirla desde el bot.',
    );
  });

  it('a Telegram user who has not sent /start reads it in the browser’s language', async () => {
    const app = await startWebApp({ now: NOW });
    const stranger = `tma ${app.initData({ id: 99_001, first_name: 'Mila' })}`;
    const res = await app.fetch('/api/me', { auth: stranger, headers: { 'Accept-Language': 'uk' } });
    expect(res.status).toBe(404);
    expect(await read(res)).toEqual({
      error: 'Ви ще не почали займатися з тренером: спершу надішліть /start ботові в Telegram.',
      code: 'err-web-not-started',
    });
  });

  it('the runner’s own language wins over the browser’s; English stays English', async () => {
    const app = await runnerIn('de');
    const res = await app.fetch('/api/progress?weeks=0', { headers: { 'Accept-Language': 'ru' } });
    expect((await read(res)).error).toMatch(/^Ungültige Anfrage: Wochen: eine ganze Zahl von 1 bis 52/);
    app.store.users.update(RUNNER.id, { language: 'en' });
    const en = await app.fetch('/api/progress?weeks=0', { headers: { 'Accept-Language': 'ru' } });
    expect(await read(en)).toEqual({ error: 'Bad query: weeks: a whole number from 1 to 52', code: 'err-web-bad' });
  });
});
