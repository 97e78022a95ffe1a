/**
 * What leaves runcoach for other apps speaks the runner's language (issue 17): the calendar feed's summaries and
 * descriptions, intervals.icu's workout text (headers translated, its syntax untouched) and the FIT file's names.
 */
import { Decoder, Stream } from '@garmin/fitsdk';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planFeed } from '../../src/calendar/feed.ts';
import { IntervalsClient } from '../../src/intervals/client.ts';
import { IntervalsService } from '../../src/intervals/service.ts';
import { workoutText } from '../../src/intervals/workout-text.ts';
import { silentLogger } from '../../src/log.ts';
import { t } from '../../src/messages/i18n.ts';
import { LANGUAGES } from '../../src/messages/languages.ts';
import { Keyring } from '../../src/strava/crypto.ts';
import { generatePlan } from '../../src/training/plan/generate.ts';
import type { Plan, Workout } from '../../src/training/types.ts';
import { encodeWorkoutFit, fitSteps, fitString } from '../../src/workouts/fit.ts';
import { FakeIntervals } from '../fakes/intervals-server.ts';
import { englishWords } from '../helpers/english.ts';
import { tempStore } from '../helpers/tmp.ts';

type Lang = 'ru' | 'es' | 'de';

function plan(withPaces: boolean): Plan {
  const made = generatePlan({
    goal: 'half',
    raceDate: '2027-03-14',
    startDate: '2026-11-30',
    weeklyKm: 40,
    daysPerWeek: 5,
    longRunDay: 'sun',
    ...(withPaces ? { recentRace: { distance: '10k' as const, timeSec: 48 * 60 } } : {}),
  });
  if (!made.ok) throw new Error('no plan');
  return made.plan;
}

const PACED = plan(true);
const workouts = (p: Plan) => p.weeks.flatMap((w) => w.workouts);
/** A workout with repeats and recoveries between them (the richest text). */
const REPEATS = workouts(PACED).find((w) => w.steps.some((s) => s.reps > 1 && (s.recoveryKm ?? 0) > 0)) as Workout;

const WORDS: Record<Lang, { feed: string[]; intervals: string[]; fit: string[] }> = {
  ru: {
    feed: ['Длительная', 'Разминка:', 'Основная часть:', 'Развивает выносливость'],
    intervals: ['Разминка', 'Основная часть', 'Последний повтор', 'Заминка'],
    fit: ['Разминка', 'Отрезок', 'Восстановление', 'Заминка'],
  },
  es: {
    feed: ['Tirada larga', 'Calentamiento:', 'Parte principal:', 'Construye resistencia'],
    intervals: ['Calentamiento', 'Parte principal', 'Última repetición', 'Vuelta a la calma'],
    fit: ['Calentamiento', 'Serie', 'Recuperación', 'Enfriamiento'],
  },
  de: {
    feed: ['Langer Lauf', 'Einlaufen:', 'Hauptteil:', 'Baut Ausdauer auf'],
    intervals: ['Einlaufen', 'Hauptteil', 'Letzte Wiederholung', 'Auslaufen'],
    fit: ['Einlaufen', 'Intervall', 'Trabpause', 'Auslaufen'],
  },
};

const ENGLISH_HEADERS = /Warm-up|Main set|Last repetition|Cool-down|Easy run|Long run|Recovery|Race day/;

describe('the calendar feed in the runner language', () => {
  for (const lang of ['ru', 'es', 'de'] as const) {
    it(`${lang}: every summary and description is in the runner's words, with no English left`, () => {
      const ics = planFeed(7, PACED, 'km', new Date('2026-12-01T08:00:00Z'), { lang, locale: lang });
      const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
      expect(events).toHaveLength(workouts(PACED).length);
      const texts = events.flatMap((e) => [
        String(e.getFirstPropertyValue('summary')),
        String(e.getFirstPropertyValue('description') ?? ''),
      ]);
      const all = texts.join('\n');
      for (const word of WORDS[lang].feed) expect(all, lang).toContain(word);
      expect(all).not.toMatch(ENGLISH_HEADERS);
      for (const text of texts) expect(englishWords(text, lang, ['runcoach']), text).toEqual([]);
    });
  }

  it('English stays English: titles, steps and why', () => {
    const ics = planFeed(7, PACED, 'km', new Date('2026-12-01T08:00:00Z'));
    expect(ics).toMatch(/SUMMARY:Long run/);
    expect(ics).toMatch(/Warm-up: /);
    expect(ics).toContain('Builds endurance');
  });
});

describe('intervals.icu workout text in the runner language', () => {
  const easy = PACED.paces?.easy ?? null;
  /** The syntax: every line that is not a header, and the repeat markers, whatever the language. */
  const syntax = (text: string) =>
    text.split('\n').map((line) => (line.startsWith('- ') || line === '' ? line : (/ \d+x$/.exec(line)?.[0] ?? '')));

  for (const lang of ['ru', 'es', 'de'] as const) {
    it(`${lang}: section headers in the runner's words, step lines and repeats exactly as in English`, () => {
      const text = workoutText(REPEATS, easy, lang);
      for (const word of WORDS[lang].intervals) {
        expect(text, lang).toContain(word);
      }
      expect(text).not.toMatch(ENGLISH_HEADERS);
      expect(syntax(text)).toEqual(syntax(workoutText(REPEATS, easy)));
      // The step lines are intervals.icu's syntax (`Pace`, `HR`): only the headers are words.
      const headers = text.split('\n').filter((line) => line && !line.startsWith('- '));
      for (const header of headers) expect(englishWords(header, lang), header).toEqual([]);
    });
  }

  it('every language keeps its headers free text: no digits, no dash in front, nothing read as a repeat', () => {
    for (const lang of LANGUAGES) {
      for (const key of [
        'exp-interval-warmup',
        'exp-interval-main-set',
        'exp-interval-last-rep',
        'exp-interval-cooldown',
      ] as const) {
        const header = t(lang, key);
        expect(header, `${lang} ${key}`).toMatch(/^\p{L}[\p{L} -]*\p{L}$/u);
        expect(header, `${lang} ${key}`).not.toMatch(/\d|^-|\bx$/);
      }
    }
  });

  it('English keeps its text (what intervals.icu users already have)', () => {
    expect(workoutText(REPEATS, easy)).toMatch(/^Warm-up\n- /);
    expect(workoutText(REPEATS, easy)).toMatch(/\n\nLast repetition\n- /);
  });
});

interface DecodedStep {
  wktStepName?: string;
  notes?: string;
  durationType: string;
  intensity: string;
}

function decode(bytes: Uint8Array) {
  const { messages, errors } = new Decoder(Stream.fromByteArray(Array.from(bytes))).read();
  expect(errors).toEqual([]);
  return messages as { workoutMesgs: { wktName: string }[]; workoutStepMesgs: DecodedStep[] };
}

describe('FIT workout files in the runner language', () => {
  for (const lang of ['ru', 'es', 'de'] as const) {
    it(`${lang}: the workout's name, step names and notes decode in the runner's words`, () => {
      const m = decode(encodeWorkoutFit(REPEATS, new Date('2026-12-01T08:00:00Z'), lang));
      const names = m.workoutStepMesgs.filter((s) => s.durationType !== 'repeatUntilStepsCmplt');
      expect(names.map((s) => s.wktStepName)).toEqual(
        fitSteps(REPEATS, lang)
          .filter((s) => s.kind !== 'repeat')
          .map((s) => s.name),
      );
      const all = [m.workoutMesgs[0]?.wktName ?? '', ...names.flatMap((s) => [s.wktStepName ?? '', s.notes ?? ''])];
      for (const word of WORDS[lang].fit) expect(all, lang).toContain(word);
      for (const text of all) expect(englishWords(text, lang), text).toEqual([]);
      expect(all.join('\n')).not.toMatch(/Warm-up|Cool-down|Recovery|Easy jog|\bRep\b/);
    });
  }

  it('names and notes of every language fit the watch: at most 15 and 50 characters, never cut inside a letter', () => {
    for (const lang of LANGUAGES) {
      for (const w of workouts(PACED)) {
        for (const s of fitSteps(w, lang))
          expect(Array.from(s.name).length, `${lang} ${s.name}`).toBeLessThanOrEqual(15);
      }
      const m = decode(encodeWorkoutFit(REPEATS, new Date('2026-12-01T08:00:00Z'), lang));
      for (const s of m.workoutStepMesgs) expect(s.notes ?? '').not.toContain('\uFFFD');
    }
  });

  it('English keeps its names', () => {
    expect(fitSteps(REPEATS).map((s) => s.name)).toEqual(expect.arrayContaining(['Warm-up', 'Rep', 'Recovery']));
  });
});

describe('intervals.icu events of a Russian runner, through the service and a fake intervals.icu', () => {
  it('names and section headers in Russian; a switch to English sends the events again in English', async () => {
    const fake = new FakeIntervals();
    const base = await fake.start();
    try {
      fake.athletes.set('i42', 'key-0123456789abcdef');
      const { store } = tempStore();
      store.users.upsert({ telegramId: 5, chatId: 5, name: 'Оля' }, { timezone: 'Europe/Moscow', onboarded: true });
      store.users.update(5, { languageCode: 'ru' });
      store.plans.create(5, PACED, {
        goal: 'half',
        raceDate: '2027-03-14',
        startDate: '2026-11-30',
        weeklyKm: 40,
        daysPerWeek: 5,
        longRunDay: 'sun',
      });
      const service = new IntervalsService({
        store,
        client: new IntervalsClient(base),
        keyring: new Keyring('x'.repeat(40)),
        now: () => new Date('2026-11-30T08:00:00Z'),
        log: silentLogger,
      });
      expect(await service.connect(5, 'i42', 'key-0123456789abcdef')).toMatchObject({ ok: true });
      const events = fake.eventsOf('i42');
      expect(events.length).toBeGreaterThan(10);
      const names = events.map((e) => e.name);
      expect(names).toContain('Длительная');
      for (const e of events) {
        expect(englishWords(e.name, 'ru'), e.name).toEqual([]);
        const headers = e.description.split('\n').filter((line) => line && !line.startsWith('- '));
        for (const h of headers) expect(englishWords(h, 'ru'), h).toEqual([]);
      }
      expect(events.map((e) => e.description).join('\n')).toMatch(/Основная часть \d+x\n- /);

      store.users.update(5, { language: 'en' });
      expect(await service.sync(5)).toBe(events.length);
      expect(fake.eventsOf('i42').map((e) => e.name)).toContain('Long run');
    } finally {
      await fake.stop();
    }
  });
});

describe('fitString', () => {
  it('is UTF-8 for the writer, cut by letters and, when near, at a word', () => {
    const bytesOf = (s: string) => Buffer.from(s, 'latin1').toString('utf8');
    expect(bytesOf(fitString('Разминка', 15))).toBe('Разминка');
    expect(bytesOf(fitString('Восстановление и ещё', 15))).toBe('Восстановление');
    expect(bytesOf(fitString('conversacional: podrías hablar con frases completas', 50))).toBe(
      'conversacional: podrías hablar con frases',
    );
    expect(bytesOf(fitString('Überschallgeschwindigkeit', 10))).toBe('Überschall');
    expect(fitString('Warm-up', 15)).toBe('Warm-up');
  });
});
