/**
 * The offline coach's language understanding: plain text → tool calls, a question, a greeting, or "unknown"
 * with a hint. Deterministic and pure: `now` and the runner's zone come in, nothing is read from the clock,
 * nothing is written. Every tool call it returns has passed the tool's zod schema; it never throws.
 * One file per detector; this index runs them in order (issue 18).
 */
import { toolArgSchemas } from '../../tools/schemas.ts';
import { type DateMention, type DateMode, findDates, localToday } from '../dates.ts';
import { languageOf } from '../lang/types.ts';
import { normalize } from '../text.ts';
import { detectAsk } from './ask.ts';
import { detectClearance } from './clearance.ts';
import { detectDone } from './done.ts';
import { detectFeedback } from './feedback.ts';
import { detectHealth } from './health.ts';
import { hint, validZone } from './helpers.ts';
import { detectMessages } from './messages.ts';
import { detectMove } from './move.ts';
import { detectBarePlace } from './place.ts';
import { detectPlan } from './plan.ts';
import { detectPlanChange } from './plan-change.ts';
import { detectQuestion } from './question.ts';
import { detectRestore } from './restore.ts';
import { detectRun } from './run.ts';
import { detectSettings } from './settings.ts';
import { detectSkip } from './skip.ts';
import { detectPureSocial, detectSocial } from './social.ts';
import { detectTravelBusy } from './travel.ts';
import { type Input, MAX_TEXT_LENGTH, type Outcome, type UnderstandContext, type Understanding } from './types.ts';

export { findGoal } from './phrases.ts';
export {
  DEFAULT_ILLNESS_DAYS,
  FEELING_RPE,
  MAX_TEXT_LENGTH,
  type QuestionTopic,
  type UnderstandContext,
  type Understanding,
} from './types.ts';

function validate(result: Understanding): Understanding {
  if (result.kind !== 'tools') return result;
  if (result.calls.length === 0) return { kind: 'unknown' };
  for (const c of result.calls) {
    const schema = toolArgSchemas[c.name];
    const parsed = schema.safeParse(c.args);
    if (!parsed.success) {
      return hint('und-hint-unreadable');
    }
  }
  return result;
}

/** Understand one message from the runner. Pure and deterministic; never throws. */
export function understand(text: string, ctx: UnderstandContext): Understanding {
  try {
    if (typeof text !== 'string') return { kind: 'unknown' };
    if (text.length > MAX_TEXT_LENGTH) {
      return hint('und-hint-long-message');
    }
    const t = normalize(text, languageOf(ctx.language));
    // A thumbs-up or a smile is an acknowledgement, not a question to answer with a list of examples.
    if (/^[\s!.]*(?:[👍👌🙏💪🙂😊😀😃😄😁🥰😍🤩✅❤♥💯]\ufe0f?[\s!.]*)+$/u.test(t)) return { kind: 'thanks' };
    if (!/[\p{L}\p{N}?]/u.test(t)) return { kind: 'unknown' };
    const zone = validZone(ctx.timezone);
    const now = ctx.now instanceof Date && !Number.isNaN(ctx.now.getTime()) ? ctx.now : new Date(0);
    const cache = new Map<DateMode, DateMention[]>();
    const input: Input = {
      raw: text,
      t,
      ctx: { ...ctx, now, timezone: zone, units: ctx.units === 'mi' ? 'mi' : 'km' },
      zone,
      today: localToday(now, zone),
      dates: (mode) => {
        let v = cache.get(mode);
        if (!v) {
          v = findDates(t, now, zone, mode);
          cache.set(mode, v);
        }
        return v;
      },
    };
    const detectors: ((i: Input) => Outcome)[] = [
      detectPureSocial,
      detectAsk,
      detectMessages,
      detectClearance,
      detectRestore,
      detectPlanChange,
      detectHealth,
      detectTravelBusy,
      detectMove,
      detectSkip,
      detectPlan,
      detectRun,
      detectDone,
      (i) => detectSettings(i, true),
      detectQuestion,
      detectFeedback,
      detectSocial,
      detectBarePlace,
    ];
    for (const detect of detectors) {
      const out = detect(input);
      if (out) return validate(out);
    }
    return { kind: 'unknown' };
  } catch {
    return { kind: 'unknown' };
  }
}
