/**
 * A Russian, a Spanish and a German runner use the bot's features through the local Bot API, with no Gemini key:
 * commands, /strava, /fit, /calendar, /intervals, an unknown command, an over-long message, a sticker, a voice note,
 * words the coach does not understand, the settings buttons, /export and /delete, and activity files. Every text of
 * those features (locales/<lang>/features.ftl) reaches them in their language, with no English left.
 */
import { FitWriter } from '@markw65/fit-file-writer';
import { describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../local-bot-api/types.ts';
import { exportSchema } from '../../src/coach/export.ts';
import { type Harness, type Runner, startHarness } from '../helpers/bot-harness.ts';

/** Latin words any runner reads as they are: brands, file types, settings names of other apps. */
const BRANDS = new Set([
  'strava',
  'gemini',
  'garmin',
  'coros',
  'suunto',
  'wahoo',
  'polar',
  'intervals',
  'icu',
  'google',
  'apple',
  'outlook',
  'calendar',
  'telegram',
  'json',
  'fit',
  'gpx',
  'tcx',
  'usb',
  'api',
  'app',
  'secret',
  'newfiles',
  'settings',
  'developer',
  'id',
  'mb',
  'rpe',
  'vdot',
]);

/** Words that only an English sentence has (none of them is Spanish or German). */
const ENGLISH = [
  'the',
  'you',
  'your',
  'that',
  'this',
  'with',
  'please',
  'send',
  'sorry',
  'have',
  'could',
  'would',
  'there',
  'what',
  'workout',
  'run',
  'runs',
  'and',
  'is',
  'not',
  'can',
  'it',
  'to',
  'of',
  'my',
  'today',
  'week',
  'tell',
  'try',
  'again',
  'saved',
  'delete',
  'keep',
  'log',
  'set',
  'up',
  'file',
];

/** Everything a runner reads: texts (and captions), button labels and button toasts. */
function readable(messages: StoredMessage[], toasts: (string | undefined)[] = []): string[] {
  const out: string[] = [...toasts.filter((x): x is string => !!x)];
  for (const m of messages) {
    out.push(m.text ?? '');
    out.push(...[...JSON.stringify(m.replyMarkup ?? {}).matchAll(/"text":"([^"]*)"/g)].map((x) => x[1] ?? ''));
  }
  // Commands, links and example ids are the same in every language.
  return out.map((s) =>
    s
      .replace(/https?:\S+/g, ' ')
      .replace(/\/[a-z_]+/g, ' ')
      .replace(/\bi\d+ \S+/g, ' '),
  );
}

/** The English words left in what the runner reads (for Russian, any Latin word that is not a brand). */
function englishIn(lang: string, messages: StoredMessage[], toasts: (string | undefined)[] = []): string[] {
  const words = readable(messages, toasts).flatMap((s) => s.match(/[A-Za-z]{2,}/g) ?? []);
  if (lang === 'ru') return words.filter((w) => !BRANDS.has(w.toLowerCase()));
  return words.filter((w) => ENGLISH.includes(w.toLowerCase()));
}

interface Case {
  lang: 'ru' | 'es' | 'de';
  runner: Runner;
  /** A word or phrase of each reply, in that language. */
  words: {
    unknownCommand: RegExp;
    strava: RegExp;
    fitNoPlan: RegExp;
    calendar: RegExp;
    intervals: RegExp;
    tooLong: RegExp;
    other: RegExp;
    voice: RegExp;
    notUnderstood: RegExp;
    logButton: string;
    saved: string;
    exportCaption: RegExp;
    deleteConfirm: RegExp;
    keep: string;
    kept: RegExp;
    yes: string;
    deleted: RegExp;
    notRunning: RegExp;
    corrupt: RegExp;
    fitHowTo: RegExp;
    fitSending: string;
    moveWhich: RegExp;
    gibberish: string;
    hello: [string, RegExp];
    thanks: [string, RegExp];
  };
}

const CASES: Case[] = [
  {
    lang: 'ru',
    runner: { id: 7101, first_name: 'Ольга', language_code: 'ru' },
    words: {
      unknownCommand: /Я не знаю команду/,
      strava: /Strava на этом тренере пока не настроена/,
      fitNoPlan: /Плана пока нет/,
      calendar: /Ваш календарь тренировок[\s\S]*календарь заполнится/,
      intervals: /intervals\.icu на этом тренере не настроен/,
      tooLong: /Длинное сообщение/,
      other: /Пока я читаю только текст/,
      voice: /Голосовые я слушаю, только когда здесь включён тренер Gemini[\s\S]*написать текстом/,
      notUnderstood: /Не совсем понял[\s\S]*полумарафон 14 марта/,
      logButton: 'Записать пробежку',
      saved: 'Сохранено',
      exportCaption: /Всё, что я храню о вас/,
      deleteConfirm: /Удалить всё\?/,
      keep: 'Оставить мои данные',
      kept: /Ничего не удалено/,
      yes: 'Да, удалить всё',
      deleted: /всё, что у меня было о вас, удалено/,
      notRunning: /Это не пробежка/,
      corrupt: /Не получилось прочитать файл/,
      fitHowTo: /скопируйте файл по USB/,
      fitSending: 'Отправляю файл тренировки…',
      moveWhich: /На какой день перенести/,
      gibberish: 'ыкщрп вжлдф',
      hello: ['привет', /Привет! 👋 Я на связи/],
      thanks: ['спасибо', /Всегда пожалуйста!/],
    },
  },
  {
    lang: 'es',
    runner: { id: 7102, first_name: 'Lucía', language_code: 'es' },
    words: {
      unknownCommand: /No conozco el comando/,
      strava: /Strava todavía no está configurado/,
      fitNoPlan: /Todavía no tienes plan/,
      calendar: /Tu calendario de entrenamiento[\s\S]*el calendario se llenará/,
      intervals: /intervals\.icu no está configurado/,
      tooLong: /Es un mensaje muy largo/,
      other: /De momento solo leo texto/,
      voice: /Solo puedo escuchar notas de voz[\s\S]*¿Me lo escribes\?/,
      notUnderstood: /No te he entendido del todo[\s\S]*media maratón el 14 de marzo/,
      logButton: 'Anotar una carrera',
      saved: 'Guardado',
      exportCaption: /Todo lo que guardo sobre ti/,
      deleteConfirm: /¿Borrar todo\?/,
      keep: 'Conservar mis datos',
      kept: /No se ha borrado nada/,
      yes: 'Sí, borrar todo',
      deleted: /he borrado todo lo que tenía sobre ti/,
      notRunning: /Ese archivo no es de una carrera/,
      corrupt: /No he podido leer ese archivo/,
      fitHowTo: /cópialo por USB/,
      fitSending: 'Enviando el archivo del entrenamiento…',
      moveWhich: /¿A qué día paso/,
      gibberish: 'qwxz plmk vbnq',
      hello: ['hola', /¡Hola! 👋 Aquí estoy/],
      thanks: ['gracias', /¡Cuando quieras!/],
    },
  },
  {
    lang: 'de',
    runner: { id: 7103, first_name: 'Jonas', language_code: 'de' },
    words: {
      unknownCommand: /Den Befehl \/frobnicate kenne ich nicht/,
      strava: /Strava ist bei diesem Coach noch nicht eingerichtet/,
      fitNoPlan: /Du hast noch keinen Plan/,
      calendar: /Dein Trainingskalender[\s\S]*Der Kalender füllt sich/,
      intervals: /intervals\.icu ist bei diesem Coach nicht eingerichtet/,
      tooLong: /Das ist eine lange Nachricht/,
      other: /Ich lese vorerst nur Text/,
      voice: /Sprachnachrichten kann ich nur anhören[\s\S]*Kannst du es stattdessen tippen\?/,
      notUnderstood: /Das habe ich nicht ganz verstanden[\s\S]*Halbmarathon am 14\. März/,
      logButton: 'Lauf eintragen',
      saved: 'Gespeichert',
      exportCaption: /Alles, was ich über dich speichere/,
      deleteConfirm: /Alles löschen\?/,
      keep: 'Daten behalten',
      kept: /Es wurde nichts gelöscht/,
      yes: 'Ja, alles löschen',
      deleted: /Alles, was ich über dich hatte, ist gelöscht/,
      notRunning: /Die Datei ist kein Lauf/,
      corrupt: /Die Datei kann ich nicht lesen/,
      fitHowTo: /per USB in den Ordner/,
      fitSending: 'Ich schicke die Trainingsdatei…',
      moveWhich: /Auf welchen Tag soll/,
      gibberish: 'qwxz plmk vbnq',
      hello: ['hallo', /Hallo! 👋 Ich bin bereit/],
      thanks: ['danke', /Gern! Viel Spaß beim Laufen/],
    },
  },
];

/** Texts, and captions of documents (a document's text is its caption). */
const all = (messages: StoredMessage[]) => messages.map((m) => m.text ?? '').join('\n---\n');

/** A FIT activity as a watch writes it (records every 10 s, one lap, one session). */
function fitActivity(start: Date, km: number, sec: number, sport: 'running' | 'cycling'): Uint8Array {
  const w = new FitWriter();
  const t0 = w.time(start);
  w.writeMessage(
    'file_id',
    { type: 'activity', manufacturer: 'garmin', product: 0, serial_number: 7, time_created: t0 },
    null,
    true,
  );
  const n = Math.floor(sec / 10);
  for (let i = 0; i <= n; i++) {
    w.writeMessage('record', { timestamp: t0 + i * 10, distance: (km * 1000 * i) / n }, null, i === n);
  }
  const totals = {
    timestamp: t0 + sec,
    start_time: t0,
    total_elapsed_time: sec,
    total_timer_time: sec,
    total_distance: km * 1000,
    sport,
  } as const;
  w.writeMessage('lap', totals, null, true);
  w.writeMessage('session', { ...totals, num_laps: 1 }, null, true);
  w.writeMessage(
    'activity',
    { timestamp: t0 + sec, total_timer_time: sec, num_sessions: 1, type: 'manual' },
    null,
    true,
  );
  const v = w.finish();
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength).slice();
}

function sticker(h: Harness, r: Runner): void {
  h.api.pushUpdate({
    message: {
      message_id: 9_000 + r.id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: r.id, type: 'private', first_name: r.first_name },
      from: { id: r.id, is_bot: false, first_name: r.first_name, language_code: r.language_code },
      sticker: {
        file_id: 'st',
        file_unique_id: 'st',
        type: 'regular',
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
      },
    },
  } as never);
}

describe.each(CASES)('a runner whose Telegram is in $lang', ({ lang, runner, words }) => {
  it('gets commands, media and not-understood replies in their language', async () => {
    const h = await startHarness({ now: '2026-12-01T09:00:00Z' });
    await h.say(runner, '/start');
    const seen: StoredMessage[] = [];
    const expectSaid = (messages: StoredMessage[], pattern: RegExp) => {
      expect(all(messages)).toMatch(pattern);
      seen.push(...messages);
    };
    expectSaid(await h.say(runner, '/frobnicate'), words.unknownCommand);
    expectSaid(await h.say(runner, '/strava'), words.strava);
    expectSaid(await h.say(runner, '/fit'), words.fitNoPlan);
    expectSaid(await h.say(runner, '/calendar'), words.calendar);
    expectSaid(await h.say(runner, '/intervals'), words.intervals);
    // Over MAX_MESSAGE_CHARS (4000) but one Telegram message (4096), so one update is answered.
    expectSaid(await h.say(runner, 'ж'.repeat(4050)), words.tooLong);
    expectSaid(await h.act(runner, () => sticker(h, runner)), words.other);
    expectSaid(
      await h.act(runner, (api) => api.sendVoiceFromUser(runner, { bytes: 'OggS', duration: 5 })),
      words.voice,
    );
    expectSaid(await h.say(runner, words.hello[0]), words.hello[1]);
    expectSaid(await h.say(runner, words.thanks[0]), words.thanks[1]);
    const lost = await h.say(runner, words.gibberish);
    expectSaid(lost, words.notUnderstood);
    expect(JSON.stringify(lost.at(-1)?.replyMarkup)).not.toMatch(/Set up my plan|What can you do/);
    expect(englishIn(lang, seen)).toEqual([]);
  });

  it('exports and deletes their data in their language; the export says no language was chosen', async () => {
    const h = await startHarness({ now: '2026-12-01T09:00:00Z' });
    await h.say(runner, '/start');
    const seen: StoredMessage[] = [];
    const toasts: (string | undefined)[] = [];

    const settings = await h.say(runner, '/settings');
    const units = await h.pressData(runner, settings.at(-1)?.messageId ?? 0, 'set:units:mi');
    expect(units.answer).toBe(words.saved);
    toasts.push(units.answer);

    const exported = await h.say(runner, '/export');
    const doc = exported.find((m) => m.kind === 'document');
    expect(doc?.text).toMatch(words.exportCaption);
    seen.push(...exported);
    const json = JSON.parse(Buffer.from(doc?.file?.bytes ?? []).toString('utf8'));
    expect(exportSchema.safeParse(json).success).toBe(true);
    // Never chosen with /language: the export says so, and an import keeps following Telegram's language.
    expect(json.user.language).toBeNull();

    const ask = await h.say(runner, '/delete');
    expect(all(ask)).toMatch(words.deleteConfirm);
    seen.push(...ask);
    const keep = await h.press(runner, words.keep);
    expect(all(keep.messages)).toMatch(words.kept);
    seen.push(...keep.messages);
    await h.say(runner, '/delete');
    const yes = await h.press(runner, words.yes);
    expect(all(yes.messages)).toMatch(words.deleted);
    seen.push(...yes.messages);
    expect(h.store.users.get(runner.id)).toBeUndefined();
    expect(englishIn(lang, seen, toasts)).toEqual([]);
  });

  it('sends a FIT workout, moves a workout and reads activity files in their language', async () => {
    const h = await startHarness({ now: '2026-11-30T08:00:00Z' });
    await h.say(runner, '/start');
    h.store.users.update(runner.id, { timezone: 'Europe/Berlin' });
    // The plan request in English words: the offline understanding of each language is another engineer's part.
    await h.say(runner, '10k on February 14, 4 days a week, about 25 km, long runs on Sunday');
    const plan = h.store.plans.getActive(runner.id);
    const first = plan?.weeks.flatMap((w) => w.workouts).find((w) => w.type !== 'race');
    if (!first) throw new Error('fixture: no workout');
    const seen: StoredMessage[] = [];

    const fit = await h.say(runner, `/fit ${first.date}`);
    const doc = fit.find((m) => m.kind === 'document');
    expect(doc?.text).toMatch(words.fitHowTo);
    seen.push(...fit);

    const card = await h.say(runner, '/today');
    const sending = await h.pressData(runner, card.at(-1)?.messageId ?? 0, `fit:${first.date}`);
    expect(sending.answer).toBe(words.fitSending);

    const move = await h.pressData(runner, card.at(-1)?.messageId ?? 0, `move:${first.date}`);
    expect(all(move.messages)).toMatch(words.moveWhich);
    seen.push(...move.messages);

    const send = (filename: string, bytes: Uint8Array | string) =>
      h.act(runner, (api) => api.sendDocumentFromUser(runner, { filename, bytes }));
    const ride = await send('ride.fit', fitActivity(new Date('2026-11-29T08:00:00Z'), 30, 3600, 'cycling'));
    expect(all(ride)).toMatch(words.notRunning);
    seen.push(...ride);
    const broken = await send('broken.fit', 'not a fit file at all');
    expect(all(broken)).toMatch(words.corrupt);
    seen.push(...broken);
    expect(h.store.runs.all(runner.id)).toHaveLength(0);

    // A real run is logged from its file (the log reply's words are the outcomes' own, tested with them).
    await send('run.fit', fitActivity(new Date('2026-11-29T08:00:00Z'), 8, 2700, 'running'));
    expect(h.store.runs.all(runner.id)).toMatchObject([{ source: 'file', distanceKm: 8 }]);
    expect(englishIn(lang, seen)).toEqual([]);
  });
});
