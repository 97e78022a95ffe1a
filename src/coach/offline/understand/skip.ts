/** Skipping a workout. */
import { call, dayMentions, tools } from './helpers.ts';
import type { Input, Outcome } from './types.ts';

export const SKIP =
  /\b(skip|skipping|skipped|miss|missing|missed|cancel|cancell?ed|drop|can'?t run|cannot run|can not run|won'?t (?:be able to )?run|not (?:going to |gonna )?(?:run|running)|no run(?:ning)?|(?:take|taking) (?:a |the )?(?:day|rest day) off|day off|rest day|need (?:a )?rest (?:today|tomorrow))\b/;

export function detectSkip(i: Input): Outcome {
  const { t } = i;
  const m = SKIP.exec(t);
  if (!m) return null;
  if (/^(?:should|what|how|when|is|are|do|does|why|which)\b/.test(t)) return null;
  if (/\brest day\b/.test(m[0]) && /\?$/.test(t)) return null;
  // "I miss running (so much)" is longing for it, not a workout missed.
  if (/\bi (?:really |so )?miss (?:running|it|my runs)\b/.test(t)) return null;
  const past = /\b(?:skipped|missed|didn't run|did not run)\b/.test(t);
  const ms = dayMentions(i.dates(past ? 'past' : 'future'));
  const date = ms[0]?.date ?? i.today;
  const r = /\b(?:because(?: of)?|cause|cuz|coz|due to|as i|since i|bc)\s+(.+)$/.exec(t) ?? / (?:-|:) (.+)$/.exec(t);
  const reason = r?.[1]?.trim().slice(0, 300) || undefined;
  return tools([call('skip_workout', { date, reason })]);
}
