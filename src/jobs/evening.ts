/**
 * The evening check-in: at the runner's evening time, when today's planned workout has neither a run nor feedback
 * (and is still `planned`), ask how it went, with Done / Skipped / effort buttons and an invitation to answer in
 * words. A runner whose run already came in (a log, Strava) is not asked.
 */

import { feedbackRow, unitsOf, workoutLine } from '../coach/replies/workout.ts';
import type { OutgoingMessage } from '../coach/types.ts';
import type { User } from '../db/store/index.ts';
import { workoutFromRow } from '../db/store/plans.ts';
import { encode } from '../messages/callback-data.ts';
import { translator } from '../messages/i18n.ts';
import { languageOf, localeOf } from '../messages/languages.ts';
import type { JobContext, JobOutcome } from './context.ts';
import { endOfLocalDay, fanout } from './fanout.ts';

export function eveningMessages(ctx: JobContext, user: User, date: string): OutgoingMessage[] | null {
  const { store } = ctx;
  const plan = store.plans.activeRef(user.telegramId);
  if (!plan) return null;
  const row = store.plans.workoutOnPlan(plan.id, date);
  if (row?.status !== 'planned' || row.type === 'race') return null;
  if (store.runs.between(user.telegramId, date, date).length > 0) return null;
  if (store.feedback.between(user.telegramId, date, date).length > 0) return null;
  const w = workoutFromRow(row);
  const lang = languageOf(user);
  const tr = translator(lang);
  return [
    {
      html: [tr('evening-title'), workoutLine(w, unitsOf(user), lang, localeOf(user)), '', tr('evening-invite')].join(
        '\n',
      ),
      buttons: [
        [
          { text: tr('evening-btn-done'), data: encode({ a: 'done', date }) },
          { text: tr('evening-btn-skipped'), data: encode({ a: 'skip', date }) },
        ],
        feedbackRow(date, lang),
      ],
    },
  ];
}

export function runEvening(ctx: JobContext): Promise<JobOutcome> {
  return fanout(ctx, {
    kind: 'evening',
    compose: (user, slot) => eveningMessages(ctx, user, slot.date),
    expiresAt: (user, slot) => endOfLocalDay(user, slot.date),
  });
}
