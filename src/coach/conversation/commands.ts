/** Arguments of text commands, read by the same offline understanding as free text. */
import { t } from '../../messages/i18n.ts';
import { coachLanguage } from '../language.ts';
import { understandFor } from '../offline-coach.ts';
import { logPrompt } from '../replies/questions.ts';
import type { ToolCall } from '../tools/schemas.ts';
import type { CoachContext } from '../types.ts';

export type LogCommand = { kind: 'calls'; calls: ToolCall[] } | { kind: 'prompt'; prompt: string };

/** A minus (ASCII, minus sign, dashes) right before a number, at the start or after a space or "=". */
const NEGATIVE_NUMBER = /(?:^|[\s=(])[-\u2212\u2012\u2013\u2014]\s?\d/;

/** `/log 8k 42:30 rpe 5` → log_run (+ record_feedback); no or unreadable arguments → a guided prompt. */
export function understandLogCommand(ctx: CoachContext, args: string | undefined): LogCommand {
  const lang = coachLanguage(ctx);
  const LOG_PROMPT = logPrompt(lang);
  const text = (args ?? '').trim();
  if (!text) return { kind: 'prompt', prompt: LOG_PROMPT };
  // The parser reads numbers without their sign: "-5k" would be logged as 5 km (issue 15). Refuse it instead.
  if (NEGATIVE_NUMBER.test(text)) {
    return { kind: 'prompt', prompt: `${t(lang, 'log-negative')} ${LOG_PROMPT}` };
  }
  const u = understandFor(ctx, /\b(ran|run|did)\b/i.test(text) ? text : `ran ${text}`);
  if (u.kind === 'tools' && u.calls.some((c) => c.name === 'log_run')) return { kind: 'calls', calls: u.calls };
  return {
    kind: 'prompt',
    prompt: `${t(lang, 'log-unreadable')} ${LOG_PROMPT}`,
  };
}
