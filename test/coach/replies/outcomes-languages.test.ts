/**
 * A Russian, a Spanish and a German runner get the tools' replies (src/coach/replies/outcomes.ts and its helpers)
 * in their language, with their numbers: logged runs, feedback with pain, skips, moves, illness and travel,
 * settings, heart rate and the race question with its buttons. Lines that still carry the engine's English
 * summaries (the "• day: …" lines and its advice, engineer 17e's) are left out of the "no English" check.
 */
import { describe, expect, it } from 'vitest';
import { raceConfirmButton } from '../../../src/coach/conversation/flows.ts';
import { checkInText } from '../../../src/coach/replies/checkins.ts';
import { renderOutcome } from '../../../src/coach/replies/outcomes.ts';
import { settingsMessages, settingsPicker } from '../../../src/coach/replies/settings.ts';
import { spikeNote } from '../../../src/coach/replies/spike.ts';
import { callTool, type ToolOutcome } from '../../../src/coach/tools/index.ts';
import type { ToolCall } from '../../../src/coach/tools/schemas.ts';
import type { CoachContext, OutgoingMessage } from '../../../src/coach/types.ts';
import { silentLogger } from '../../../src/log.ts';
import { decode } from '../../../src/messages/callback-data.ts';
import type { Language } from '../../../src/messages/languages.ts';
import { tempStore } from '../../helpers/tmp.ts';

const ID = 8181;
const NOW = new Date('2026-12-01T09:00:00Z');

function runner(lang: Language) {
  const { store } = tempStore();
  store.users.upsert({ telegramId: ID, chatId: ID, name: 'R', languageCode: lang });
  const ctx: CoachContext = { userId: ID, store, now: () => NOW, log: silentLogger };
  return { ctx, store };
}

function withPlan(lang: Language) {
  const r = runner(lang);
  const made = callTool(r.ctx, 'update_profile', {
    recentRace: { distance: '10k', time: '0:45:00', date: '2026-11-20' },
  });
  expect(made.result.ok).toBe(true);
  const plan = callTool(r.ctx, 'create_plan', { goal: 'half', raceDate: '2027-03-14', daysPerWeek: 4, weeklyKm: 30 });
  expect(plan.result.ok).toBe(true);
  return r;
}

function reply(ctx: CoachContext, call: ToolCall): string {
  const outcome = callTool(ctx, call.name, call.args);
  expect(outcome.result.ok, JSON.stringify(outcome.result)).toBe(true);
  return texts(renderOutcome(outcome, ctx.store.users.get(ctx.userId)));
}

function texts(messages: OutgoingMessage[]): string {
  const labels = messages.flatMap((m) => (m.buttons ?? []).flat().map((b) => b.text));
  return [...messages.map((m) => m.html), ...labels].join('\n');
}

/** Latin words a Cyrillic runner reads as they are: commands and the VDOT name. */
const LATIN_ALLOWED = new Set(['vdot', 'today', 'week', 'settings', 'i', 'b']);

/** English words that are no word of Spanish or German: one of them means an untranslated text. */
const ENGLISH =
  /\b(the|your|you|and|with|logged|skipped|moves|changed|thanks|noted|heart|rate|week|days?|easy|running|effort|feeling|pain|safe|travels|soon|rest|settings|time zone|units|long run|miles|kilometres|done|got it)\b/i;

/** What is left to check once the engine's own lines (17e's: "• day: summary" and advice) are set aside. */
function ours(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.startsWith('• '))
    .join('\n');
}

function englishIn(text: string, lang: Language): string[] {
  // Tags, commands (/settings) and time-zone ids (UTC, Europe/Berlin) are no words of any language.
  const body = ours(text)
    .replace(/<[^>]+>/g, ' ')
    .replace(/(^|\s)\/\w+/g, ' ')
    .replace(/\b(?:UTC|[A-Z][a-z]+\/[A-Za-z_]+)\b/g, ' ');
  if (lang === 'ru' || lang === 'uk')
    return (body.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w.toLowerCase()));
  return body.match(new RegExp(ENGLISH.source, 'gi')) ?? [];
}

/** The first planned workout from `from` on. */
function plannedDay(ctx: CoachContext, from: string): { date: string; distanceKm: number } {
  const plan = ctx.store.plans.getActive(ID);
  const w = plan?.weeks
    .flatMap((wk) => wk.workouts)
    .filter((x) => x.date >= from && x.status === 'planned' && x.type !== 'race')
    .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
  if (!w) throw new Error('no planned workout');
  return { date: w.date, distanceKm: w.distanceKm };
}

const WORDS: Record<'ru' | 'es' | 'de', Record<string, RegExp>> = {
  ru: {
    logged: /Записал: 5 км за 25:00 \(5:00\/км\)/,
    skipped: /Пропуск: .*Без угрызений совести/,
    moved: /переезжает с .* на <b>/,
    illness: /Выздоравливай!/,
    travel: /Хорошей поездки!/,
    pain: /боль \(колено\) 8\/10/,
    units: /Расстояния в милях\./,
    days: /5 беговых дней в неделю/,
    evening: /Вечером спрошу в 20:30\./,
    heart: /Пульс: макс\. 190 · в покое 50 уд\/мин\./,
    zones: /Пульсовые зоны, в процентах от максимального пульса|Пульсовые зоны, по резерву пульса/,
    race: /медленнее твоей текущей формы: VDOT снизился бы с \d+,\d до \d+,\d/,
    yes: /Да, в полную силу/,
    noted: /Результат записал: 10 км за 55:00/,
    settings: /<b>Твои настройки<\/b>/,
  },
  es: {
    logged: /Registrado: 5 km en 25:00 \(5:00\/km\)/,
    skipped: /Saltado: .*Sin remordimientos/,
    moved: /pasa del .* al <b>/,
    illness: /Que te mejores\./,
    travel: /¡Buen viaje!/,
    pain: /dolor en rodilla 8\/10/,
    units: /Distancias en millas\./,
    days: /5 días de carrera por semana/,
    evening: /Te preguntaré a las 20:30\./,
    heart: /Pulso: máx\. 190 · reposo 50 ppm\./,
    zones: /Zonas de pulso, según/,
    race: /más lento que tu forma actual: bajaría tu VDOT de \d+,\d a \d+,\d/,
    yes: /Sí, a tope/,
    noted: /Resultado anotado: 10K en 55:00/,
    settings: /<b>Tus ajustes<\/b>/,
  },
  de: {
    logged: /Eingetragen: 5 km in 25:00 \(5:00\/km\)/,
    skipped: /ausgelassen\. Kein schlechtes Gewissen/,
    moved: /wandert von .* auf <b>/,
    illness: /Gute Besserung!/,
    travel: /Gute Reise!/,
    pain: /Schmerzen \(Knie\) 8\/10/,
    units: /Strecken in Meilen\./,
    days: /5 Lauftage pro Woche/,
    evening: /Ich frage um 20:30 nach\./,
    heart: /Puls: max\. 190 · Ruhe 50 S\/min\./,
    zones: /Pulszonen nach/,
    race: /langsamer als deine aktuelle Form: Es würde deinen VDOT von \d+,\d auf \d+,\d senken/,
    yes: /Ja, voll gelaufen/,
    noted: /Rennergebnis notiert: 10 km in 55:00/,
    settings: /<b>Deine Einstellungen<\/b>/,
  },
};

const PAIN_WORD = { ru: 'колено', es: 'rodilla', de: 'Knie' } as const;

describe.each(['ru', 'es', 'de'] as const)('a %s runner hears the tools in their language', (lang) => {
  const words = WORDS[lang];

  it('logs a run, gives feedback with pain, skips and moves workouts', () => {
    const { ctx } = withPlan(lang);
    const day = plannedDay(ctx, '2026-12-01');
    const logged = reply(ctx, { name: 'log_run', args: { date: day.date, distanceKm: 5, duration: '25:00' } });
    expect(logged).toMatch(words.logged as RegExp);
    expect(englishIn(logged, lang)).toEqual([]);

    const pain = reply(ctx, {
      name: 'record_feedback',
      args: { date: day.date, pain: { location: PAIN_WORD[lang], severity: 8 } },
    });
    expect(pain).toMatch(words.pain as RegExp);
    // The first lines are ours (the stop advice and the days taken off); the engine's bullets are 17e's.
    expect(englishIn(pain, lang)).toEqual([]);

    const { ctx: fresh } = withPlan(lang);
    const next = plannedDay(fresh, '2026-12-02');
    const skipped = reply(fresh, { name: 'skip_workout', args: { date: next.date } });
    expect(skipped).toMatch(words.skipped as RegExp);
    expect(englishIn(skipped, lang)).toEqual([]);

    const later = plannedDay(fresh, '2026-12-07');
    const to = new Date(Date.parse(`${later.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const moved = reply(fresh, { name: 'reschedule_workout', args: { date: later.date, newDate: to } });
    expect(moved).toMatch(words.moved as RegExp);
    // Abbreviated dates ("3 дек.", "So., 6. Dez.") end a sentence with one stop, not two.
    for (const text of [logged, skipped, moved]) expect(text).not.toMatch(/(?<!\.)\.(?:<\/b>)?\.(?!\.)/);
  });

  it('adjusts the plan for illness and travel with its own opening and reasons', () => {
    const { ctx } = withPlan(lang);
    const ill = reply(ctx, { name: 'adjust_plan', args: { reason: 'illness', fromDate: '2026-12-01', days: 4 } });
    expect(ill).toMatch(words.illness as RegExp);
    const [opening, , , why] = ill.split('\n').filter((l) => !l.startsWith('• '));
    expect(englishIn(`${opening}\n${why ?? ''}`, lang)).toEqual([]);

    const { ctx: other } = withPlan(lang);
    const travel = reply(other, { name: 'adjust_plan', args: { reason: 'travel', fromDate: '2026-12-03', days: 5 } });
    expect(travel).toMatch(words.travel as RegExp);
    expect(englishIn(travel.split('\n')[0] ?? '', lang)).toEqual([]);
  });

  it('changes settings and heart rate, and the /settings card and pickers speak the language', () => {
    const { ctx } = runner(lang);
    const out = reply(ctx, {
      name: 'update_profile',
      args: { units: 'mi', daysPerWeek: 5, eveningTime: '20:30', maxHr: 190, restingHr: 50 },
    });
    expect(out).toMatch(words.units as RegExp);
    expect(out).toMatch(words.days as RegExp);
    expect(out).toMatch(words.evening as RegExp);
    expect(out).toMatch(words.heart as RegExp);
    expect(out).toMatch(words.zones as RegExp);
    expect(englishIn(out, lang)).toEqual([]);

    const card = texts(settingsMessages(ctx));
    expect(card).toMatch(words.settings as RegExp);
    expect(englishIn(card, lang)).toEqual([]);
    for (const key of ['days', 'lrd', 'morning', 'evening', 'units'] as const) {
      expect(englishIn(texts(settingsPicker(key, lang)), lang)).toEqual([]);
    }
    // The zone buttons name cities as the IANA database does (London, Tokyo); the question is in the language.
    expect(englishIn(settingsPicker('tz', lang)[0]?.html ?? '', lang)).toEqual([]);
  });

  it('asks about a slower race with Yes/No buttons in the language, and Yes applies it', () => {
    const { ctx, store } = withPlan(lang);
    const asked = callTool(ctx, 'update_profile', {
      recentRace: { distance: '10k', time: '0:55:00', date: '2026-11-28' },
    });
    const messages = renderOutcome(asked as ToolOutcome, store.users.get(ID));
    const question = texts(messages);
    expect(question).toMatch(words.race as RegExp);
    expect(question).toMatch(words.yes as RegExp);
    expect(englishIn(question, lang)).toEqual([]);
    const yes = messages[0]?.buttons?.[0]?.[0];
    expect(decode(yes && 'data' in yes ? yes.data : undefined)).toEqual({ a: 'race', yes: true });
    const applied = texts(raceConfirmButton(ctx, true) ?? []);
    expect(applied).toMatch(words.noted as RegExp);
    expect(englishIn(applied, lang)).toEqual([]);
    // The question is answered: the same button again finds nothing open.
    expect(raceConfirmButton(ctx, true)).toBeNull();
  });
});

const MORE: Record<'ru' | 'es' | 'de', Record<string, RegExp>> = {
  ru: {
    restored: /Снова в плане: .*, Лёгкий бег/,
    paused: /На паузе: утренние сообщения с тренировкой, вечерние вопросы и недельные итоги\./,
    raceDay: /старт теперь .* \(через \d+ недел/,
    profile: /Последний старт: 10 км за 45:00/,
    spike: /Внимание: 14 км — это на 40 % больше.*\(10 км\).*поэтому я облегчил ближайшие дни\./,
    ill: /🤒 Ты писал .*, что заболел\./,
    hold: /⚠️ Ты писал мне .*: боль \(колено, 6\/10\), поэтому бег на паузе\./,
    rest: /В твоём плане .* был днём отдыха\./,
  },
  es: {
    restored: /De vuelta en el plan: .*, Rodaje suave/,
    paused: /En pausa: mensajes de entrenamiento por la mañana, balances de la tarde y resúmenes semanales\./,
    raceDay: /la carrera ahora es el .* \(dentro de \d+ semanas\)/,
    profile: /Última carrera: 10K en 45:00/,
    spike: /Atención: 14 km es un 40 % más.*\(10 km\).*así que he suavizado los próximos días\./,
    ill: /🤒 El .* me dijiste que estabas enfermo\./,
    hold: /⚠️ El .* me hablaste de un dolor \(rodilla, 6\/10\), así que correr está en pausa\./,
    rest: /El .* era día de descanso en tu plan\./,
  },
  de: {
    restored: /Wieder im Plan: .*, Lockerer Dauerlauf/,
    paused: /Pausiert: keine Nachrichten mit der Einheit am Morgen, Nachfragen am Abend und Wochenrückblicke mehr\./,
    raceDay: /Renntag ist jetzt .* \(in \d+ Wochen\)/,
    profile: /Letztes Rennen: 10 km in 45:00/,
    spike: /Achtung: 14 km sind 40 % mehr.*\(10 km\).*deshalb habe ich die nächsten Tage leichter gemacht\./,
    ill: /🤒 Am .* hast du mir gesagt, dass du krank bist\./,
    hold: /⚠️ Am .* hast du mir geschrieben: die Schmerzen \(Knie, 6\/10\)\. Deshalb ist das Laufen pausiert\./,
    rest: /war in deinem Plan ein Ruhetag\./,
  },
};

describe.each(['ru', 'es', 'de'] as const)('a %s runner hears the plan changes, check-ins and spike note', (lang) => {
  const words = MORE[lang];

  it('restores a skipped day, pauses messages, moves the race and shows the profile', () => {
    const { ctx } = withPlan(lang);
    const day = plannedDay(ctx, '2026-12-02');
    reply(ctx, { name: 'skip_workout', args: { date: day.date } });
    const restored = reply(ctx, { name: 'restore_workout', args: { date: day.date } });
    expect(restored).toMatch(words.restored as RegExp);
    expect(englishIn(restored, lang)).toEqual([]);
    const paused = reply(ctx, { name: 'set_messages', args: { paused: true } });
    expect(paused).toMatch(words.paused as RegExp);
    expect(englishIn(paused, lang)).toEqual([]);
    const moved = reply(ctx, { name: 'change_plan', args: { raceDate: '2027-03-21' } });
    expect(moved).toMatch(words.raceDay as RegExp);
    // The engine's warnings (⚠️ lines) are still its own English sentences (engineer 17e).
    expect(englishIn(moved.replace(/⚠️[^\n]*/g, ''), lang)).toEqual([]);
    const profile = reply(ctx, { name: 'get_profile', args: {} });
    expect(profile).toMatch(words.profile as RegExp);
    expect(englishIn(profile, lang)).toEqual([]);
  });

  it('words the spike note and every check-in', () => {
    const locale = lang;
    const spike = spikeNote(
      { date: '2026-12-01', distanceKm: 14, longestKm: 10, lineKm: 11.2, overPct: 40 },
      'km',
      true,
      lang,
    );
    expect(spike).toMatch(words.spike as RegExp);
    const where = { location: PAIN_WORD[lang], severity: 6 };
    const ill = checkInText({ code: 'while_ill', since: '2026-11-28' }, lang, locale);
    const hold = checkInText({ code: 'while_on_hold', since: '2026-11-28', ...where }, lang, locale);
    const rest = checkInText({ code: 'rest_day', date: '2026-12-02' }, lang, locale);
    const injured = checkInText({ code: 'while_injured', since: '2026-11-28', location: null, severity: null }, lang);
    const skipped = checkInText(
      { code: 'skipped_day', date: '2026-12-02', title: 'Tempo run', type: 'tempo', distanceKm: 8 },
      lang,
      locale,
    );
    expect(ill).toMatch(words.ill as RegExp);
    expect(hold).toMatch(words.hold as RegExp);
    expect(rest).toMatch(words.rest as RegExp);
    for (const text of [spike, ill, hold, rest, injured, skipped]) expect(englishIn(text, lang)).toEqual([]);
    expect(skipped).not.toMatch(/Tempo run/);
  });
});

describe('English stays English', () => {
  it('says the same sentences as before', () => {
    const { ctx } = withPlan('en');
    const day = plannedDay(ctx, '2026-12-01');
    const logged = reply(ctx, { name: 'log_run', args: { date: day.date, distanceKm: 5, duration: '25:00' } });
    expect(logged).toMatch(/^Logged: 5 km in 25:00 \(5:00\/km\) on \w{3} \d{1,2} \w{3}\./);
    const skipped = reply(ctx, { name: 'skip_workout', args: { date: plannedDay(ctx, '2026-12-02').date } });
    expect(skipped).toMatch(/^Skipped \w{3} \d{1,2} \w{3}\. No guilt/);
    const set = reply(ctx, { name: 'update_profile', args: { eveningTime: '20:30', units: 'mi' } });
    expect(set).toMatch(/I'll check in at 20:30\./);
    expect(set).toMatch(/Distances in miles\./);
  });
});
