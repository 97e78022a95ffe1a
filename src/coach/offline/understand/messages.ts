/** Pausing and resuming scheduled messages. */
import type { ToolArgs } from '../../tools/schemas.ts';
import { call, tools } from './helpers.ts';
import type { Input, Outcome } from './types.ts';

/** A message noun must be named: "stop during my morning run" is not about messages. */
export const MESSAGE_WORDS =
  /\b(?:messages?|check[- ]?ins?|reminders?|summar(?:y|ies)|notifications?|texts?|pings?)\b|\bstop sending\b/;

export function messageKinds(t: string): ToolArgs<'set_messages'>['kinds'] {
  const kinds: ('morning' | 'evening' | 'weekly')[] = [];
  if (/\bmorning|daily|workout messages?\b/.test(t)) kinds.push('morning');
  if (/\bevening|check[- ]?ins?\b/.test(t)) kinds.push('evening');
  if (/\bweekly|summar(?:y|ies)\b/.test(t)) kinds.push('weekly');
  return kinds.length ? kinds : undefined;
}

/** "please stop sending me morning messages", "resume the evening check-ins". */
export function detectMessages(i: Input): Outcome {
  const { t } = i;
  if (!MESSAGE_WORDS.test(t)) return null;
  if (
    /\b(?:stop|pause|mute|silence|no more|don't send|do not send|dont send|turn off|switch off|(?:turn|switch) (?:[\w-]+ ){1,3}off|disable|quit sending|hold off)\b/.test(
      t,
    )
  ) {
    return tools([call('set_messages', { paused: true, kinds: messageKinds(t) })]);
  }
  if (
    /\b(?:resume|restart|unpause|un-pause|turn (?:back )?on|switch (?:back )?on|(?:turn|switch) (?:[\w-]+ ){1,3}back on|enable|start sending|send (?:me )?(?:the |my )?\w+ (?:\w+ )?again)\b/.test(
      t,
    )
  ) {
    return tools([call('set_messages', { paused: false, kinds: messageKinds(t) })]);
  }
  return null;
}
