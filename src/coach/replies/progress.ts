import { html } from '../../messages/html.ts';
import { formatClock, formatDistance, type Units } from '../../messages/units.ts';
import { dayLabel } from '../../time/local.ts';
import { acwrBand } from '../../training/load/ewma.ts';
import type { ProgressReport } from '../engine.ts';
import type { OutgoingMessage } from '../types.ts';

export function progressMessages(r: ProgressReport, units: Units): OutgoingMessage[] {
  const lines = ['<b>Your training</b>'];
  if (r.weeks.length === 0) lines.push('No weeks to show yet.');
  for (const w of r.weeks) {
    const pct = w.plannedKm > 0 ? ` (${Math.round(w.compliance * 100)} %)` : '';
    lines.push(
      html`Week of ${dayLabel(w.startDate)}: ${formatDistance(w.doneKm, units)} of ${formatDistance(w.plannedKm, units)}${pct}`,
    );
  }
  if (r.acwr !== null) {
    const note = {
      spike: 'a spike: I will keep next week lighter',
      low: 'below your usual: room to build',
      ok: 'a healthy range',
    }[acwrBand(r.acwr)];
    lines.push('', html`Load ratio (7 vs 28 days): ${r.acwr.toFixed(2)}, ${note}.`);
  }
  // Fitness and fatigue: the engine decides when they mean something (pmcShownFrom); every face follows it.
  if (r.fitnessFrom) {
    lines.push(html`Fitness and fatigue appear from ${dayLabel(r.fitnessFrom)}, after three weeks of logged runs.`);
  } else if (r.fitness !== null && r.fatigue !== null) {
    lines.push(
      html`Fitness ${Math.round(r.fitness)} · fatigue ${Math.round(r.fatigue)} · form ${Math.round(r.fitness - r.fatigue)}`,
    );
  }
  if (r.prediction) {
    lines.push(html`Race prediction: ${r.prediction.distance} in about ${formatClock(r.prediction.timeSec)}.`);
  }
  return [{ html: lines.join('\n') }];
}
