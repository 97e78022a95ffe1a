/** Arguments of text commands, read by the same offline understanding as free text. */
import { understandFor } from './offline-coach.ts';
import { logPrompt } from './replies/questions.ts';
import type { ToolCall } from './tools/schemas.ts';
import type { CoachContext } from './types.ts';

export type LogCommand = { kind: 'calls'; calls: ToolCall[] } | { kind: 'prompt'; prompt: string };

const LOG_PROMPT = logPrompt();

/** `/log 8k 42:30 rpe 5` → log_run (+ record_feedback); no or unreadable arguments → a guided prompt. */
export function understandLogCommand(ctx: CoachContext, args: string | undefined): LogCommand {
  const text = (args ?? '').trim();
  if (!text) return { kind: 'prompt', prompt: LOG_PROMPT };
  const u = understandFor(ctx, /\b(ran|run|did)\b/i.test(text) ? text : `ran ${text}`);
  if (u.kind === 'tools' && u.calls.some((c) => c.name === 'log_run')) return { kind: 'calls', calls: u.calls };
  return {
    kind: 'prompt',
    prompt: `I couldn't read a distance and a time in that. ${LOG_PROMPT}`,
  };
}
