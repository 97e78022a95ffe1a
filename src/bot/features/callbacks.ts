import { Composer } from 'grammy';
import { expectAnswer } from '../../coach/conversation/dialogue.ts';
import { raceConfirmButton } from '../../coach/conversation/flows.ts';
import { respondToCalls, respondToQuestion } from '../../coach/conversation/respond.ts';
import { setupAnswer } from '../../coach/conversation/setup.ts';
import { coachLanguage } from '../../coach/language.ts';
import { FEELING_RPE } from '../../coach/offline/index.ts';
import { logPrompt } from '../../coach/replies/questions.ts';
import { moveChoices } from '../../coach/replies/workout.ts';
import type { OutgoingMessage } from '../../coach/types.ts';
import { decode } from '../../messages/callback-data.ts';
import { t } from '../../messages/i18n.ts';
import type { BotContext } from '../context.ts';
import { sendMessages } from '../send.ts';
import { chatLanguage } from './chat-language.ts';

export const callbacksFeature = new Composer<BotContext>();

/** Workout, feedback and setup buttons. Stale or forged data gets a polite answer, never an error. */
callbacksFeature.on('callback_query:data', async (ctx) => {
  const action = decode(ctx.callbackQuery.data);
  if (!ctx.runner) {
    await ctx.answerCallbackQuery({ text: t(chatLanguage(ctx), 'feat-toast-start-first') });
    return;
  }
  if (!action) {
    await ctx.answerCallbackQuery({ text: t(chatLanguage(ctx), 'feat-toast-expired-today') });
    return;
  }
  const cc = ctx.coachCtx();
  let replies: OutgoingMessage[];
  switch (action.a) {
    case 'done':
      replies = respondToCalls(cc, [{ name: 'complete_workout', args: { date: action.date } }]);
      break;
    case 'skip':
      replies = respondToCalls(cc, [{ name: 'skip_workout', args: { date: action.date } }]);
      break;
    case 'move':
      replies = moveChoices(cc, action.date);
      break;
    case 'moveTo':
      replies = respondToCalls(cc, [{ name: 'reschedule_workout', args: { date: action.date, newDate: action.to } }]);
      break;
    case 'rpe':
      replies = respondToCalls(cc, [{ name: 'record_feedback', args: { date: action.date, rpe: action.rpe } }]);
      break;
    case 'feel': {
      const rpe = FEELING_RPE[action.feeling];
      replies = respondToCalls(cc, [
        { name: 'record_feedback', args: { date: action.date, rpe, feeling: action.feeling } },
      ]);
      break;
    }
    case 'words':
      expectAnswer(cc, { kind: 'feedback', date: action.date });
      replies = [{ html: t(coachLanguage(cc), 'feat-in-words') }];
      break;
    case 'today':
      replies = respondToQuestion(cc, { topic: 'today' });
      break;
    case 'week':
      replies = respondToQuestion(cc, { topic: 'week' });
      break;
    case 'ask':
      if (action.what === 'log') {
        expectAnswer(cc, { kind: 'log' });
        replies = [{ html: logPrompt(coachLanguage(cc)) }];
      } else {
        replies = respondToQuestion(cc, { topic: 'help' });
      }
      break;
    case 'unskip':
      replies = respondToCalls(cc, [{ name: 'restore_workout', args: { date: action.date } }]);
      break;
    case 'race':
      replies = raceConfirmButton(cc, action.yes) ?? [{ html: t(coachLanguage(cc), 'button-expired') }];
      break;
    default:
      replies = setupAnswer(cc, action);
  }
  await ctx.answerCallbackQuery();
  await sendMessages(ctx, replies);
});
