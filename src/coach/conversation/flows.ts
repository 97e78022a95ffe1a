/**
 * The next message read against the coach's open question (src/coach/conversation/dialogue.ts) before anything else: a /log
 * without arguments, "tell me in words" feedback, the guided setup, a missing piece of a run ("How long did it
 * take?"), where the runner lives, the morning time, a clearance after pain. An answer that does not fit
 * drops the question and the coach reads the message, so a runner is never trapped in a form.
 */

import { t } from '../../messages/i18n.ts';
import { coachLanguage } from '../language.ts';
import { findDistances, findDurations, formatDuration, plausibleDurationSec } from '../offline/quantities.ts';
import { normalize } from '../offline/text.ts';
import { answerUnderstanding, understandFor } from '../offline-coach.ts';
import type { ToolCall } from '../tools/schemas.ts';
import type { CoachContext, OutgoingMessage } from '../types.ts';
import { understandLogCommand } from './commands.ts';
import { clearExpectation, type Expectation, expectAnswer, openExpectation } from './dialogue.ts';
import { answerMorning, answerPlace } from './onboarding.ts';
import { respondToCalls } from './respond.ts';
import { askSetupAgain, setupText } from './setup.ts';

export function continueFlow(ctx: CoachContext, text: string): OutgoingMessage[] | null {
  const flow = openExpectation(ctx);
  if (!flow) return null;
  switch (flow.kind) {
    case 'log': {
      clearExpectation(ctx);
      const parsed = understandLogCommand(ctx, text);
      return parsed.kind === 'calls' ? respondToCalls(ctx, parsed.calls) : null;
    }
    case 'feedback':
      return feedbackAnswer(ctx, flow.date, text);
    case 'setup': {
      const answered = setupText(ctx, flow, text);
      if (answered) return answered;
      // Words that mean something else (a question, a whole plan request) go to the coach; the setup waits.
      const u = understandFor(ctx, text);
      if (u.kind === 'tools' || u.kind === 'question' || u.kind === 'greeting' || u.kind === 'thanks') return null;
      return askSetupAgain(ctx, flow);
    }
    case 'complete':
      return completeAnswer(ctx, flow, text);
    case 'place': {
      const answered = answerPlace(ctx, text, flow.next);
      if (!answered) clearExpectation(ctx);
      return answered;
    }
    case 'morning_time': {
      const answered = answerMorning(ctx, text);
      if (!answered) clearExpectation(ctx);
      return answered;
    }
    case 'race_confirm':
      return raceConfirmAnswer(ctx, flow, text);
    case 'cleared':
      // Read by the coach itself (its detectors know these phrasings); the question only shaped the facts.
      clearExpectation(ctx);
      return null;
  }
}

/** Yes and no as runners type them, for the race-result question (rule 16). */
// `\b` knows only ASCII letters, so "да" would never match: a word ends where no letter or digit follows.
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
const YES = new RegExp(
  `^(?:y|yes|yeah|yep|yup|sure|correct|right|confirm(?:ed)?|it was|all[- ]out|ja|jawohl|oui|si|sí|sim|да|так|ага)${WORD_END}`,
  'iu',
);
const NO = new RegExp(
  `^(?:n|no|nope|nah|not really|it wasn'?t|wasn'?t|hot|windy|sick|hilly|ran it easy|easy|jog|nein|non|não|nao|нет|ні|не)${WORD_END}`,
  'iu',
);

/**
 * The answer to "was it all-out, in fair conditions?": yes applies the result (update_profile with `confirmed`);
 * no keeps the paces, and the result stays only as a note; anything else is read by the coach as a new message.
 */
function raceConfirmAnswer(
  ctx: CoachContext,
  flow: Extract<Expectation, { kind: 'race_confirm' }>,
  text: string,
): OutgoingMessage[] | null {
  const said = normalize(text);
  if (YES.test(said)) return raceConfirmed(ctx, flow, true);
  if (NO.test(said)) return raceConfirmed(ctx, flow, false);
  clearExpectation(ctx);
  return null;
}

/** Yes applies the result (update_profile with `confirmed`); no keeps the paces. */
function raceConfirmed(
  ctx: CoachContext,
  flow: Extract<Expectation, { kind: 'race_confirm' }>,
  yes: boolean,
): OutgoingMessage[] {
  if (yes) {
    const recentRace = {
      distance: flow.distance,
      time: flow.time,
      confirmed: true,
      ...(flow.date ? { date: flow.date } : {}),
    };
    // The question stays open until update_profile has read it: `confirmed` counts only as its answer.
    return respondToCalls(ctx, [{ name: 'update_profile', args: { recentRace } }]);
  }
  clearExpectation(ctx);
  return [{ html: t(coachLanguage(ctx), 'out-race-kept') }];
}

/** The Yes/No buttons under the race question; null once the question is no longer open (an old button). */
export function raceConfirmButton(ctx: CoachContext, yes: boolean): OutgoingMessage[] | null {
  const flow = openExpectation(ctx);
  return flow?.kind === 'race_confirm' ? raceConfirmed(ctx, flow, yes) : null;
}

function feedbackAnswer(ctx: CoachContext, date: string, text: string): OutgoingMessage[] {
  clearExpectation(ctx);
  const bare = text.trim().match(/^(\d{1,2})(?:\s*\/\s*10)?$/);
  if (bare) {
    const rpe = Number(bare[1]);
    if (rpe >= 1 && rpe <= 10) {
      return respondToCalls(ctx, [{ name: 'record_feedback', args: { date, rpe, notes: text } }]);
    }
  }
  const u = understandFor(ctx, text);
  if (u.kind !== 'tools') {
    // Words without a number: keep them as notes with a neutral effort, so nothing they said is lost.
    return respondToCalls(ctx, [{ name: 'record_feedback', args: { date, rpe: 5, notes: text.slice(0, 1000) } }]);
  }
  const calls: ToolCall[] = u.calls.map((c) =>
    c.name === 'record_feedback' ? { ...c, args: { ...c.args, date, notes: c.args.notes ?? text.slice(0, 1000) } } : c,
  );
  return respondToCalls(ctx, calls);
}

/**
 * The missing piece of an earlier message: the piece is read from the answer and put back into the earlier
 * words, so everything else they said (the feeling, the date) is understood as if it had been there at once.
 */
function completeAnswer(
  ctx: CoachContext,
  flow: Extract<Expectation, { kind: 'complete' }>,
  text: string,
): OutgoingMessage[] | null {
  // A whole message of its own ("ran 5k in 25:00") is not the missing piece: the coach reads it.
  const alone = understandFor(ctx, text);
  if (alone.kind === 'tools' && alone.calls.some((c) => c.name !== 'record_feedback')) {
    clearExpectation(ctx);
    return null;
  }
  const t = normalize(text);
  const units = ctx.store.users.get(ctx.userId)?.units ?? 'km';
  let piece: string | null = null;
  switch (flow.ask) {
    case 'duration': {
      const d = findDurations(t)[0] ?? findDurations(`${t} min`)[0];
      const km = findDistances(normalize(flow.text), units)[0]?.km ?? null;
      if (d && t.length <= 40) piece = `in ${formatDuration(plausibleDurationSec(d, km))}`;
      break;
    }
    case 'distance': {
      const d = findDistances(t, units)[0];
      if (d) piece = `${Math.round(d.km * 1000) / 1000} km`;
      break;
    }
    case 'race_date':
      piece = `on ${text.trim()}`;
      break;
    case 'pain':
      piece = text.trim();
      break;
  }
  if (!piece) {
    clearExpectation(ctx);
    return null;
  }
  const u = understandFor(ctx, `${flow.text.trim().replace(/[.!]+$/, '')}, ${piece}`);
  if (u.kind === 'tools') {
    clearExpectation(ctx);
    return answerUnderstanding(ctx, u);
  }
  // Still not enough: keep the question open for one more try, with the same words.
  if (u.kind === 'unknown' && u.expect) {
    expectAnswer(ctx, u.expect);
    return answerUnderstanding(ctx, u);
  }
  clearExpectation(ctx);
  return null;
}
