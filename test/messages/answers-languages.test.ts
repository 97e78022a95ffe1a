/**
 * The offline coach's answers, /week, /plan and /progress for runners whose Telegram is in Russian, Spanish and
 * German (issue 17, area 17q): asked in their language, answered in their language, no English left. Through the
 * local Bot API; the plan starts Monday 30 Nov 2026 and it is Thursday 3 Dec.
 */
import { describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../local-bot-api/types.ts';
import { callTool } from '../../src/coach/tools/index.ts';
import { silentLogger } from '../../src/log.ts';
import { type Harness, startHarness } from '../helpers/bot-harness.ts';

/** Latin words a Russian runner reads as they are: commands, brands, units, VDOT and kinds of session. */
const ALLOWED = new Set(['vdot', 'parkrun', 'today', 'week', 'plan', 'fit', 'km', 'tempo', 'run']);

/** English words that are no Spanish or German words: one of them in a reply is English left over. */
const ENGLISH = new Set(
  (
    'the and your you week weeks planned of is are runs long easy far done sessions session before after with ' +
    'this that goal race day days heart rate fatigue prediction load ratio ran at on from which what why ' +
    'it would can should next yet tell hard rest workout nothing purpose builds build peak taper wk to go ' +
    'passed open today’s sessions skipped extra'
  ).split(' '),
);

/** The sources are cited by their English titles on purpose (they are the papers' and books' names). */
const SOURCE_LINE = /^(?:Источник|Fuente|Quelle|Tablas|Таблицы|VDOT-Tabellen)[^\n]*$/gm;

function englishWords(messages: StoredMessage[], language: string): string[] {
  const out: string[] = [];
  for (const m of messages) {
    const labels = [...JSON.stringify(m.replyMarkup ?? {}).matchAll(/"text":"([^"]*)"/g)].map((x) => x[1] ?? '');
    for (const text of [(m.text ?? '').replace(SOURCE_LINE, ''), ...labels]) {
      if (language === 'ru') {
        for (const word of text.match(/[A-Za-z]{2,}/g) ?? []) if (!ALLOWED.has(word.toLowerCase())) out.push(word);
      } else {
        for (const word of text.match(/\p{L}+/gu) ?? []) if (ENGLISH.has(word.toLowerCase())) out.push(word);
      }
    }
  }
  return out;
}

const joined = (messages: StoredMessage[]): string => messages.map((m) => m.text ?? '').join('\n');

interface Case {
  runner: { id: number; first_name: string; language_code: string };
  goal: string;
  /** question → words the answer must carry */
  asks: [string, RegExp][];
  week: RegExp;
  plan: RegExp;
  progress: RegExp;
}

const CASES: Case[] = [
  {
    runner: { id: 4101, first_name: 'Ольга', language_code: 'ru' },
    goal: 'полумарафон 14 марта, 4 дня в неделю, около 30 км, длительная в воскресенье',
    asks: [
      ['зачем нужна длительная?', /Длительная<\/b>|Длительная развивает выносливость[\s\S]*Ближайшая: вс/],
      ['что такое темповый бег?', /Темповый бег[\s\S]*пороговом темпе/],
      ['почему эта неделя такая лёгкая?', /На неделю с пн, 30 нояб\. запланировано [\d,]+ км: это первая неделя плана/],
      ['можно бегать с простудой?', /правило «выше шеи»/],
      ['что съесть перед длительной?', /Перед длительной/],
      ['какие у меня пульсовые зоны?', /по темпу и ощущениям/],
      ['какие у меня темпы?', /Темп/],
      ['можно пробежать паркран в субботу?', /сб, 5 дек\./],
      ['какое время я пробегу на полумарафоне?', /прогноз|Я смогу спрогнозировать время/i],
    ],
    week: /в плане [\d,]+ км[\s\S]*Пока: [\d,]+ из [\d,]+ км · \d из \d тренировок сделано/,
    plan: /[Пп]олумарафон[\s\S]*Остал(?:ся|ось) \d+ д[а-я]+ · неделя 1 из \d+[\s\S]*Нед\s+Фаза\s+С\s+План\s+Факт\s+км/,
    progress: /Ваши тренировки[\s\S]*Неделя с пн, 30 нояб\.: [\d,]+ км из [\d,]+ км/,
  },
  {
    runner: { id: 4102, first_name: 'Lucía', language_code: 'es' },
    goal: 'quiero correr una media maratón el 14 de marzo, 4 días por semana, 30 km por semana',
    asks: [
      [
        '¿para qué sirve la tirada larga?',
        /La tirada larga<\/b>|La tirada larga construye resistencia[\s\S]*La próxima: dom/,
      ],
      ['¿qué es un tempo?', /El tempo[\s\S]*ritmo de umbral/],
      [
        '¿por qué esta semana es tan suave?',
        /La semana del lun, 30 nov\.? tiene [\d,]+ km previstos: es la primera semana del plan/,
      ],
      ['¿puedo correr resfriado?', /«por encima del cuello»/],
      ['¿qué como antes de la tirada larga?', /Antes de una tirada larga/],
      ['¿cuáles son mis zonas de pulso?', /por ritmo y sensaciones/],
      ['¿cuáles son mis ritmos?', /ritmo/i],
      ['¿puedo hacer un parkrun el sábado?', /sáb, 5 dic/],
      ['¿qué tiempo puedo hacer en la media maratón?', /predecir tus tiempos|harías tu/],
    ],
    week: /[\d,]+ km previstos[\s\S]*Por ahora: [\d,]+ de [\d,]+ km · \d de \d sesiones hechas/,
    plan: /[Mm]edia maratón[\s\S]*Quedan \d+ días · semana 1 de \d+[\s\S]*Sem\s+Fase\s+Desde\s+Plan\s+Hecho\s+km/,
    progress: /Tu entrenamiento[\s\S]*Semana del lun, 30 nov\.?: [\d,]+ km de [\d,]+ km/,
  },
  {
    runner: { id: 4103, first_name: 'Jonas', language_code: 'de' },
    goal: 'Halbmarathon am 14. März, 4 Tage pro Woche, 30 km pro Woche',
    asks: [
      ['wofür ist der lange Lauf?', /Der lange Lauf<\/b>|Der lange Lauf baut Ausdauer auf[\s\S]*Die nächste: So/],
      ['was ist ein Tempodauerlauf?', /Tempodauerläufe[\s\S]*Schwellentempo/],
      [
        'warum ist diese Woche so leicht?',
        /Die Woche ab Mo\., 30\. Nov\. hat [\d,]+ km geplant: Es ist die erste Woche des Plans/,
      ],
      ['kann ich mit Erkältung laufen?', /„Oberhalb-des-Halses“-Regel/],
      ['was soll ich vor dem langen Lauf essen?', /Vor einem langen Lauf/],
      ['was sind meine Pulszonen?', /nach Tempo und Gefühl/],
      ['was sind meine Tempos?', /Tempo/],
      ['kann ich am Samstag einen parkrun laufen?', /Sa\., 5\. Dez\./],
      ['welche Zeit schaffe ich im Halbmarathon?', /Prognose|Zeiten kann ich vorhersagen/],
    ],
    week: /[\d,]+ km geplant[\s\S]*Bisher: [\d,]+ von [\d,]+ km · \d von \d Einheiten erledigt/,
    plan: /Halbmarathon[\s\S]*Noch \d+ Tage · Woche 1 von \d+[\s\S]*Wo\s+Phase\s+Ab\s+Plan\s+Erl\.\s+km/,
    progress: /Dein Training[\s\S]*Woche ab Mo\., 30\. Nov\.: [\d,]+ km von [\d,]+ km/,
  },
];

async function withPlan(c: Case): Promise<Harness> {
  const h = await startHarness({ now: '2026-11-30T08:00:00Z' });
  await h.say(c.runner, '/start');
  h.store.users.update(c.runner.id, { timezone: 'Europe/Berlin' });
  await h.say(c.runner, c.goal);
  expect(h.store.plans.getActive(c.runner.id)?.goal.distance).toBe('half');
  h.clock.now = new Date('2026-12-03T19:00:00Z');
  // One run logged on Tuesday, so /week and /progress have numbers.
  const ctx = { userId: c.runner.id, store: h.store, now: () => h.clock.now, log: silentLogger };
  expect(callTool(ctx, 'log_run', { date: '2026-12-01', distanceKm: 6, duration: '36:00', rpe: 4 }).result.ok).toBe(
    true,
  );
  return h;
}

for (const c of CASES) {
  describe(`a runner in ${c.runner.language_code}`, () => {
    it('gets answers to questions in their language, with the right words and no English', async () => {
      const h = await withPlan(c);
      for (const [question, expected] of c.asks) {
        const reply = await h.say(c.runner, question);
        expect(joined(reply), question).toMatch(expected);
        expect(englishWords(reply, c.runner.language_code), question).toEqual([]);
      }
    });

    it('/week, /plan and /progress speak their language', async () => {
      const h = await withPlan(c);
      const week = await h.say(c.runner, '/week');
      expect(joined(week)).toMatch(c.week);
      expect(englishWords(week, c.runner.language_code)).toEqual([]);
      const plan = await h.say(c.runner, '/plan');
      expect(joined(plan)).toMatch(c.plan);
      expect(englishWords(plan, c.runner.language_code)).toEqual([]);
      const progress = await h.say(c.runner, '/progress');
      expect(joined(progress)).toMatch(c.progress);
      expect(englishWords(progress, c.runner.language_code)).toEqual([]);
    });
  });
}

describe('an English runner (the two review findings)', () => {
  const eva = { id: 4104, first_name: 'Eva', language_code: 'en' };
  const english: Case = {
    runner: eva,
    goal: 'half marathon on March 14, 4 days a week, 30 km a week',
    asks: [],
    week: /./,
    plan: /./,
    progress: /./,
  };

  it('week 1 is the starting volume, and the long run question explains the long run', async () => {
    const h = await withPlan(english);
    const light = joined(await h.say(eva, 'why is this week so light?'));
    expect(light).toMatch(/The week of Mon 30 Nov has [\d.]+ km planned: it is the plan's first week/);
    expect(light).not.toMatch(/holds the volume of the week before/);
    const long = joined(await h.say(eva, 'what is the long run for?'));
    expect(long).toMatch(/The long run builds endurance[\s\S]*Your next one: Sun \d+ Dec, [\d.]+ km\./);
    const tempo = joined(await h.say(eva, 'what is a tempo?'));
    expect(tempo).toMatch(/Tempo runs are run at threshold pace/);
  });
});
