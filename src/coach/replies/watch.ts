/**
 * Texts for the runner's devices and calendars: FIT workout files, the calendar feed, intervals.icu and activity
 * files (issue 16), in the runner's language (locales/<lang>/features.ftl). Telegram HTML, escaped.
 */

import type { StoredWorkout } from '../../db/store/index.ts';
import { distanceText } from '../../messages/format.ts';
import { escapeHtml, html } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import type { Language } from '../../messages/languages.ts';
import type { Units } from '../../messages/units.ts';
import { dayLabel } from '../../time/local.ts';
import type { OutgoingMessage } from '../types.ts';
import { workoutLine, workoutTitle } from './workout.ts';

/** The runner's language and Intl locale, as every reply here needs both. */
export interface Speech {
  lang: Language;
  locale: string;
}

const ENGLISH: Speech = { lang: 'en', locale: 'en' };

export function fitDocument(
  w: StoredWorkout,
  filename: string,
  content: Buffer,
  units: Units,
  speech: Speech = ENGLISH,
): OutgoingMessage {
  const { lang, locale } = speech;
  const caption = html`⌚ ${workoutTitle(w, lang)} · ${distanceText(lang, w.distanceKm, units)} · ${dayLabel(w.date, locale)}`;
  return {
    html: caption,
    document: { filename, content, caption: `${caption}\n${t(lang, 'feat-fit-how-to')}` },
  };
}

export function fitNothingOn(
  date: string,
  next: StoredWorkout | undefined,
  units: Units,
  speech: Speech = ENGLISH,
): OutgoingMessage {
  const { lang, locale } = speech;
  const lines = [t(lang, 'feat-fit-nothing-on', { date: escapeHtml(dayLabel(date, locale)) })];
  if (next) {
    lines.push(t(lang, 'feat-fit-next', { workout: workoutLine(next, units, lang, locale), iso: next.date }));
  }
  return { html: lines.join('\n') };
}

export function fitNoPlan(lang: Language = 'en'): OutgoingMessage {
  return { html: t(lang, 'feat-fit-no-plan') };
}

export function fitBadDate(lang: Language = 'en'): OutgoingMessage {
  return { html: t(lang, 'feat-fit-bad-date') };
}

export function calendarLink(url: string, renewed: boolean, lang: Language = 'en'): OutgoingMessage {
  return {
    html: [
      renewed ? t(lang, 'feat-calendar-new') : t(lang, 'feat-calendar-intro'),
      html`<code>${url}</code>`,
      t(lang, 'feat-calendar-private'),
    ].join('\n\n'),
    buttons: [[{ text: t(lang, 'feat-btn-calendar-renew'), data: 'calnew' }]],
  };
}

export function calendarNoPlanNote(lang: Language = 'en'): string {
  return t(lang, 'feat-calendar-no-plan');
}

export function intervalsNotSetUp(lang: Language = 'en'): OutgoingMessage {
  return { html: t(lang, 'feat-intervals-not-set-up') };
}

export function intervalsAsk(lang: Language = 'en'): OutgoingMessage {
  return { html: t(lang, 'feat-intervals-ask') };
}

export function intervalsConnected(athleteId: string, events: number, lang: Language = 'en'): OutgoingMessage {
  return { html: t(lang, 'feat-intervals-connected', { athlete: escapeHtml(athleteId), events }) };
}

export function intervalsStatus(athleteId: string, lang: Language = 'en'): OutgoingMessage {
  return {
    html: t(lang, 'feat-intervals-status', { athlete: escapeHtml(athleteId) }),
    buttons: [[{ text: t(lang, 'feat-btn-intervals-disconnect'), data: 'ivoff' }]],
  };
}

export function intervalsRefused(lang: Language = 'en'): OutgoingMessage {
  return { html: t(lang, 'feat-intervals-refused') };
}

export function intervalsUnavailable(lang: Language = 'en'): OutgoingMessage {
  return { html: t(lang, 'feat-intervals-unavailable') };
}

export function intervalsUnreadable(lang: Language = 'en'): OutgoingMessage {
  return { html: t(lang, 'feat-intervals-unreadable') };
}

export function intervalsDisconnected(removed: number, reachable: boolean, lang: Language = 'en'): OutgoingMessage {
  return {
    html: reachable
      ? t(lang, 'feat-intervals-disconnected', { removed })
      : t(lang, 'feat-intervals-disconnected-unreachable'),
  };
}

export function intervalsNotConnected(lang: Language = 'en'): OutgoingMessage {
  return { html: t(lang, 'feat-intervals-not-connected') };
}

export type ActivityFileProblem =
  | 'unsupported'
  | 'unsupported_media'
  | 'empty'
  | 'corrupt'
  | 'not_running'
  | 'no_distance'
  | 'too_big'
  | 'download'
  | 'future'
  | 'too_fast';

/** Each problem's key, written literally so the locales test sees every one used. */
const FILE_PROBLEM_KEYS: Record<ActivityFileProblem, string> = {
  unsupported: 'feat-file-unsupported',
  unsupported_media: 'feat-file-unsupported-media',
  empty: 'feat-file-empty',
  corrupt: 'feat-file-corrupt',
  not_running: 'feat-file-not-running',
  no_distance: 'feat-file-no-distance',
  too_big: 'feat-file-too-big-activity',
  download: 'feat-file-download',
  future: 'feat-file-future',
  too_fast: 'feat-file-too-fast',
};

/**
 * Why an activity file could not be logged; nothing was changed. `sport` is the file's own name for a sport that
 * is not running ("cycling"; GPX's "a cycling file"): English names it, the other languages leave it out.
 */
export function activityFileProblem(
  reason: ActivityFileProblem,
  lang: Language = 'en',
  sport?: string,
): OutgoingMessage {
  if (reason === 'not_running' && sport) {
    const name = sport.replace(/^an? /, '').replace(/ file$/, '');
    return { html: t(lang, 'feat-file-sport', { sport: escapeHtml(name) }) };
  }
  return { html: t(lang, FILE_PROBLEM_KEYS[reason]) };
}
