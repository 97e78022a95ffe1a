/** Putting a skipped workout back. */
import { call, dayMentions, tools } from './helpers.ts';
import type { Input, Outcome } from './types.ts';

/** "actually I can run on thursday, put it back", "unskip Friday". */
export function detectRestore(i: Input): Outcome {
  const { t } = i;
  if (
    !/\b(?:put (?:it|that|the (?:run|workout|session)|my (?:run|workout)) back|unskip|un-skip|undo (?:the |that )?skip|bring (?:it|that|the (?:run|workout)) back|restore|can run (?:on \w+ )?after all|didn't (?:want|mean) to skip)\b/.test(
      t,
    )
  ) {
    return null;
  }
  const date = dayMentions(i.dates('future'))[0]?.date ?? i.today;
  return tools([call('restore_workout', { date })]);
}
