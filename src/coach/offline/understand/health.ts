/** Illness, injury and fatigue: the plan adapts. */
import { type MessageRef, ref } from '../../../messages/refs.ts';
import type { ToolCall } from '../../tools/schemas.ts';
import { findFeeling, findPain, findRpe } from './body.ts';
import { call, hint, tools } from './helpers.ts';
import { periodStart, spanDays } from './periods.ts';
import { DEFAULT_ILLNESS_DAYS, FEELING_RPE, Hint, type Input, type Outcome } from './types.ts';

// detectors, in order

export const NEGATED_ILLNESS =
  /\b(?:not|no longer|isn't|wasn't|never) (?:sick|ill)\b|\bsick of\b|\b(?:better|recovered) now\b/;
export const ILLNESS =
  /\b(sick|ill|flu|influenza|covid(?:-19)?|corona|fever|feverish|virus|stomach bug|food poisoning|sore throat|under the weather|not feeling well|feeling unwell|unwell|chest infection|bronchitis|throwing up|vomiting|(?:a|the|head|chest|bad|nasty|have|got) cold|caught (?:a )?cold|cough(?:ing)?|diarrh?o?ea)\b/;
export const INJURY =
  /\b(injured|injury|sprain(?:ed)?|pulled (?:a |my )?(?:muscle|hamstring|calf|groin|quad)|strain(?:ed)?|torn|tore|stress fracture|fracture[d]?|broke|broken|tendinitis|tendonitis|shin splints|plantar fasciitis|itbs|runner's knee)\b/;
export const FATIGUE =
  /\b(overtrain(?:ed|ing)?|burn(?:ed|t) out|need (?:a|an|some) (?:break|rest|easier (?:week|few days|days)|easy week|lighter week|rest week|recovery week|down week|deload(?: week)?)|deload(?: week)?|take it easy (?:this|next) week|cut (?:it )?back (?:this|next) week)\b/;

export function detectHealth(i: Input): Outcome {
  const { t } = i;
  const illness = ILLNESS.test(t) && !NEGATED_ILLNESS.test(t);
  const injury = INJURY.test(t);
  const fatigue = FATIGUE.test(t);
  if (!illness && !injury && !fatigue) return null;
  const { from } = periodStart(i);
  const reason = illness ? 'illness' : injury ? 'injury' : 'fatigue';
  const days = spanDays(i, from, reason === 'illness' ? DEFAULT_ILLNESS_DAYS : reason === 'fatigue' ? 7 : null);
  if (days instanceof Hint) return hint(days.hint);
  const calls: ToolCall[] = [call('adjust_plan', { reason, fromDate: from, days: days ?? undefined })];
  const notes: MessageRef[] = [];
  if (reason === 'illness' && !/\d ?(?:days?|weeks?)|week|until|till|few days/.test(t)) {
    notes.push(ref('und-note-illness-days', { days: DEFAULT_ILLNESS_DAYS }));
  }
  if (injury || reason === 'illness') {
    const pain = findPain(t);
    if (pain) {
      const severity = pain.severity ?? findRpe(t).find((r) => !r.keyword)?.value ?? pain.intensity;
      if (severity < 1 || severity > 10) return hint('und-hint-pain');
      const feeling = findFeeling(t);
      calls.push(
        call('record_feedback', {
          date: i.today,
          rpe: feeling ? FEELING_RPE[feeling] : undefined,
          feeling: feeling ?? undefined,
          pain: { location: pain.location, severity },
          notes: i.raw.trim().slice(0, 1000),
        }),
      );
    }
  }
  return tools(calls, notes);
}
