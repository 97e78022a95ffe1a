/** Clearance to run again after a break. */
import { isQuestion } from './ask.ts';
import { call, tools } from './helpers.ts';
import type { Input, Outcome } from './types.ts';

/** "saw the physio, she says I can run easy again", "I'm healthy again", "cleared to run". */
export function detectClearance(i: Input): Outcome {
  const { t } = i;
  if (isQuestion(t) && !/\bi'm\b/.test(t)) return null;
  if (
    /\b(?:(?:got|been|was|i'm|i am|fully|medically) cleared|cleared (?:me|to|for|by)|all clear|healthy again|well again|fit again|better again|(?:i'm|i am|i've|i have|fully|finally) recovered|feel(?:ing)? (?:fine|good|better|ok|okay|healthy) again|(?:can|could|allowed to|able to|ok to|okay to) (?:start )?(?:run|running|train|training)(?: easy| easily| gently)? again|back to running|good to run|no longer (?:sick|ill|injured)|not (?:sick|ill|injured) anymore|(?:pain|knee|injury|cold|flu|illness|it)(?:'s| is) gone)\b/.test(
      t,
    )
  ) {
    return tools([call('return_to_running', { notes: i.raw.trim().slice(0, 300) })]);
  }
  return null;
}
