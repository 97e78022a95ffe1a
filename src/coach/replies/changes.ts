/**
 * Words for the engine's structured changes (src/training/adaptation/types.ts): every change to a plan arrives as
 * codes and numbers, and this one file turns them into a sentence with numbers. Pure functions of the codes (issue
 * 17 moves all words into a messages layer).
 */
import { html } from '../../messages/html.ts';
import { formatDistance, type Units } from '../../messages/units.ts';
import { dayLabel } from '../../time/local.ts';
import type { ChangeCode, ChangeReason } from '../../training/adaptation/types.ts';

/** What the replies need of one changed day. */
export interface ChangeFacts {
  date: string;
  reasons: readonly ChangeReason[];
  /** Active km before and after (0: rest or skipped). */
  fromKm: number;
  toKm: number;
}

// The rule number stays in the data (the export, the model's facts): a runner reads the reason, not design.md's numbering.
const rule = (_r: ChangeReason) => '';

/** One reason as a clause: "kept within 10 % of your recent longest run (rule 5)". */
export function reasonClause(r: ChangeReason, units: Units): string {
  const km = (x: number | undefined) => formatDistance(x ?? 0, units);
  const clause: Record<ChangeCode, () => string> = {
    missed: () => 'marked as missed',
    skipped: () => (r.note ? html`skipped (${r.note})` : 'skipped'),
    partial: () => `${km(r.value)} of ${km(r.ref)} run`,
    ran: () => `${km(r.value)} run`,
    moved_from: () => (r.date ? `moved here from ${dayLabel(r.date)}` : 'moved here'),
    moved_to: () => (r.date ? `moved to ${dayLabel(r.date)}` : 'moved'),
    swapped: () => (r.date ? `swapped with ${dayLabel(r.date)}` : 'swapped'),
    rest_illness: () => `rest for ${r.value ?? ''} days of illness`.replace('  ', ' '),
    rest_injury: () => `rest for ${r.value ?? ''} days of injury`.replace('  ', ' '),
    hold_pain: () => `on hold after pain of ${r.value}/10 until you are cleared${rule(r)}`,
    lighter_hard_easy: () => `lighter after an easy run at effort ${r.value}/10`,
    lighter_unplanned: () => `lighter after a hard extra run at effort ${r.value}/10`,
    lighter_exhausted: () => 'lighter because you felt exhausted',
    lighter_pain: () => `lighter while the pain (${r.value}/10) settles`,
    lighter_fatigue: () => `at about ${r.value} % while you recover`,
    lighter_load: () => `lighter: your last 7 days were ${r.value}× your usual load`,
    easing_back: () => `easing back in at about ${r.value} %`,
    return_easy_only: () => `easy running only in the first 7 days back${rule(r)}`,
    return_volume: () => `at most ${km(r.value)} in those 7 days back${rule(r)}`,
    return_resume: () => (r.date ? `running resumes here (moved up from ${dayLabel(r.date)})` : 'back on the plan'),
    return_paces: () => `paces from VDOT ${r.value} instead of ${r.ref} for the time off${rule(r)}`,
    busy_moved_to: () => (r.date ? `moved to ${dayLabel(r.date)} for ${r.signal}` : `moved for ${r.signal}`),
    busy_skipped: () => `skipped for ${r.signal === 'travel' ? 'travel' : 'a busy stretch'}`,
    busy_support: () => `longer so the long run can stay long${rule(r)}`,
    busy_kept: () => `kept so the long run can stay long${rule(r)}`,
    new_paces: () => (r.ref !== undefined ? `paces from VDOT ${r.value} (was ${r.ref})` : `paces from VDOT ${r.value}`),
    long_time_cap: () => `long run capped at ${km(r.value)}, ${r.ref} minutes at your easy pace${rule(r)}`,
    tuneup_recovery: () => `easy for ${r.value} days after racing ${km(r.ref)}${rule(r)}`,
    spike_ease: () =>
      `easier after your ${km(r.value)} run, more than 10 % past your longest of the 30 days before (${km(r.ref)})${rule(r)}`,
    spike_cap: () => `kept within 10 % of your longest run of the last 30 days, ${km(r.value)}${rule(r)}`,
    week_growth: () => `the week kept to ${km(r.ref)}, at most 10 % over your recent weeks${rule(r)}`,
    quality_share: () => `the session kept within its share of the week${rule(r)}`,
    long_share: () => `the long run kept to ${r.value} % of its week${rule(r)}`,
    long_longest: () => `no run longer than the long run${rule(r)}`,
  };
  return clause[r.code]();
}

/** Codes that say what the runner did, not what the plan did: they need no explanation. */
const RECORD_ONLY = new Set<ChangeCode>(['missed', 'partial', 'ran', 'moved_from', 'moved_to', 'swapped']);

/**
 * One sentence with numbers for a whole change: how many days, how many km, and each reason once with its numbers,
 * e.g. "4 days changed (−12.5 km): easy running only in the first 7 days back (rule 15); at most 10 km in those 7
 * days back (rule 15)." Empty when nothing needs explaining.
 */
export function changesSentence(changes: readonly ChangeFacts[], units: Units): string {
  if (changes.length === 0) return '';
  const seen = new Map<string, ChangeReason>();
  for (const c of changes)
    for (const r of c.reasons) if (!RECORD_ONLY.has(r.code)) seen.set(`${r.code}:${r.value}:${r.ref}:${r.date}`, r);
  if (seen.size === 0) return '';
  const delta = Math.round(changes.reduce((s, c) => s + c.toKm - c.fromKm, 0) * 10) / 10;
  const days = changes.length === 1 ? '1 day changed' : `${changes.length} days changed`;
  const km = delta === 0 ? '' : ` (${delta > 0 ? '+' : '−'}${formatDistance(Math.abs(delta), units)})`;
  const clauses = [...seen.values()].map((r) => reasonClause(r, units));
  return `${days}${km}: ${clauses.join('; ')}.`;
}
