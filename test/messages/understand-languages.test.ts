/**
 * The offline coach's hints and guesses (locales/<lang>/understand.ftl, issue 17) in the runner's language: every
 * und- key is reached through the real understanding, rendered for a Russian, a Spanish and a German runner with
 * no English left, and every example a hint quotes is understood by the offline coach in that language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type UnderstandContext, type Understanding, understand } from '../../src/coach/offline/index.ts';
import { findDistances, findDurations } from '../../src/coach/offline/quantities.ts';
import { normalize } from '../../src/coach/offline/text.ts';
import { offlineCoach } from '../../src/coach/offline-coach.ts';
import type { CoachContext } from '../../src/coach/types.ts';
import { silentLogger } from '../../src/log.ts';
import { t } from '../../src/messages/i18n.ts';
import { LANGUAGES, type Language } from '../../src/messages/languages.ts';
import { type MessageRef, renderRef } from '../../src/messages/refs.ts';
import { englishWords } from '../helpers/english.ts';
import { tempStore } from '../helpers/tmp.ts';

/** Monday 30 November 2026, noon in Madrid. */
const NOW = new Date('2026-11-30T12:00:00Z');
const BASE: UnderstandContext = { now: NOW, timezone: 'Europe/Madrid', units: 'km', hasPlan: false };
const PLAN: Partial<UnderstandContext> = { hasPlan: true, planGoal: 'half', longRunDay: 'sun' };
const RUNNERS = ['ru', 'es', 'de'] as const;

/** Every und- key of the English file (the locales test keeps the other languages' keys the same). */
const KEYS = [...readFileSync('locales/en/understand.ftl', 'utf8').matchAll(/^(und-[a-z-]+) =/gm)].map((m) => m[1]);

/** A message that makes the understanding say the key (as a hint or a guess), and the context it is said in. */
const REACHED: Record<string, [text: string, ctx?: Partial<UnderstandContext>]> = {
  'und-hint-times': ['wake me at 25:00'],
  'und-hint-zone-country': ["I'm in the USA"],
  'und-hint-zone': ['set my timezone'],
  'und-hint-zone-unknown': ["I'm in Springfield"],
  'und-hint-heart-rate': ['my max hr is 300'],
  'und-hint-days-per-week': ['I run 9 days a week'],
  'und-hint-weekly-km': ['I run 400 km a week'],
  'und-hint-race-passed': ['marathon on March 14 2025'],
  'und-hint-rpe': ['rpe 15'],
  'und-hint-pain': ['knee hurts 12/10'],
  'und-hint-duration': ['ran 5k in 120 hours'],
  'und-hint-distance': ['ran 500 km in 50:00:00'],
  'und-hint-future-run': ['ran 5k in 25:00 tomorrow'],
  'und-hint-long-message': ['x'.repeat(1001)],
  'und-hint-goal-time': ['half marathon on March 14, sub 20 minutes'],
  'und-hint-span-days': ['sick for 40 days', PLAN],
  'und-hint-race-day-of-month': ['my race is in April', PLAN],
  'und-hint-change-race': ['change my race date to March 21', { hasPlan: true }],
  'und-hint-move-to': ['move my run', PLAN],
  'und-hint-move-from': ['move the tempo to saturday', PLAN],
  'und-hint-same-day': ["move friday's run to friday", PLAN],
  'und-ask-race-date': ['I want to run a marathon'],
  'und-ask-pain': ["I'm in pain"],
  'und-ask-distance': ['ran for 45 min'],
  'und-ask-duration': ['ran 8k'],
  'und-note-race-day': ['marathon in april, 5 days, 50km per week'],
  'und-note-illness-days': ["I'm sick", PLAN],
  'und-note-travel-days': ["I'm travelling", PLAN],
  'und-note-moving-today': ['move my run to friday', PLAN],
  'und-note-moved-one-day': ["postpone tomorrow's run", PLAN],
  'und-note-picked-days': ['travelling next week, only 2 days', PLAN],
  'und-note-picked-none': ['travelling next week, only 0 days', PLAN],
};
/** Said only when a detector builds a call its tool's schema refuses: no message reaches it today. */
const UNREACHED = ['und-hint-unreadable'];

function refsOf(u: Understanding): MessageRef[] {
  if (u.kind === 'unknown') return u.hint ? [u.hint] : [];
  return u.kind === 'tools' ? (u.notes ?? []) : [];
}

function said(key: string): MessageRef {
  const [text, ctx] = REACHED[key] ?? ['', {}];
  const found = refsOf(understand(text, { ...BASE, ...ctx })).find((r) => r.key === key);
  if (!found) throw new Error(`"${text}" does not say ${key}`);
  return found;
}

describe('every hint and guess of the understanding, in the runner’s language', () => {
  it('the table reaches every und- key', () => {
    expect(KEYS.length).toBeGreaterThan(30);
    expect([...Object.keys(REACHED), ...UNREACHED].sort()).toEqual([...KEYS].sort());
  });

  it.each(Object.keys(REACHED))('%s: English as before, and in ru, es and de with no English word', (key) => {
    const message = said(key);
    const english = renderRef('en', message);
    expect(english).not.toMatch(/^\{|und-/);
    for (const lang of RUNNERS) {
      const text = renderRef(lang, message, lang);
      expect(text, `${lang}: ${text}`).not.toBe(english);
      expect(text).not.toMatch(/\{|und-/);
      // "bpm" and "RPE" are how runners everywhere write them; "Springfield" is the runner's own word.
      expect(englishWords(text, lang, ['rpe', 'bpm', 'springfield']), `${lang}: ${text}`).toEqual([]);
    }
  });

  it.each(UNREACHED)('%s: in ru, es and de with no English word', (key) => {
    for (const lang of RUNNERS) expect(englishWords(t(lang, key), lang)).toEqual([]);
  });

  it('the guesses name the days in the runner’s words', () => {
    const picked = said('und-note-picked-days');
    expect(renderRef('en', picked)).toMatch(/Picked Wednesday and Sunday for the 2 days/);
    expect(renderRef('ru', picked, 'ru')).toMatch(/среда и воскресенье.*2 дня/);
    expect(renderRef('es', picked, 'es')).toMatch(/miércoles y domingo.*2 días/);
    expect(renderRef('de', picked, 'de')).toMatch(/Mittwoch und Sonntag.*2 Tage/);
    const race = said('und-note-race-day');
    expect(renderRef('en', race)).toMatch(/Race day assumed Sun 4 Apr 2027/);
    expect(renderRef('ru', race, 'ru')).toMatch(/4 апр/);
    expect(renderRef('de', race, 'de')).toMatch(/4\. Apr/);
  });
});

/** Messages runners type in their own language, and the hint or guess each gets (with a half-marathon plan). */
const NATIVE: Record<(typeof RUNNERS)[number], [text: string, key: string][]> = {
  ru: [
    ['нагрузка 15', 'und-hint-rpe'],
    ['болит колено, 12/10', 'und-hint-pain'],
    ['заболел на 40 дней', 'und-hint-span-days'],
    ['перенеси тренировку', 'und-hint-move-to'],
    ['хочу пробежать марафон', 'und-ask-race-date'],
    ['пробежал 8 км', 'und-ask-duration'],
    ['я заболел', 'und-note-illness-days'],
    ['на следующей неделе в командировке, только 2 дня', 'und-note-picked-days'],
    ['разбуди меня в 25:00', 'und-hint-times'],
  ],
  es: [
    ['esfuerzo 15', 'und-hint-rpe'],
    ['me duele la rodilla, 12/10', 'und-hint-pain'],
    ['estoy enfermo, 40 días', 'und-hint-span-days'],
    ['mueve el entreno', 'und-hint-move-to'],
    ['quiero correr un maratón', 'und-ask-race-date'],
    ['corrí 8 km', 'und-ask-duration'],
    ['estoy enfermo', 'und-note-illness-days'],
    ['viajo la semana que viene, solo 2 días', 'und-note-picked-days'],
    ['despiértame a las 25:00', 'und-hint-times'],
  ],
  de: [
    ['Anstrengung 15', 'und-hint-rpe'],
    ['mein Knie tut weh, 12/10', 'und-hint-pain'],
    ['krank, 40 Tage', 'und-hint-span-days'],
    ['verschieb den Lauf', 'und-hint-move-to'],
    ['ich will einen Marathon laufen', 'und-ask-race-date'],
    ['8 km gelaufen', 'und-ask-duration'],
    ['ich bin krank', 'und-note-illness-days'],
    ['nächste Woche bin ich auf Reisen, nur 2 Tage', 'und-note-picked-days'],
    ['weck mich um 25:00', 'und-hint-times'],
  ],
};

describe('messages in the runner’s own language get their hint in it', () => {
  for (const lang of RUNNERS) {
    it.each(NATIVE[lang])(`${lang}: "%s" → %s`, (text, key) => {
      const u = understand(text, { ...BASE, ...PLAN, language: lang });
      const message = refsOf(u).find((r) => r.key === key);
      expect(message, JSON.stringify(u)).toBeDefined();
      const words = renderRef(lang, message as MessageRef, lang);
      expect(englishWords(words, lang, ['rpe']), words).toEqual([]);
    });
  }
});

/** The examples a hint quotes, as a runner would copy them: «…», „…“, “…” or "…". */
function examples(text: string): string[] {
  return [...text.matchAll(/«\s?([^»]+?)\s?»|„([^“]+)“|“([^”]+)”|"([^"]+)"/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '',
  );
}

type Check = (example: string, lang: Language) => boolean;
const calls = (u: Understanding, name: string): Record<string, unknown>[] =>
  u.kind === 'tools' ? u.calls.filter((c) => c.name === name).map((c) => c.args as Record<string, unknown>) : [];
const read = (example: string, lang: Language, ctx: Partial<UnderstandContext> = {}): Understanding =>
  understand(example, { ...BASE, ...ctx, language: lang });
const tool =
  (name: string, ctx: Partial<UnderstandContext> = {}, has: (args: Record<string, unknown>) => boolean = () => true) =>
  (example: string, lang: Language): boolean =>
    calls(read(example, lang, ctx), name).some(has);
/** A piece that answers "how long?" or "how far?", read as the dialogue reads it (src/coach/conversation/flows.ts). */
const duration: Check = (example) => findDurations(normalize(example)).length > 0;
const distance: Check = (example) => findDistances(normalize(example), 'km').length > 0;

const EXAMPLES: Record<string, Check> = {
  'und-hint-zone': tool('update_profile', {}, (a) => typeof a.timezone === 'string'),
  'und-hint-zone-unknown': tool('update_profile', {}, (a) => typeof a.timezone === 'string'),
  'und-hint-rpe': tool('record_feedback', {}, (a) => a.rpe === 7),
  'und-hint-pain': tool('record_feedback', {}, (a) => (a.pain as { severity?: number } | undefined)?.severity === 6),
  'und-ask-pain': tool('record_feedback', {}, (a) => (a.pain as { severity?: number } | undefined)?.severity === 6),
  'und-hint-long-message': tool('log_run', {}, (a) => a.distanceKm === 10 && a.duration === '52:30'),
  'und-hint-goal-time': (example, lang) =>
    (['marathon', 'half'] as const).some((planGoal) =>
      tool('change_plan', { ...PLAN, planGoal }, (a) => typeof a.goalTime === 'string')(example, lang),
    ),
  'und-hint-span-days': tool('adjust_plan', PLAN, (a) => a.days === 4),
  'und-hint-race-day-of-month': tool('change_plan', PLAN, (a) => a.raceDate === '2027-04-11'),
  'und-hint-change-race': tool('create_plan', {}, (a) => a.goal === 'half' && a.raceDate === '2027-03-21'),
  'und-hint-move-to': tool('reschedule_workout', PLAN, (a) => a.date === '2026-12-01' && a.newDate === '2026-12-04'),
  'und-hint-move-from': tool('reschedule_workout', PLAN, (a) => a.date === '2026-12-03' && a.newDate === '2026-12-04'),
  'und-hint-duration': duration,
  'und-ask-duration': duration,
  'und-hint-distance': distance,
  'und-ask-distance': distance,
};

const GOALS = { five: '5k', ten: '10k', half: 'half', marathon: 'marathon' } as const;

describe('every example a hint gives is understood in its language', () => {
  for (const lang of LANGUAGES) {
    it.each(Object.keys(EXAMPLES))(`${lang}: %s`, (key) => {
      const found = examples(t(lang, key, { place: 'Springfield' }));
      // As many examples as the English hint gives, none left out.
      expect(found.length, t(lang, key, { place: 'Springfield' })).toBe(
        examples(t('en', key, { place: 'Springfield' })).length,
      );
      expect(found.length).toBeGreaterThan(0);
      const check = EXAMPLES[key] as Check;
      for (const example of found) expect(check(example, lang), `${lang} ${key}: "${example}"`).toBe(true);
    });

    it(`${lang}: und-ask-race-date, for every goal`, () => {
      for (const [goal, code] of Object.entries(GOALS)) {
        const found = examples(t(lang, 'und-ask-race-date', { goal }));
        expect(found).toHaveLength(1);
        const check = tool('create_plan', {}, (a) => a.goal === code && a.raceDate === '2027-03-14');
        expect(check(found[0] as string, lang), `${lang} ${goal}: "${found[0]}"`).toBe(true);
      }
    });
  }
});

describe('the offline coach says them in the runner’s language', () => {
  function runner(languageCode: string): CoachContext {
    const { store } = tempStore();
    store.users.upsert({ telegramId: 1, chatId: 1, name: 'M', languageCode });
    return { userId: 1, store, now: () => NOW, log: silentLogger };
  }
  const say = async (ctx: CoachContext, text: string): Promise<string> =>
    (await offlineCoach.reply(ctx, text)).messages.map((m) => m.html).join('\n');

  it('a Russian runner gets the hint and the guesses in Russian; an English runner as before', async () => {
    const ru = runner('ru');
    expect(await say(ru, 'разбуди меня в 25:00')).toBe('Время пишите так: 6:30, 7:00 или 21:00.');
    await say(ru, 'полумарафон 14 марта, 4 дня в неделю');
    const travel = await say(ru, 'на следующей неделе в командировке, только 2 дня');
    expect(travel).toContain('Выбраны дни: среда и воскресенье');
    expect(englishWords(travel, 'ru')).toEqual([]);
    const en = runner('en');
    expect(await say(en, 'wake me at 25:00')).toBe('Times look like 6:30, 7am or 21:00.');
    await say(en, 'half marathon on March 14, 4 days a week');
    expect(await say(en, 'travelling next week, only 2 days')).toContain(
      'Picked Wednesday and Sunday for the 2 days you can run; name the days to change them.',
    );
  });
});
