/**
 * Words for the engine's structured changes (src/training/adaptation/types.ts): every change to a plan arrives as
 * codes and numbers, and this one file turns them into a sentence with numbers. Pure functions of the codes (issue
 * 17 moves all words into a messages layer).
 */
import { distanceText } from '../../messages/format.ts';
import { escapeHtml } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import type { Language } from '../../messages/languages.ts';
import type { Units } from '../../messages/units.ts';
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

/** Where a reason's sentence lives in the locale files (outcomes.ftl), one key per code. */
const CLAUSE_KEYS: Record<ChangeCode, string> = {
  missed: 'out-why-missed',
  skipped: 'out-why-skipped',
  partial: 'out-why-partial',
  ran: 'out-why-ran',
  moved_from: 'out-why-moved-from',
  moved_to: 'out-why-moved-to',
  swapped: 'out-why-swapped',
  rest_illness: 'out-why-rest-illness',
  rest_injury: 'out-why-rest-injury',
  hold_pain: 'out-why-hold-pain',
  lighter_hard_easy: 'out-why-lighter-hard-easy',
  lighter_unplanned: 'out-why-lighter-unplanned',
  lighter_exhausted: 'out-why-lighter-exhausted',
  lighter_pain: 'out-why-lighter-pain',
  lighter_fatigue: 'out-why-lighter-fatigue',
  lighter_load: 'out-why-lighter-load',
  easing_back: 'out-why-easing-back',
  return_easy_only: 'out-why-return-easy-only',
  return_volume: 'out-why-return-volume',
  return_resume: 'out-why-return-resume',
  return_paces: 'out-why-return-paces',
  busy_moved_to: 'out-why-busy-moved-to',
  busy_skipped: 'out-why-busy-skipped',
  busy_support: 'out-why-busy-support',
  busy_kept: 'out-why-busy-kept',
  new_paces: 'out-why-new-paces',
  long_time_cap: 'out-why-long-time-cap',
  tuneup_recovery: 'out-why-tuneup-recovery',
  spike_ease: 'out-why-spike-ease',
  spike_cap: 'out-why-spike-cap',
  week_growth: 'out-why-week-growth',
  quality_share: 'out-why-quality-share',
  long_share: 'out-why-long-share',
  long_longest: 'out-why-long-longest',
};

/**
 * One reason as a clause: "kept within 10 % of your longest run of the last 30 days, 12 km". Every clause gets the
 * same arguments; a clause uses the ones its code gives meaning to (types.ts), and `date` is "none" when the
 * reason names no day (the locale files choose their wording on it).
 */
export function reasonClause(r: ChangeReason, units: Units, lang: Language = 'en', locale: string = lang): string {
  const km = (x: number | undefined) => distanceText(lang, x ?? 0, units);
  return t(lang, CLAUSE_KEYS[r.code], {
    // Numbers, so that Fluent formats them in the locale and picks plural forms ("10 дней").
    value: r.value ?? '',
    ref: r.ref ?? 'none',
    km: km(r.value),
    refKm: km(r.ref),
    date: r.date ? dayLabel(r.date, locale) : 'none',
    note: r.note ? escapeHtml(r.note) : 'none',
    signal: r.signal ?? 'none',
  }).replace(/ {2,}/g, ' ');
}

/** Codes that say what the runner did, not what the plan did: they need no explanation. */
const RECORD_ONLY = new Set<ChangeCode>(['missed', 'partial', 'ran', 'moved_from', 'moved_to', 'swapped']);

/**
 * One sentence with numbers for a whole change: how many days, how many km, and each reason once with its numbers,
 * e.g. "4 days changed (−12.5 km): easy running only in the first 7 days back (rule 15); at most 10 km in those 7
 * days back (rule 15)." Empty when nothing needs explaining.
 */
export function changesSentence(
  changes: readonly ChangeFacts[],
  units: Units,
  lang: Language = 'en',
  locale: string = lang,
): string {
  if (changes.length === 0) return '';
  const seen = new Map<string, ChangeReason>();
  for (const c of changes)
    for (const r of c.reasons) if (!RECORD_ONLY.has(r.code)) seen.set(`${r.code}:${r.value}:${r.ref}:${r.date}`, r);
  if (seen.size === 0) return '';
  const delta = Math.round(changes.reduce((s, c) => s + c.toKm - c.fromKm, 0) * 10) / 10;
  const clauses = [...seen.values()].map((r) => reasonClause(r, units, lang, locale)).join('; ');
  if (delta === 0) return t(lang, 'out-days-changed', { n: changes.length, clauses });
  const km = `${delta > 0 ? '+' : '−'}${distanceText(lang, Math.abs(delta), units)}`;
  return t(lang, 'out-days-changed-km', { n: changes.length, km, clauses });
}
