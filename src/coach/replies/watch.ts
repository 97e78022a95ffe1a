/**
 * Texts for the runner's devices and calendars: FIT workout files, the calendar feed, intervals.icu and activity
 * files (issue 16). Telegram HTML, escaped.
 */

import type { StoredWorkout } from '../../db/store/index.ts';
import { html, raw } from '../../messages/html.ts';
import { formatDistance, type Units } from '../../messages/units.ts';
import { dayLabel } from '../../time/local.ts';
import type { OutgoingMessage } from '../types.ts';
import { workoutLine } from './workout.ts';

/** How to get a .fit workout onto a watch (README, "Workouts on your watch"). */
const FIT_HOW_TO =
  'Garmin: copy it to the watch’s <code>GARMIN/NewFiles</code> folder over USB, or import it on intervals.icu (/intervals keeps your plan there). COROS and Wahoo: import it in their app.';

export function fitDocument(w: StoredWorkout, filename: string, content: Buffer, units: Units): OutgoingMessage {
  const caption = html`⌚ ${w.title} · ${formatDistance(w.distanceKm, units)} · ${dayLabel(w.date)}`;
  return {
    html: caption,
    document: { filename, content, caption: `${caption}\n${FIT_HOW_TO}` },
  };
}

export function fitNothingOn(date: string, next: StoredWorkout | undefined, units: Units): OutgoingMessage {
  const lines = [html`Nothing is planned on ${dayLabel(date)}: a rest day, so no workout file.`];
  if (next) lines.push(html`Next: ${raw(workoutLine(next, units))}. Send /fit ${next.date} for its file.`);
  return { html: lines.join('\n') };
}

export const FIT_NO_PLAN: OutgoingMessage = {
  html: 'You have no plan yet, so there is no workout to send to your watch. Send /setup to make one.',
};

export const FIT_BAD_DATE: OutgoingMessage = {
  html: 'I could not read that date. Try <code>/fit</code>, <code>/fit tomorrow</code>, <code>/fit saturday</code> or <code>/fit 2026-12-24</code>.',
};

export function calendarLink(url: string, renewed: boolean): OutgoingMessage {
  const first = renewed
    ? 'Here is your new calendar link; the old one no longer works.'
    : 'Your training calendar: subscribe to this link in Google Calendar, Apple Calendar or Outlook and your workouts and race appear there, updated when the plan changes.';
  return {
    html: [
      first,
      html`<code>${url}</code>`,
      'The link is private: anyone who has it can see your plan. Renew it if you shared it by mistake.',
    ].join('\n\n'),
    buttons: [[{ text: '🔄 Renew the link', data: 'calnew' }]],
  };
}

export const CALENDAR_NO_PLAN_NOTE = 'You have no plan yet: the calendar will fill once you make one with /setup.';

export const INTERVALS_NOT_SET_UP: OutgoingMessage = {
  html: 'intervals.icu is not set up on this coach: the operator needs to set APP_SECRET, so that your API key can be stored encrypted.',
};

export const INTERVALS_ASK: OutgoingMessage = {
  html: [
    'intervals.icu puts your plan on Garmin, COROS, Suunto, Wahoo and Polar watches. To connect it, send me your <b>athlete id</b> and <b>API key</b> in one message, like:',
    '<code>i123456 5x8abc...</code>',
    'You find both on intervals.icu under Settings → Developer Settings. I delete your message once I have read it, and keep the key encrypted. Send /cancel to stop.',
  ].join('\n\n'),
};

export function intervalsConnected(athleteId: string, events: number): OutgoingMessage {
  return {
    html: html`✅ intervals.icu is connected (athlete ${athleteId}). ${events > 0 ? `I put ${events} workouts on your calendar; ` : ''}I keep them in step whenever the plan changes. /intervals off disconnects it.`,
  };
}

export function intervalsStatus(athleteId: string): OutgoingMessage {
  return {
    html: html`intervals.icu is connected (athlete ${athleteId}): your plan’s workouts from today on are on its calendar.`,
    buttons: [[{ text: 'Disconnect intervals.icu', data: 'ivoff' }]],
  };
}

export const INTERVALS_REFUSED: OutgoingMessage = {
  html: 'intervals.icu did not accept that athlete id and API key. Check both under Settings → Developer Settings and send them again (or /cancel).',
};

export const INTERVALS_UNAVAILABLE: OutgoingMessage = {
  html: 'I could not reach intervals.icu just now; nothing was saved. Please try /intervals again in a few minutes.',
};

export const INTERVALS_UNREADABLE: OutgoingMessage = {
  html: 'I need the athlete id (like <code>i123456</code>) and the API key, separated by a space. Send them again, or /cancel.',
};

export function intervalsDisconnected(removed: number, reachable: boolean): OutgoingMessage {
  return {
    html: reachable
      ? `intervals.icu is disconnected${removed ? ` and the ${removed} workouts I had put there are removed` : ''}. Your key is deleted.`
      : 'intervals.icu is disconnected and your key is deleted, but I could not reach it to remove the planned workouts: delete them there if you want.',
  };
}

export const INTERVALS_NOT_CONNECTED: OutgoingMessage = { html: 'intervals.icu is not connected.' };

/** Why an activity file could not be logged; nothing was changed. */
export function activityFileProblem(
  reason:
    | 'unsupported'
    | 'unsupported_media'
    | 'empty'
    | 'corrupt'
    | 'not_running'
    | 'no_distance'
    | 'too_big'
    | 'download'
    | 'future'
    | 'too_fast',
  sport?: string,
): OutgoingMessage {
  const text: Record<typeof reason, string> = {
    unsupported:
      'I can read activity files from your watch or app: <b>.fit</b>, <b>.gpx</b> or <b>.tcx</b>. Send one of those, or tell me the run in words (<i>ran 8k in 42:30</i>).',
    unsupported_media:
      "I can read activity files from your watch or app (<b>.fit</b>, <b>.gpx</b> or <b>.tcx</b>). Send one of those, tell me the run in words or in a voice note, or send a photo of your watch's summary.",
    empty: 'That file has no activity in it (no laps or track points), so I logged nothing.',
    corrupt: 'I could not read that file: it looks damaged or is not what its name says. Nothing was logged.',
    not_running: html`That file is ${sport ? `a ${sport} activity` : 'not a run'}, so I did not log it. I only count runs.`,
    no_distance: 'That activity has almost no distance or time, so I did not log it.',
    too_big:
      'That file is over 20 MB, more than Telegram lets me download. Export the activity again (a .fit is usually far smaller).',
    download:
      'I could not download that file from Telegram just now. Please send it again in a minute; nothing was logged.',
    future:
      'That activity is dated in the future, so I did not log it. Check the clock of the device that recorded it.',
    too_fast: 'That file says faster than the world record, so I did not log it: check that it is a run.',
  };
  return { html: text[reason] };
}
