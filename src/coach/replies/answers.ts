/**
 * Words for answers to runners' questions (answer_question) and the fixed, sourced texts for the common ones.
 * Every number comes from the engine; every piece of advice names where it comes from.
 */
import { html } from '../../messages/html.ts';
import { formatClock, formatDistance, type Units } from '../../messages/units.ts';
import { dayLabel } from '../../time/local.ts';
import type { Answer } from '../tools/answers.ts';
import type { OutgoingMessage } from '../types.ts';
import { heartZoneLines } from './heart.ts';
import { goalName, pacesText } from './plan.ts';

/** Thomas, Erdman & Burke, "Nutrition and Athletic Performance", ACSM/AND/DC joint position (MSSE 2016). */
export const FUELLING_TEXT = [
  '<b>Before a long run</b>',
  '• 2–4 hours before: a carbohydrate-based meal you know well (about 1–4 g of carbohydrate per kg of body weight: porridge, toast with honey, a banana, rice), low in fat and fibre.',
  '• Closer to the start: a small snack if you are hungry, and water to thirst.',
  '• Runs longer than about 75–90 minutes: 30–60 g of carbohydrate an hour (a gel, sports drink or sweets), from early on.',
  '• Practise it on long runs, never try something new on race day.',
  '<i>Source: ACSM, Academy of Nutrition and Dietetics &amp; Dietitians of Canada, "Nutrition and Athletic Performance" (2016).</i>',
].join('\n');

/** The "neck check": Eichner, Physician and Sportsmedicine 1993; Mayo Clinic, "Exercise and illness". */
export const COLD_TEXT = [
  '<b>Running with a cold: the "above the neck" rule</b>',
  '• Symptoms only above the neck (runny or stuffy nose, sneezing, a mild sore throat): an easy, shorter run is usually fine. Start with 10 minutes easy; if you feel worse, stop and rest.',
  '• Symptoms below the neck (chest congestion, a hacking cough, fever, aching muscles, an upset stomach): rest until they are gone, then ease back in.',
  '• No hard sessions while you are ill. If it gets worse, tell me you are sick and I will rest the coming days.',
  '<i>Source: Eichner, "Infection, immunity, and exercise" (The Physician and Sportsmedicine, 1993); Mayo Clinic, "Exercise and illness".</i>',
].join('\n');

/** Daniels' Running Formula: one easy day per 3 km raced before the next hard day (design.md, rule 16). */
export const PARKRUN_TEXT = [
  '<b>A parkrun inside your plan</b>',
  '• Easiest: run it at easy pace as one of your easy runs, or as the middle of your long run (warm up before, add the rest after).',
  '• Racing it is a hard session: do it instead of that week’s tempo or intervals, not on top, and not in the 10 days before your goal race.',
  '• After racing 5 km, give yourself 2 easy days before the next hard one.',
  'Tell me the day (<i>can I do a parkrun on Saturday?</i>) and I will check it against your plan.',
  '<i>Source: Daniels’ Running Formula (one easy day per 3 km raced before the next hard day).</i>',
].join('\n');

const WEEK_REASON: Record<Extract<Answer, { topic: 'week_load' }>['reason'], string> = {
  taper: 'it is a taper week: volume comes down so you reach race day fresh, with some intensity kept (Bosquet 2007).',
  race_week: 'it is race week: just enough running to stay sharp.',
  cutback:
    'it is a lighter (cutback) week: every third or fourth week the volume drops so the training of the weeks before can sink in.',
  adapted: 'some sessions were skipped or lightened after what you told me.',
  partial: 'the plan starts part-way through that week.',
  build: 'it builds on the week before, within the 10 % a week the plan allows.',
  steady: 'it holds the volume of the week before.',
};

/** Why heart rate stands beside pace, not instead of it. */
const HR_HOW =
  'Your workouts show these ranges beside their paces. Heart rate lags the first minutes and drifts up on long or hot runs: on easy days keep to the range, on hard days go by pace and effort.';

export function answerMessages(a: Answer, units: Units): OutgoingMessage[] {
  switch (a.topic) {
    case 'fuelling':
      return [{ html: FUELLING_TEXT }];
    case 'cold':
      return [{ html: COLD_TEXT }];
    case 'parkrun':
      return [{ html: PARKRUN_TEXT }];
    case 'heart_rate':
      if (a.known) return [{ html: [...heartZoneLines(a.heart), '', HR_HOW].join('\n') }];
      return [
        {
          html: 'I coach by pace and effort: I have no heart-rate data from you. Easy runs should feel conversational (you can speak in full sentences); threshold runs comfortably hard. Tell me your maximum and resting heart rate (<i>my max HR is 188, resting 52</i>) and I will add heart-rate ranges to your workouts.',
        },
      ];
    case 'paces': {
      const lines = [pacesText(a.paces, units)];
      if (a.paces && a.vdot)
        lines.push('', html`<i>From your current fitness (VDOT ${a.vdot.toFixed(1)}, Daniels’ tables).</i>`);
      if (a.paces)
        lines.push(
          'Tempo runs go at threshold pace: comfortably hard, a pace you could hold for about an hour in a race.',
        );
      return [{ html: lines.join('\n') }];
    }
    case 'week_load': {
      const head = html`The week of ${dayLabel(a.weekStart)} has ${formatDistance(a.totalKm, units)} planned`;
      const prev = a.previousKm !== null ? html` (the week before: ${formatDistance(a.previousKm, units)})` : '';
      return [{ html: `${head}${prev}: ${WEEK_REASON[a.reason]}` }];
    }
    case 'workout_purpose':
      if (!a.workout) return [{ html: 'Nothing is planned for that day.' }];
      return [
        {
          html: [
            html`<b>${dayLabel(a.workout.date)}: ${a.workout.title}</b> (${formatDistance(a.workout.distanceKm, units)})`,
            html`${a.workout.description}`,
          ].join('\n'),
        },
      ];
    case 'race_fit':
      return [{ html: raceFitText(a, units) }];
    case 'prediction': {
      if (!a.predictions) {
        return [
          {
            html: 'I can predict race times once I know your fitness: tell me a recent race (<i>10k in 48:30 last month</i>).',
          },
        ];
      }
      const p = a.predictions[a.goal.distance];
      const lines = [
        html`With your current fitness (VDOT ${(a.vdot ?? 0).toFixed(1)}), your ${goalName(a.goal.distance)} would take about ${formatClock(p ?? 0)}.`,
      ];
      if (a.goalTimeSec && p) {
        lines.push(
          a.goalTimeSec >= p
            ? html`Your goal of ${formatClock(a.goalTimeSec)} is within reach.`
            : html`Your goal of ${formatClock(a.goalTimeSec)} needs more: the training weeks are meant to close that gap.`,
        );
      }
      lines.push('<i>Daniels & Gilbert VDOT tables; a prediction assumes the training for that distance.</i>');
      return [{ html: lines.join('\n') }];
    }
  }
}

function raceFitText(a: Extract<Answer, { topic: 'race_fit' }>, units: Units): string {
  const day = dayLabel(a.date);
  const w = a.workout;
  // Rule 16 counts long runs as hard days too: the next ones come after the easy days.
  const after =
    a.hardSoonAfter.length > 0
      ? html` Then keep ${a.easyDaysAfter} easy days before the next hard one: ${a.hardSoonAfter.map((x) => `${x.title} on ${dayLabel(x.date)}`).join(', ')} would come too soon (tell me and I’ll move it).`
      : html` Keep the ${a.easyDaysAfter} days after it easy.`;
  switch (a.fit) {
    case 'before_plan':
      return html`${day} has passed.`;
    case 'after_race':
      return html`${day} is after your goal race: race whatever you like then!`;
    case 'too_close_to_goal':
      return html`${day} is ${a.daysToGoal} days before your goal race: I’d skip racing it. Run it easy if you like, as part of that day’s run, and save the effort for race day.`;
    case 'on_rest_day':
      return `${html`${day} is a rest day in your plan. Running it easy is fine; racing it adds a hard day, so only if you feel fresh.`}${after}`;
    case 'inside_long_run':
      return html`${day} is your long run (${formatDistance(w?.distanceKm ?? 0, units)}). Make the parkrun part of it: warm up before, run it at an easy to steady effort, and add the rest after. Racing it all out would cost you the long run.`;
    case 'instead_of_quality':
      return `${html`Yes: race it instead of ${w?.title ?? 'that session'} on ${day}: a 5 km race is a great hard session. Warm up well.`}${after}`;
    case 'on_easy_day':
      return `${html`${day} has an easy run (${formatDistance(w?.distanceKm ?? 0, units)}). Run the parkrun easy and it fits as it is; race it and it becomes that week’s hard session.`}${after}`;
  }
}
