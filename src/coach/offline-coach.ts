/**
 * The offline coach: no language model, no network. It understands the common phrasings (src/coach/offline)
 * and acts through the same tools as buttons and the Gemini coach. It always answers.
 */
import { escapeHtml, html } from '../messages/html.ts';
import { t } from '../messages/i18n.ts';
import { type Language, languageOf } from '../messages/languages.ts';
import { type MessageRef, renderRef } from '../messages/refs.ts';
import { expectAnswer } from './conversation/dialogue.ts';
import { placeQuestion } from './conversation/onboarding.ts';
import { type Question, respondToQuestion, runCalls } from './conversation/respond.ts';
import { coachLanguage, coachLocale } from './language.ts';
import { type Understanding, understand } from './offline/index.ts';
import type { Coach, CoachContext, CoachReply, OutgoingMessage } from './types.ts';

export function understandFor(ctx: CoachContext, text: string): Understanding {
  const user = ctx.store.users.get(ctx.userId);
  return understand(text, {
    now: ctx.now(),
    timezone: user?.timezone ?? 'UTC',
    units: user?.units ?? 'km',
    hasPlan: ctx.store.plans.activeRef(ctx.userId) !== undefined,
    longRunDay: user?.longRunDay ?? 'sun',
    planGoal: ctx.store.plans.activeRow(ctx.userId)?.goal,
    language: user?.languageCode,
  });
}

export function answerUnderstanding(ctx: CoachContext, u: Understanding): OutgoingMessage[] {
  switch (u.kind) {
    case 'tools': {
      const { messages: replies, ok } = runCalls(ctx, u.calls);
      if (!ok) return replies;
      // Say what was guessed ("race day assumed to be the first Sunday of April"), so the runner can correct it.
      const last = replies[replies.length - 1];
      if (last && u.notes?.length)
        last.html += `\n\n<i>${escapeHtml(u.notes.map((n) => said(ctx, n)).join(' · '))}</i>`;
      // A first plan from one sentence: onboarding's last questions (where, what time) come next.
      if (u.calls.some((c) => c.name === 'create_plan') && isFirstPlan(ctx)) return [...replies, ...placeQuestion(ctx)];
      return replies;
    }
    case 'question':
      return u.topic === 'day' && u.date
        ? respondToQuestion(ctx, { topic: 'day', date: u.date })
        : respondToQuestion(ctx, {
            topic: u.topic === 'day' ? 'today' : u.topic,
            ...(u.date && u.topic === 'week' ? { date: u.date } : {}),
          } as Question);
    case 'greeting': {
      const lang = coachLanguage(ctx);
      return [
        {
          html: t(lang, 'feat-greeting'),
          buttons: [
            [
              { text: t(lang, 'btn-today-workout'), data: 'today' },
              { text: t(lang, 'btn-this-week'), data: 'week' },
            ],
          ],
        },
      ];
    }
    case 'thanks':
      return [{ html: t(coachLanguage(ctx), 'feat-thanks') }];
    case 'unknown':
      // A clarifying question registers the answer it waits for, and carries no examples block.
      if (u.expect) expectAnswer(ctx, u.expect);
      return u.hint ? [{ html: html`${said(ctx, u.hint)}` }] : notUnderstood(ctx);
  }
}

/** A hint or a guess of the understanding, in the runner's language (dates in his locale). */
function said(ctx: CoachContext, message: MessageRef): string {
  return renderRef(coachLanguage(ctx), message, coachLocale(ctx));
}

/** The runner's first plan, with no open question and the zone never set: ask where they are. */
function isFirstPlan(ctx: CoachContext): boolean {
  const user = ctx.store.users.get(ctx.userId);
  return !!user && user.timezone === 'UTC' && !user.pendingFlow && ctx.store.plans.all(ctx.userId).length === 1;
}

/**
 * Examples in the runner's language for what they most likely want next: with a plan, logging, feedback, moving
 * and illness; without one, the goal first.
 */
function examplesFor(lang: Language, hasPlan: boolean): string[] {
  return hasPlan
    ? [
        t(lang, 'feat-example-log'),
        t(lang, 'feat-example-feel'),
        t(lang, 'feat-example-move'),
        t(lang, 'feat-example-sick'),
      ]
    : [t(lang, 'feat-example-plan'), t(lang, 'feat-example-log')];
}

/** "I didn't get that": a few examples and buttons for what the runner most likely wants. */
export function notUnderstood(ctx?: CoachContext, hint?: string): OutgoingMessage[] {
  if (hint) return [{ html: html`${hint}` }];
  const hasPlan = ctx ? ctx.store.plans.activeRef(ctx.userId) !== undefined : false;
  const lang = ctx ? coachLanguage(ctx) : languageOf(undefined);
  const sample = examplesFor(lang, hasPlan).map((e) => html`• <i>${e}</i>`);
  return [
    {
      html: [t(lang, 'feat-not-understood'), ...sample].join('\n'),
      buttons: hasPlan
        ? [
            [
              { text: t(lang, 'btn-today-workout'), data: 'today' },
              { text: t(lang, 'btn-this-week'), data: 'week' },
            ],
            [
              { text: t(lang, 'feat-btn-log-run'), data: 'ask:log' },
              { text: t(lang, 'feat-btn-what-can-you-do'), data: 'ask:help' },
            ],
          ]
        : [
            [
              { text: t(lang, 'btn-setup-plan'), data: 'setup:go' },
              { text: t(lang, 'feat-btn-what-can-you-do'), data: 'ask:help' },
            ],
          ],
    },
  ];
}

export const offlineCoach: Coach = {
  async reply(ctx: CoachContext, text: string): Promise<CoachReply> {
    return { messages: answerUnderstanding(ctx, understandFor(ctx, text)), via: 'offline' };
  },
};
