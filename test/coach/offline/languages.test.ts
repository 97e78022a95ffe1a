/**
 * The offline coach in eight languages (issue 17): per language and intent, realistic runner phrasings and the
 * tool calls they must produce. Monday 30 November 2026, noon in Madrid: tomorrow is Tue 1 Dec, Friday is
 * 4 Dec, Saturday 5 Dec, Sunday 6 Dec, next Monday 7 Dec; April 2027's first Sunday is 4 April.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/coach/offline/index.ts';
import type { Language } from '../../../src/coach/offline/lang/types.ts';
import { expectValidCalls } from './helpers.ts';

const NOW = new Date('2026-11-30T12:00:00Z');
const TODAY = '2026-11-30';
const TOMORROW = '2026-12-01';
const YESTERDAY = '2026-11-29';
const THU = '2026-12-03';
const FRI = '2026-12-04';
const SAT = '2026-12-05';
const SUN = '2026-12-06';
const NEXT_MON = '2026-12-07';

type Intent = 'plan' | 'run' | 'feedback' | 'pain' | 'illness' | 'travel' | 'move' | 'skip' | 'settings';
/** Each tool named must be called with at least these arguments; `hasPlan` runs the row with an active plan. */
type Expected = Record<string, Record<string, unknown>>;
type Row = [text: string, expected: Expected, opts?: { hasPlan?: boolean }];

const half = (raceDate: string, more: Record<string, unknown> = {}): Expected => ({
  create_plan: { goal: 'half', raceDate, ...more },
});
const marathonApril = (more: Record<string, unknown> = {}): Expected => ({
  create_plan: { goal: 'marathon', raceDate: '2027-04-04', ...more },
});
const tenK = (raceDate: string): Expected => ({ create_plan: { goal: '10k', raceDate } });
const log = (date: string, distanceKm: number, duration: string, feedback?: Record<string, unknown>): Expected => ({
  log_run: { date, distanceKm, duration },
  ...(feedback ? { record_feedback: { date, ...feedback } } : {}),
});
const fb = (args: Record<string, unknown>): Expected => ({ record_feedback: { date: TODAY, ...args } });
const pain = (location: string, severity?: number): Expected => ({
  record_feedback: { date: TODAY, pain: severity === undefined ? { location } : { location, severity } },
});
const ill = (fromDate: string, days = 3): Expected => ({ adjust_plan: { reason: 'illness', fromDate, days } });
const travel = (fromDate: string, days: number, more: Record<string, unknown> = {}): Expected => ({
  adjust_plan: { reason: 'travel', fromDate, days, ...more },
});
const move = (date: string, newDate: string): Expected => ({ reschedule_workout: { date, newDate } });
const skip = (date: string): Expected => ({ skip_workout: { date } });
const profile = (args: Record<string, unknown>): Expected => ({ update_profile: args });
const NEXT_WEEK_TWO_DAYS = travel(NEXT_MON, 7, { availableDays: ['wed', 'sun'] });

const CASES: Record<Exclude<Language, 'en'>, Record<Intent, Row[]>> = {
  es: {
    plan: [
      ['quiero correr una media maratón el 12 de abril', half('2027-04-12')],
      ['quiero preparar un maratón en abril, 4 días por semana', marathonApril({ daysPerWeek: 4 })],
      ['me inscribí en una carrera de 10 km el 7 de marzo', tenK('2027-03-07')],
      ['Quiero hacer un medio maraton el 12 de abril, 40 km por semana', half('2027-04-12', { weeklyKm: 40 })],
    ],
    run: [
      ['corrí 10 km en 52 minutos', log(TODAY, 10, '52:00')],
      ['hoy he corrido 8 km en 45 minutos, me sentí genial', log(TODAY, 8, '45:00', { feeling: 'great' })],
      ['ayer corrí 12 km en 1:05', log(YESTERDAY, 12, '1:05:00')],
      ['Corri 21,1 km en 1 hora y 50 minutos', log(TODAY, 21.1, '1:50:00')],
    ],
    feedback: [
      ['piernas pesadas, esfuerzo 8', fb({ rpe: 8, feeling: 'tired' })],
      ['muy cansado, 7 de 10', fb({ rpe: 7, feeling: 'tired' })],
      ['me sentí genial', fb({ feeling: 'great' })],
      ['agotada', fb({ feeling: 'exhausted' })],
    ],
    pain: [
      ['me duele la rodilla, 6/10', pain('knee', 6)],
      ['dolor en el tobillo izquierdo', pain('left ankle')],
      ['me duele el gemelo derecho, 4 de 10', pain('right calf', 4)],
    ],
    illness: [
      ['estoy enfermo', ill(TODAY)],
      ['tengo gripe desde ayer', ill(YESTERDAY)],
      ['tengo fiebre, 5 días', ill(TODAY, 5)],
    ],
    travel: [
      ['viajo la semana que viene, solo 2 días', NEXT_WEEK_TWO_DAYS],
      ['estoy de viaje este fin de semana', travel(SAT, 2)],
      ['la próxima semana estoy de vacaciones', travel(NEXT_MON, 7)],
    ],
    move: [
      ['mueve la carrera de mañana al viernes', move(TOMORROW, FRI)],
      ['pasa el entrenamiento del jueves al sábado', move(THU, SAT)],
      ['aplaza el entreno de hoy', move(TODAY, TOMORROW)],
    ],
    skip: [
      ['hoy no corro', skip(TODAY)],
      ['me salto el entrenamiento de mañana', skip(TOMORROW)],
      ['cancela el entreno del viernes', skip(FRI)],
    ],
    settings: [
      ['estoy en Madrid', profile({ timezone: 'Europe/Madrid' })],
      ['vivo en Barcelona', profile({ timezone: 'Europe/Madrid' })],
      ['despiértame a las 6:30', profile({ morningTime: '06:30' })],
      ['usa millas', profile({ units: 'mi' })],
      ['en kilómetros, por favor', profile({ units: 'km' })],
      ['4 días por semana', profile({ daysPerWeek: 4 })],
      ['tirada larga el domingo', profile({ longRunDay: 'sun' })],
      ['la tirada larga los sábados', { change_plan: { longRunDay: 'sat' } }, { hasPlan: true }],
    ],
  },
  de: {
    plan: [
      ['Ich will im April einen Marathon laufen', marathonApril()],
      ['Ich möchte am 12. April einen Halbmarathon laufen, 4 Tage pro Woche', half('2027-04-12', { daysPerWeek: 4 })],
      ['Ich bin für einen 10 km Lauf am 7. März angemeldet', tenK('2027-03-07')],
    ],
    run: [
      ['bin heute 8 km in 45 Minuten gelaufen', log(TODAY, 8, '45:00')],
      ['gestern 12 km in 1:05 gelaufen, fühlte mich super', log(YESTERDAY, 12, '1:05:00', { feeling: 'great' })],
      ['10 km in 52 Minuten gelaufen, Anstrengung 7', log(TODAY, 10, '52:00')],
    ],
    feedback: [
      ['schwere Beine, total fertig', fb({ feeling: 'exhausted' })],
      ['müde, 7 von 10', fb({ rpe: 7, feeling: 'tired' })],
      ['war super, Anstrengung 4', fb({ rpe: 4, feeling: 'great' })],
    ],
    pain: [
      ['Schmerzen im Knie', pain('knee')],
      ['mein linkes Knie tut weh, 6/10', pain('left knee', 6)],
      ['Schmerzen in der Wade, 5 von 10', pain('calf', 5)],
    ],
    illness: [
      ['ich bin krank', ill(TODAY)],
      ['habe Grippe seit gestern', ill(YESTERDAY)],
      ['erkältet, 5 Tage', ill(TODAY, 5)],
    ],
    travel: [
      ['nächste Woche bin ich auf Reisen, nur 2 Tage', NEXT_WEEK_TWO_DAYS],
      ['am Wochenende verreist', travel(SAT, 2)],
      ['nächste Woche Urlaub', travel(NEXT_MON, 7)],
    ],
    move: [
      ['verschieb den Lauf von morgen auf Freitag', move(TOMORROW, FRI)],
      ['verschiebe das Training vom Donnerstag auf Samstag', move(THU, SAT)],
      ['verschieb den Lauf von heute auf morgen', move(TODAY, TOMORROW)],
    ],
    skip: [
      ['heute kein Training', skip(TODAY)],
      ['ich lasse den Lauf morgen ausfallen', skip(TOMORROW)],
      ['Freitag kein Lauf', skip(FRI)],
    ],
    settings: [
      ['ich bin in Berlin', profile({ timezone: 'Europe/Berlin' })],
      ['ich wohne in München', profile({ timezone: 'Europe/Berlin' })],
      ['weck mich um 6:30', profile({ morningTime: '06:30' })],
      ['in Meilen bitte', profile({ units: 'mi' })],
      ['in Kilometern bitte', profile({ units: 'km' })],
      ['4 Tage pro Woche', profile({ daysPerWeek: 4 })],
      ['langer Lauf am Sonntag', profile({ longRunDay: 'sun' })],
      ['langer Lauf am Samstag', { change_plan: { longRunDay: 'sat' } }, { hasPlan: true }],
    ],
  },
  fr: {
    plan: [
      ['je veux courir un semi-marathon le 12 avril', half('2027-04-12')],
      ['je voudrais préparer un marathon en avril, 4 jours par semaine', marathonApril({ daysPerWeek: 4 })],
      ['je suis inscrit à un 10 km le 7 mars', tenK('2027-03-07')],
    ],
    run: [
      ["j'ai couru 10 km en 52 minutes", log(TODAY, 10, '52:00')],
      ["hier j'ai couru 12 km en 1:05, je me sentais super", log(YESTERDAY, 12, '1:05:00', { feeling: 'great' })],
      ["aujourd'hui 8 km en 45 minutes, fatigué", log(TODAY, 8, '45:00', { feeling: 'tired' })],
    ],
    feedback: [
      ['jambes lourdes, effort 8', fb({ rpe: 8, feeling: 'tired' })],
      ['épuisé, 9 sur 10', fb({ rpe: 9, feeling: 'exhausted' })],
      ['très bien, effort 4', fb({ rpe: 4, feeling: 'great' })],
    ],
    pain: [
      ["j'ai mal au genou, 6/10", pain('knee', 6)],
      ['douleur à la cheville gauche', pain('left ankle')],
      ['mal au mollet, 4 sur 10', pain('calf', 4)],
    ],
    illness: [
      ['je suis malade', ill(TODAY)],
      ["j'ai de la fièvre depuis hier", ill(YESTERDAY)],
      ['je suis enrhumé, 5 jours', ill(TODAY, 5)],
    ],
    travel: [
      ['je suis en voyage la semaine prochaine, seulement 2 jours', NEXT_WEEK_TWO_DAYS],
      ['en voyage ce week-end', travel(SAT, 2)],
      ['en vacances la semaine prochaine', travel(NEXT_MON, 7)],
    ],
    move: [
      ['déplace la sortie de demain à vendredi', move(TOMORROW, FRI)],
      ['décale la séance de jeudi à samedi', move(THU, SAT)],
      ["reporte la séance d'aujourd'hui", move(TODAY, TOMORROW)],
    ],
    skip: [
      ["pas de course aujourd'hui", skip(TODAY)],
      ['je saute la séance de demain', skip(TOMORROW)],
      ['annule la séance de vendredi', skip(FRI)],
    ],
    settings: [
      ['je suis à Paris', profile({ timezone: 'Europe/Paris' })],
      ["j'habite à Lyon", profile({ timezone: 'Europe/Paris' })],
      ['réveille-moi à 6h30', profile({ morningTime: '06:30' })],
      ["en miles s'il te plaît", profile({ units: 'mi' })],
      ['en kilomètres', profile({ units: 'km' })],
      ['4 jours par semaine', profile({ daysPerWeek: 4 })],
      ['sortie longue le dimanche', profile({ longRunDay: 'sun' })],
      ['sortie longue le samedi', { change_plan: { longRunDay: 'sat' } }, { hasPlan: true }],
    ],
  },
  it: {
    plan: [
      ['voglio correre una mezza maratona il 12 aprile', half('2027-04-12')],
      ['vorrei preparare una maratona ad aprile, 4 giorni a settimana', marathonApril({ daysPerWeek: 4 })],
      ['sono iscritto a una gara di 10 km il 7 marzo', tenK('2027-03-07')],
    ],
    run: [
      ['ho corso 10 km in 52 minuti', log(TODAY, 10, '52:00')],
      ['ieri ho corso 12 km in 1:05, mi sentivo benissimo', log(YESTERDAY, 12, '1:05:00', { feeling: 'great' })],
      ['oggi 8 km in 45 minuti, stanco', log(TODAY, 8, '45:00', { feeling: 'tired' })],
    ],
    feedback: [
      ['gambe pesanti, sforzo 8', fb({ rpe: 8, feeling: 'tired' })],
      ['distrutto, 9 su 10', fb({ rpe: 9, feeling: 'exhausted' })],
      ['molto bene, sforzo 4', fb({ rpe: 4, feeling: 'great' })],
    ],
    pain: [
      ['mi fa male il ginocchio, 6/10', pain('knee', 6)],
      ['dolore alla caviglia sinistra', pain('left ankle')],
      ['mi fa male il polpaccio, 4 su 10', pain('calf', 4)],
    ],
    illness: [
      ['sono malato', ill(TODAY)],
      ['ho la febbre da ieri', ill(YESTERDAY)],
      ['ho il raffreddore, 5 giorni', ill(TODAY, 5)],
    ],
    travel: [
      ['la settimana prossima sono in viaggio, solo 2 giorni', NEXT_WEEK_TWO_DAYS],
      ['in viaggio questo fine settimana', travel(SAT, 2)],
      ['la prossima settimana sono in vacanza', travel(NEXT_MON, 7)],
    ],
    move: [
      ['sposta la corsa di domani a venerdì', move(TOMORROW, FRI)],
      ["sposta l'allenamento di giovedì a sabato", move(THU, SAT)],
      ["rimanda l'allenamento di oggi", move(TODAY, TOMORROW)],
    ],
    skip: [
      ['oggi non corro', skip(TODAY)],
      ["salto l'allenamento di domani", skip(TOMORROW)],
      ["annulla l'allenamento di venerdì", skip(FRI)],
    ],
    settings: [
      ['sono a Milano', profile({ timezone: 'Europe/Rome' })],
      ['vivo a Roma', profile({ timezone: 'Europe/Rome' })],
      ['svegliami alle 6:30', profile({ morningTime: '06:30' })],
      ['in miglia per favore', profile({ units: 'mi' })],
      ['in chilometri', profile({ units: 'km' })],
      ['4 giorni a settimana', profile({ daysPerWeek: 4 })],
      ['il lungo la domenica', profile({ longRunDay: 'sun' })],
      ['il lungo il sabato', { change_plan: { longRunDay: 'sat' } }, { hasPlan: true }],
    ],
  },
  pt: {
    plan: [
      ['quero correr uma meia maratona no dia 12 de abril', half('2027-04-12')],
      ['quero preparar uma maratona em abril, 4 dias por semana', marathonApril({ daysPerWeek: 4 })],
      ['estou inscrito numa prova de 10 km em 7 de março', tenK('2027-03-07')],
    ],
    run: [
      ['corri 10 km em 52 minutos', log(TODAY, 10, '52:00')],
      ['ontem corri 12 km em 1:05, me senti ótimo', log(YESTERDAY, 12, '1:05:00', { feeling: 'great' })],
      ['hoje 8 km em 45 minutos, cansado', log(TODAY, 8, '45:00', { feeling: 'tired' })],
    ],
    feedback: [
      ['pernas pesadas, esforço 8', fb({ rpe: 8, feeling: 'tired' })],
      ['exausto, 9 de 10', fb({ rpe: 9, feeling: 'exhausted' })],
      ['muito bem, esforço 4', fb({ rpe: 4, feeling: 'great' })],
    ],
    pain: [
      ['dor no joelho, 6/10', pain('knee', 6)],
      ['meu joelho dói, 6/10', pain('knee', 6)],
      ['dor na panturrilha direita', pain('right calf')],
    ],
    illness: [
      ['estou doente', ill(TODAY)],
      ['estou com febre desde ontem', ill(YESTERDAY)],
      ['estou gripado, 5 dias', ill(TODAY, 5)],
    ],
    travel: [
      ['vou viajar na semana que vem, só 2 dias', NEXT_WEEK_TWO_DAYS],
      ['de viagem neste fim de semana', travel(SAT, 2)],
      ['de férias na próxima semana', travel(NEXT_MON, 7)],
    ],
    move: [
      ['muda o treino de amanhã para sexta', move(TOMORROW, FRI)],
      ['passa o treino de quinta para sábado', move(THU, SAT)],
      ['adia o treino de hoje', move(TODAY, TOMORROW)],
    ],
    skip: [
      ['hoje não corro', skip(TODAY)],
      ['vou pular o treino de amanhã', skip(TOMORROW)],
      ['cancela o treino de sexta', skip(FRI)],
    ],
    settings: [
      ['estou em Lisboa', profile({ timezone: 'Europe/Lisbon' })],
      ['moro em São Paulo', profile({ timezone: 'America/Sao_Paulo' })],
      ['me acorda às 6:30', profile({ morningTime: '06:30' })],
      ['em milhas por favor', profile({ units: 'mi' })],
      ['em quilômetros', profile({ units: 'km' })],
      ['4 dias por semana', profile({ daysPerWeek: 4 })],
      ['longão no domingo', profile({ longRunDay: 'sun' })],
      ['longão no sábado', { change_plan: { longRunDay: 'sat' } }, { hasPlan: true }],
    ],
  },
  ru: {
    plan: [
      ['хочу пробежать полумарафон 12 апреля', half('2027-04-12')],
      ['хочу подготовиться к марафону в апреле, 4 дня в неделю', marathonApril({ daysPerWeek: 4 })],
      ['записался на забег 10 км 7 марта', tenK('2027-03-07')],
    ],
    run: [
      ['пробежал 12 км за 1:05', log(TODAY, 12, '1:05:00')],
      [
        'вчера пробежала 10 км за 52 минуты, чувствовала себя отлично',
        log(YESTERDAY, 10, '52:00', { feeling: 'great' }),
      ],
      ['сегодня 8 км за 45 минут, устал', log(TODAY, 8, '45:00', { feeling: 'tired' })],
    ],
    feedback: [
      ['тяжёлые ноги, нагрузка 8', fb({ rpe: 8, feeling: 'tired' })],
      ['вымотан, 9 из 10', fb({ rpe: 9, feeling: 'exhausted' })],
      ['отлично, нагрузка 4', fb({ rpe: 4, feeling: 'great' })],
    ],
    pain: [
      ['болит колено', pain('knee')],
      ['болит левое колено, 6/10', pain('left knee', 6)],
      ['боль в икре, 5 из 10', pain('calf', 5)],
    ],
    illness: [
      ['я заболел', ill(TODAY)],
      ['температура со вчера', ill(YESTERDAY)],
      ['простыл, 5 дней', ill(TODAY, 5)],
    ],
    travel: [
      ['на следующей неделе в командировке, только 2 дня', NEXT_WEEK_TWO_DAYS],
      ['на выходных уезжаю', travel(SAT, 2)],
      ['на следующей неделе в отпуске', travel(NEXT_MON, 7)],
    ],
    move: [
      ['перенеси тренировку с завтра на пятницу', move(TOMORROW, FRI)],
      ['перенеси тренировку с четверга на субботу', move(THU, SAT)],
      ['перенеси длительную с воскресенья на субботу', move(SUN, SAT)],
    ],
    skip: [
      ['сегодня не бегу', skip(TODAY)],
      ['пропущу завтрашнюю тренировку', skip(TOMORROW)],
      ['отмени тренировку в пятницу', skip(FRI)],
    ],
    settings: [
      ['я в Москве', profile({ timezone: 'Europe/Moscow' })],
      ['я живу в Питере', profile({ timezone: 'Europe/Moscow' })],
      ['разбуди меня в 6:30', profile({ morningTime: '06:30' })],
      ['в милях, пожалуйста', profile({ units: 'mi' })],
      ['в километрах', profile({ units: 'km' })],
      ['4 дня в неделю', profile({ daysPerWeek: 4 })],
      ['длительная в воскресенье', profile({ longRunDay: 'sun' })],
      ['длительная в субботу', { change_plan: { longRunDay: 'sat' } }, { hasPlan: true }],
    ],
  },
  uk: {
    plan: [
      ['хочу пробігти напівмарафон 12 квітня', half('2027-04-12')],
      ['хочу підготуватися до марафону у квітні, 4 дні на тиждень', marathonApril({ daysPerWeek: 4 })],
      ['зареєструвався на забіг 10 км 7 березня', tenK('2027-03-07')],
    ],
    run: [
      ['пробіг 12 км за 1:05', log(TODAY, 12, '1:05:00')],
      ['вчора пробігла 10 км за 52 хвилини, почувалася чудово', log(YESTERDAY, 10, '52:00', { feeling: 'great' })],
      ['сьогодні 8 км за 45 хвилин, втомився', log(TODAY, 8, '45:00', { feeling: 'tired' })],
    ],
    feedback: [
      ['важкі ноги, навантаження 8', fb({ rpe: 8, feeling: 'tired' })],
      ['виснажений, 9 з 10', fb({ rpe: 9, feeling: 'exhausted' })],
      ['чудово, навантаження 4', fb({ rpe: 4, feeling: 'great' })],
    ],
    pain: [
      ['болить коліно', pain('knee')],
      ['болить ліве коліно, 6/10', pain('left knee', 6)],
      ['біль у литці, 5 з 10', pain('calf', 5)],
    ],
    illness: [
      ['я захворів', ill(TODAY)],
      ['температура з учора', ill(YESTERDAY)],
      ['застудився, 5 днів', ill(TODAY, 5)],
    ],
    travel: [
      ['наступного тижня у відрядженні, тільки 2 дні', NEXT_WEEK_TWO_DAYS],
      ['на вихідних їду', travel(SAT, 2)],
      ['наступного тижня у відпустці', travel(NEXT_MON, 7)],
    ],
    move: [
      ["перенеси тренування з завтра на п'ятницю", move(TOMORROW, FRI)],
      ['перенеси тренування з четверга на суботу', move(THU, SAT)],
      ['перенеси тривалу з неділі на суботу', move(SUN, SAT)],
    ],
    skip: [
      ['сьогодні не біжу', skip(TODAY)],
      ['пропущу завтрашнє тренування', skip(TOMORROW)],
      ["скасуй тренування в п'ятницю", skip(FRI)],
    ],
    settings: [
      ['я в Києві', profile({ timezone: 'Europe/Kyiv' })],
      ['я живу у Львові', profile({ timezone: 'Europe/Kyiv' })],
      ['розбуди мене о 6:30', profile({ morningTime: '06:30' })],
      ['в милях, будь ласка', profile({ units: 'mi' })],
      ['у кілометрах', profile({ units: 'km' })],
      ['4 дні на тиждень', profile({ daysPerWeek: 4 })],
      ['тривала в неділю', profile({ longRunDay: 'sun' })],
      ['тривала в суботу', { change_plan: { longRunDay: 'sat' } }, { hasPlan: true }],
    ],
  },
};

function expectCalls(text: string, language: string | undefined, expected: Expected, hasPlan = false): void {
  const result = understand(text, { now: NOW, timezone: 'Europe/Madrid', units: 'km', hasPlan, language });
  expectValidCalls(result);
  expect(result.kind, JSON.stringify(result)).toBe('tools');
  if (result.kind !== 'tools') return;
  for (const [name, args] of Object.entries(expected)) {
    const found = result.calls.find((c) => c.name === name);
    expect(found, `${name} in ${JSON.stringify(result.calls)}`).toBeDefined();
    expect(found?.args).toMatchObject(args);
  }
}

for (const [language, intents] of Object.entries(CASES)) {
  describe(`offline understanding in ${language}`, () => {
    for (const [intent, rows] of Object.entries(intents)) {
      it.each(rows.map(([text, expected, opts]) => ({ text, expected, hasPlan: opts?.hasPlan ?? false })))(
        `${intent}: $text`,
        ({ text, expected, hasPlan }) => {
          expectCalls(text, language, expected, hasPlan);
        },
      );
    }
  });
}

describe('any supported language whatever the setting', () => {
  it.each([
    ['quiero correr una media maratón el 12 de abril', 'de', half('2027-04-12')],
    ['хочу пробежать полумарафон 12 апреля', 'en', half('2027-04-12')],
    ['bin heute 8 km in 45 Minuten gelaufen', 'ru', log(TODAY, 8, '45:00')],
    ['me duele la rodilla, 6/10', undefined, pain('knee', 6)],
  ] as const)('%s (runner in %s)', (text, language, expected) => {
    expectCalls(text, language, expected);
  });

  it("the runner's language decides a phrase two languages spell alike", () => {
    // "dos" is "two" in Spanish and "back" in French.
    expectCalls("j'ai mal au dos, 5/10", 'fr', pain('back', 5));
    expectCalls('me duele la rodilla, dos/10', 'es', pain('knee', 2));
  });

  it('reads accents typed or not', () => {
    expectCalls('medio maraton el 12 de abril, quiero correr', 'es', half('2027-04-12'));
    expectCalls('Ich moechte einen Halbmarathon am 12. April laufen', 'de', half('2027-04-12'));
    expectCalls('тяжелые ноги, нагрузка 8', 'ru', fb({ rpe: 8 }));
  });

  it('leaves English as it was', () => {
    expectCalls('ran 6 mi in 50 min, so tired', 'es', log(TODAY, 9.656, '50:00', { feeling: 'tired' }));
    expectCalls('no run today, I am busy', 'pt', skip(TODAY));
  });
});
