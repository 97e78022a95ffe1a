/**
 * The one way commands, buttons and the offline coach act: run tool calls, then answer with templates.
 * Questions (today, week, plan...) are answered from the same tools' data.
 */
import { html } from '../../bot/format/html.ts';
import { workoutFromRow } from '../../db/store/plans.ts';
import { addDays, dayLabel, localDate } from '../../time/local.ts';
import { renderOutcome } from '../replies/outcomes.ts';
import { planOverviewMessages } from '../replies/plan.ts';
import { settingsMessages } from '../replies/settings.ts';
import { helpMessages } from '../replies/welcome.ts';
import { restDayText, unitsOf, workoutButtons, workoutCard } from '../replies/workout.ts';
import { callTool } from '../tools/index.ts';
import type { ToolCall } from '../tools/schemas.ts';
import type { CoachContext, OutgoingMessage } from '../types.ts';
import { expectAnswer } from './dialogue.ts';

export function respondToCalls(ctx: CoachContext, calls: ToolCall[]): OutgoingMessage[] {
  return runCalls(ctx, calls).messages;
}

/** Runs the calls in order and says whether all of them succeeded. */
export function runCalls(ctx: CoachContext, calls: ToolCall[]): { messages: OutgoingMessage[]; ok: boolean } {
  const out: OutgoingMessage[] = [];
  let ok = true;
  calls.forEach((call, i) => {
    if (!ok) return;
    const outcome = callTool(ctx, call.name, call.args);
    const rendered = renderOutcome(outcome, ctx.store.users.get(ctx.userId));
    // "ran 5k, felt great": the feeling is recorded next, so the run's "how did it feel?" buttons would ask again.
    if (call.name === 'log_run' && calls.slice(i + 1).some((c) => c.name === 'record_feedback')) {
      for (const m of rendered) delete m.buttons;
    }
    out.push(...rendered);
    // "Tell me when you're cleared": pain that stops running opens that question.
    if (outcome.result.ok && (outcome.result.data as { stopRunning?: boolean } | null)?.stopRunning) {
      expectAnswer(ctx, { kind: 'cleared' });
    }
    // A failed step stops the sequence: later calls usually depend on it (log, then feedback).
    ok = outcome.result.ok;
  });
  return { messages: mergeTexts(out), ok };
}

/** Consecutive plain texts read better as one message; buttons stay with their text. */
export function mergeTexts(messages: OutgoingMessage[]): OutgoingMessage[] {
  const out: OutgoingMessage[] = [];
  for (const m of messages) {
    const last = out[out.length - 1];
    if (
      last &&
      !last.buttons?.length &&
      !last.document &&
      !last.photo &&
      !last.requestLocation &&
      !m.document &&
      !m.photo
    ) {
      last.html = `${last.html}\n\n${m.html}`;
      if (m.buttons) last.buttons = m.buttons;
      if (m.requestLocation) last.requestLocation = m.requestLocation;
      if (m.removeKeyboard) last.removeKeyboard = true;
    } else {
      out.push({ ...m });
    }
  }
  return out;
}

export type Question =
  | { topic: 'today' | 'tomorrow'; date?: string }
  | { topic: 'day'; date: string }
  | { topic: 'week'; date?: string }
  | { topic: 'plan' | 'progress' | 'profile' | 'help' };

export function respondToQuestion(ctx: CoachContext, q: Question): OutgoingMessage[] {
  const user = ctx.user ?? ctx.store.users.get(ctx.userId);
  if (!user) return [{ html: 'Send /start first.' }];
  const today = localDate(ctx.now(), user.timezone);
  switch (q.topic) {
    case 'today':
    case 'tomorrow':
    case 'day': {
      const date = q.topic === 'day' ? q.date : q.topic === 'tomorrow' ? addDays(today, 1) : (q.date ?? today);
      return dayMessages(ctx, date, today);
    }
    case 'week':
      // "How was last week?" comes with that week's Monday.
      return respondToCalls(ctx, [{ name: 'get_workouts', args: q.date ? { from: q.date } : {} }]);
    case 'plan':
      return planOverviewMessages(ctx, '');
    case 'progress':
      return respondToCalls(ctx, [{ name: 'get_progress', args: {} }]);
    case 'profile':
      return settingsMessages(ctx);
    case 'help':
      return helpMessages();
  }
}

/** One day: the workout card with its buttons, a rest-day note, or race-day words. */
export function dayMessages(ctx: CoachContext, date: string, today: string): OutgoingMessage[] {
  const user = ctx.user ?? ctx.store.users.get(ctx.userId);
  const units = unitsOf(user);
  const plan = ctx.store.plans.activeRef(ctx.userId);
  if (!plan) {
    return [
      {
        html: 'No plan yet, so nothing is scheduled. Tell me your goal race (<i>10k on May 3, 4 days a week</i>) or tap below.',
        buttons: [[{ text: 'Set up my plan', data: 'setup:go' }]],
      },
    ];
  }
  const heading = date === today ? 'Today' : date === addDays(today, 1) ? 'Tomorrow' : dayLabel(date);
  if (date < plan.startDate) return [{ html: html`Your plan starts on ${dayLabel(plan.startDate)}.` }];
  if (date > plan.raceDate) return [{ html: 'That is after your race. Tell me your next goal when you are ready!' }];
  const row = ctx.store.plans.workoutOnPlan(plan.id, date);
  if (!row) {
    const next = ctx.store.plans.nextPlannedAfter(plan.id, date);
    return [{ html: restDayText(date, next ? workoutFromRow(next) : undefined, units) }];
  }
  const w = workoutFromRow(row);
  if (w.type === 'race') {
    return [
      {
        html: [
          html`<b>${heading}: race day!</b> 🏁`,
          workoutCard(w, units),
          '',
          'Start slower than you want to, settle in, and trust your training. Enjoy it. You earned this.',
        ].join('\n'),
      },
    ];
  }
  return [{ html: workoutCard(w, units, heading), buttons: workoutButtons(w, today) }];
}
