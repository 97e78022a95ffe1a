/**
 * The one sentence a logged run gets when it is a single-run spike (rule 5 on logged runs, design.md). Pure, so
 * the words live in the messages layer without touching the check (training/load/run-spike.ts).
 */
import { distanceText } from '../../messages/format.ts';
import { t } from '../../messages/i18n.ts';
import type { Language } from '../../messages/languages.ts';
import type { Units } from '../../messages/units.ts';
import type { RunSpike } from '../../training/load/run-spike.ts';

export function spikeNote(spike: RunSpike, units: Units, eased: boolean, lang: Language = 'en'): string {
  return t(lang, 'out-spike', {
    run: distanceText(lang, spike.distanceKm, units),
    pct: String(spike.overPct),
    longest: distanceText(lang, spike.longestKm, units),
    eased: eased ? 'yes' : 'no',
  });
}
