/** Feedback on its own: effort, feeling, pain. */
import { findRpe } from './body.ts';
import { ask, dayMentions, hint, tools } from './helpers.ts';
import { feedbackCall } from './run.ts';
import { Hint, type Input, type Outcome } from './types.ts';

export function detectFeedback(i: Input): Outcome {
  const { t } = i;
  const ms = dayMentions(i.dates('past')).filter((m) => m.date <= i.today);
  const fb = feedbackCall(i, ms[0]?.date ?? i.today, false);
  if (fb instanceof Hint) return fb.hint.key === 'und-ask-pain' ? ask(i, fb.hint, 'pain') : hint(fb.hint);
  if (!fb) return null;
  // One polite word is not feedback on its own unless it reads like an answer about a run.
  const words = t
    .replace(/[^a-z0-9/ ]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (fb.name === 'record_feedback' && fb.args.pain === undefined && !findRpe(t).length) {
    if (/\b(?:thanks|thank you|cheers)\b/.test(t) && words.length <= 4) return null;
    if (
      /^(?:ok|okay|alright|all right|fine|cool|good|nice|great|perfect|sounds good)$/.test(words.join(' ')) &&
      !/^(?:good|great|fine)$/.test(words.join(' '))
    ) {
      return null;
    }
  }
  return tools([fb]);
}
