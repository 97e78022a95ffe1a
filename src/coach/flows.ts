/**
 * Pending guided steps (a /log without arguments, "tell me in words" feedback, the setup's race date).
 * A flow takes the next text only when it fits; otherwise the flow is dropped and the coach answers, so a
 * runner is never trapped in a form.
 */
import { understandLogCommand } from './commands.ts';
import { findDates } from './offline/dates.ts';
import { understandFor } from './offline-coach.ts';
import { respondToCalls } from './respond.ts';
import { acceptRaceDate, type SetupState } from './setup.ts';
import type { ToolCall } from './tools/schemas.ts';
import type { CoachContext, OutgoingMessage } from './types.ts';

type Flow = { kind: 'log' } | { kind: 'feedback'; date: string } | SetupState;

export function continueFlow(ctx: CoachContext, text: string): OutgoingMessage[] | null {
  const user = ctx.store.users.get(ctx.userId);
  const flow = user?.pendingFlow as Flow | null | undefined;
  if (!user || !flow) return null;
  const clear = () => ctx.store.users.update(ctx.userId, { pendingFlow: null });
  switch (flow.kind) {
    case 'log': {
      clear();
      const parsed = understandLogCommand(ctx, text);
      return parsed.kind === 'calls' ? respondToCalls(ctx, parsed.calls) : null;
    }
    case 'feedback': {
      clear();
      const bare = text.trim().match(/^(\d{1,2})(?:\s*\/\s*10)?$/);
      if (bare) {
        const rpe = Number(bare[1]);
        if (rpe >= 1 && rpe <= 10) {
          return respondToCalls(ctx, [{ name: 'record_feedback', args: { date: flow.date, rpe, notes: text } }]);
        }
      }
      const u = understandFor(ctx, text);
      if (u.kind !== 'tools') {
        // Words without a number: keep them as notes with a neutral effort, so nothing they said is lost.
        return respondToCalls(ctx, [
          { name: 'record_feedback', args: { date: flow.date, rpe: 5, notes: text.slice(0, 1000) } },
        ]);
      }
      const calls: ToolCall[] = u.calls.map((c) =>
        c.name === 'record_feedback'
          ? { ...c, args: { ...c.args, date: flow.date, notes: c.args.notes ?? text.slice(0, 1000) } }
          : c,
      );
      return respondToCalls(ctx, calls);
    }
    case 'setup': {
      if (!flow.goal || flow.raceDate) return null;
      const dates = findDates(text.toLowerCase(), ctx.now(), user.timezone, 'future');
      const date = dates[0]?.date;
      if (!date) return null;
      return acceptRaceDate(ctx, flow, date);
    }
    default:
      clear();
      return null;
  }
}
