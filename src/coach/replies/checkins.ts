/** The words of the check-ins (src/coach/conversation/checkins.ts): short, one question or caution each. */
import { bodyPartText } from '../../messages/body.ts';
import { escapeHtml } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import type { Language } from '../../messages/languages.ts';
import { dayLabel } from '../../time/local.ts';
import type { CheckIn } from '../conversation/checkins.ts';
import { workoutTitle } from './workout.ts';

/** "your knee (4/10)", "the pain": where it hurts in the runner's language (or their own word), escaped. */
function painOf(lang: Language, c: { location: string | null; severity: number | null }): string {
  const location = c.location ? escapeHtml(bodyPartText(lang, c.location)) : null;
  const severity = c.severity ? String(c.severity) : null;
  if (location && severity) return t(lang, 'out-pain-at-rated', { location, severity });
  if (location) return t(lang, 'out-pain-at', { location });
  if (severity) return t(lang, 'out-pain-rated', { severity });
  return t(lang, 'out-pain-any');
}

export function checkInText(c: CheckIn, lang: Language = 'en', locale: string = lang): string {
  switch (c.code) {
    // The "above the neck" rule (Eichner, Phys Sportsmed 1993; as the Mayo Clinic puts it): a runny nose or a
    // mild sore throat may allow an easy run; fever, aches or chest symptoms mean rest.
    case 'while_ill':
      return t(lang, 'out-checkin-ill', { date: dayLabel(c.since, locale) });
    case 'while_injured':
      return t(lang, 'out-checkin-injured', { pain: painOf(lang, c) });
    case 'while_on_hold':
      return t(lang, 'out-checkin-on-hold', { date: dayLabel(c.since, locale), pain: painOf(lang, c) });
    case 'rest_day':
      return t(lang, 'out-checkin-rest-day', { date: dayLabel(c.date, locale) });
    case 'skipped_day':
      return t(lang, 'out-checkin-skipped', {
        title: escapeHtml(workoutTitle(c, lang)),
        date: dayLabel(c.date, locale),
      });
  }
}
