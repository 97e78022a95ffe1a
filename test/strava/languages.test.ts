/**
 * Strava speaks the runner's language (issue 17): the browser pages, the link question and answer, the post-run
 * prompt and the deauthorization notice, all from templates in jobs.ftl.
 */
import { describe, expect, it } from 'vitest';
import { deauthorizedMessage, pages, postRunMessage } from '../../src/strava/messages.ts';
import { dbOf } from '../helpers/db.ts';
import { ATHLETE, addRunner, browserCookie, RUNNER, startBench } from './helpers.ts';

describe('Strava in the runner language', () => {
  it('a Russian runner connects: the page, the question in the chat and the answer are in Russian', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    bench.store.users.update(RUNNER, { language: 'ru' });
    const r1 = await fetch(bench.strava.bot.connectLink(RUNNER), { redirect: 'manual' });
    expect(r1.status).toBe(302);
    const back = await bench.fake.authorize(r1.headers.get('location') ?? '', { athleteId: ATHLETE });
    // The browser asks for English; the runner is known, so the page follows their language.
    const r2 = await fetch(back, { headers: { ...browserCookie(r1), 'accept-language': 'en-US' } });
    const page = await r2.text();
    expect(page).toContain('<html lang="ru">');
    expect(page).toContain('Почти готово');
    expect(page).not.toMatch(/Almost done|Go back to Telegram/);
    const row = dbOf(bench.store).$client.prepare("select payload from outbox where kind = 'strava_confirm'").get() as {
      payload: string;
    };
    const question = JSON.parse(row.payload) as { html: string; buttons: { text: string }[][] };
    expect(question.html).toContain('Привязать аккаунт Strava <b>Test R.</b> к этому чату?');
    expect(question.buttons[0]?.map((b) => b.text)).toEqual(['Да, привязать', 'Нет']);
    const answer = await bench.strava.bot.answerLink?.(RUNNER, ATHLETE, true);
    expect(answer?.html).toContain('Strava подключена</b> (Test R.)');
    expect(answer?.html).not.toMatch(/connected|Runs you save/);
  });

  it('a page for a browser whose runner is not known follows Accept-Language, else English', async () => {
    const bench = await startBench();
    const spanish = await fetch(`${bench.publicUrl}/strava/connect`, {
      headers: { 'accept-language': 'es-ES,es;q=0.9' },
    });
    expect(spanish.status).toBe(400);
    const text = await spanish.text();
    expect(text).toContain('<html lang="es">');
    expect(text).toContain('Este enlace no funciona');
    const german = await fetch(`${bench.publicUrl}/strava/connect?t=forged.token`, {
      headers: { 'accept-language': 'de-DE' },
    });
    expect(await german.text()).toContain('Dieser Link funktioniert nicht');
    const unknown = await fetch(`${bench.publicUrl}/strava/connect`, { headers: { 'accept-language': 'ja' } });
    expect(await unknown.text()).toContain('This link does not work');
  });

  it('the post-run prompt and the deauthorization notice, with plurals, in ru, es and de', () => {
    const ru = postRunMessage({
      date: '2026-12-01',
      distanceKm: 7.1,
      durationSec: 2520,
      units: 'km',
      match: 'extra',
      workout: null,
      speech: { lang: 'ru', locale: 'ru' },
    });
    expect(ru.html).toContain('Пробежка из Strava</b> · вт, 1 дек.');
    expect(ru.html).toContain('Сделано: 7,1 км за 42:00 (5:55/км)');
    expect(ru.html).toContain('На этот день ничего не было запланировано');
    expect(ru.html).toContain('Как ощущения?');
    expect(deauthorizedMessage(1, 'ru').html).toContain('1 тренировку из Strava');
    expect(deauthorizedMessage(3, 'ru').html).toContain('3 тренировки из Strava');
    expect(deauthorizedMessage(5, 'ru').html).toContain('5 тренировок из Strava');
    expect(deauthorizedMessage(1, 'es').html).toContain('la actividad de Strava');
    expect(deauthorizedMessage(4, 'es').html).toContain('las 4 actividades de Strava');
    expect(deauthorizedMessage(2, 'de').html).toContain('die 2 Strava-Aktivitäten');
    expect(deauthorizedMessage(2, 'en').html).toContain('the 2 Strava activities');
    const de = pages('de');
    expect(de.connected()).toContain('Strava ist verbunden');
    expect(de.badLink('expired')).toContain('Der Link ist abgelaufen');
    expect(pages('es').missingScope()).toContain('<p>Vuelve a intentarlo desde el chat');
  });
});
