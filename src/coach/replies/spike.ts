/**
 * The one sentence a logged run gets when it is a single-run spike (rule 5 on logged runs, design.md). Pure, so
 * issue 17 can move the words without touching the check (training/load/run-spike.ts).
 */
import { formatDistance, type Units } from '../../messages/units.ts';
import type { RunSpike } from '../../training/load/run-spike.ts';

export function spikeNote(spike: RunSpike, units: Units, eased: boolean): string {
  const run = formatDistance(spike.distanceKm, units);
  const longest = formatDistance(spike.longestKm, units);
  const then = eased ? ', so I eased the next days' : '; go easy for the next days';
  return `Heads up: ${run} is ${spike.overPct} % longer than your longest run of the previous 30 days (${longest}); jumps over 10 % raise the injury risk${then}.`;
}
