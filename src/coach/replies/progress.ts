/** /progress in the runner's language (locales/<lang>/answers.ftl, `ans-progress-*`). */
import { distanceText, formatNumber } from '../../messages/format.ts';
import { escapeHtml } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import type { Language } from '../../messages/languages.ts';
import { formatClock, type Units } from '../../messages/units.ts';
import { dayLabel } from '../../time/local.ts';
import { acwrBand } from '../../training/load/ewma.ts';
import type { ProgressReport } from '../engine.ts';
import type { OutgoingMessage } from '../types.ts';
import { goalName } from './plan.ts';

const ACWR_NOTE = { spike: 'ans-acwr-spike', low: 'ans-acwr-low', ok: 'ans-acwr-ok' } as const;

export function progressMessages(
  r: ProgressReport,
  units: Units,
  lang: Language = 'en',
  locale: string = lang,
): OutgoingMessage[] {
  const line = (key: string, args: Record<string, string | number>) => escapeHtml(t(lang, key, args));
  const lines = [`<b>${escapeHtml(t(lang, 'ans-progress-title'))}</b>`];
  if (r.weeks.length === 0) lines.push(escapeHtml(t(lang, 'ans-progress-empty')));
  for (const w of r.weeks) {
    const args = {
      date: dayLabel(w.startDate, locale),
      done: distanceText(lang, w.doneKm, units),
      planned: distanceText(lang, w.plannedKm, units),
    };
    lines.push(
      w.plannedKm > 0
        ? line('ans-progress-week-pct', { ...args, pct: Math.round(w.compliance * 100) })
        : line('ans-progress-week', args),
    );
  }
  if (r.acwr !== null) {
    const ratio = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(r.acwr);
    lines.push('', line('ans-progress-acwr', { ratio, note: t(lang, ACWR_NOTE[acwrBand(r.acwr)]) }));
  }
  // Fitness and fatigue: the engine decides when they mean something (pmcShownFrom); every face follows it.
  if (r.fitnessFrom) {
    lines.push(line('ans-progress-fitness-from', { date: dayLabel(r.fitnessFrom, locale) }));
  } else if (r.fitness !== null && r.fatigue !== null) {
    lines.push(
      line('ans-progress-fitness', {
        fitness: formatNumber(lang, Math.round(r.fitness), 0),
        fatigue: formatNumber(lang, Math.round(r.fatigue), 0),
        form: formatNumber(lang, Math.round(r.fitness - r.fatigue), 0),
      }),
    );
  }
  if (r.prediction) {
    lines.push(
      line('ans-progress-prediction', {
        goal: goalName(r.prediction.distance, lang),
        time: formatClock(r.prediction.timeSec),
      }),
    );
  }
  return [{ html: lines.join('\n') }];
}
