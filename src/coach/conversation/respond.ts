/**
 * The one way commands, buttons and the offline coach act: run tool calls, then answer with templates.
 * Questions (today, week, plan...) are answered from the same tools' data.
 */
import { workoutFromRow } from '../../db/store/plans.ts';
import { html } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import { languageOf, localeOf } from '../../messages/languages.ts';
import { addDays, dayLabel, localDate } from '../../time/local.ts';
import { heartOf } from '../../training/zones/heart-rate.ts';
import { coachLanguage } from '../language.ts';
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
  if (!user) return [{ html: t(coachLanguage(ctx), 'send-start-first') }];
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
      return helpMessages(coachLanguage(ctx));
  }
}

/** One day: the workout card with its buttons, a rest-day note, or race-day words. */
export function dayMessages(ctx: CoachContext, date: string, today: string): OutgoingMessage[] {
  const user = ctx.user ?? ctx.store.users.get(ctx.userId);
  const units = unitsOf(user);
  const lang = languageOf(user);
  const locale = localeOf(user);
  const plan = ctx.store.plans.activeRef(ctx.userId);
  if (!plan) {
    return [
      {
        html: t(lang, 'day-no-plan'),
        buttons: [[{ text: t(lang, 'btn-setup-plan'), data: 'setup:go' }]],
      },
    ];
  }
  const heading =
    date === today
      ? t(lang, 'day-today')
      : date === addDays(today, 1)
        ? t(lang, 'day-tomorrow')
        : dayLabel(date, locale);
  if (date < plan.startDate) return [{ html: t(lang, 'day-plan-starts', { date: dayLabel(plan.startDate, locale) }) }];
  if (date > plan.raceDate) return [{ html: t(lang, 'day-after-race') }];
  const row = ctx.store.plans.workoutOnPlan(plan.id, date);
  if (!row) {
    const next = ctx.store.plans.nextPlannedAfter(plan.id, date);
    return [{ html: restDayText(date, next ? workoutFromRow(next) : undefined, units, lang, locale) }];
  }
  const w = workoutFromRow(row);
  if (w.type === 'race') {
    return [
      {
        html: [
          html`<b>${t(lang, 'day-race-heading', { day: heading })}</b> 🏁`,
          workoutCard(w, units, undefined, lang, heartOf(user)),
          '',
          t(lang, 'day-race-words'),
        ].join('\n'),
      },
    ];
  }
  return [{ html: workoutCard(w, units, heading, lang, heartOf(user)), buttons: workoutButtons(w, today, lang) }];
}
