/** What the coach says about voice notes and photos: every user-facing text of those paths, in one place. */
import { encode } from '../../messages/callback-data.ts';
import { html } from '../../messages/html.ts';
import { formatClock, formatDistance, type Units } from '../../messages/units.ts';
import { addDays, dayLabel } from '../../time/local.ts';
import type { RunProposed } from '../tools/propose-run.ts';
import type { OutgoingMessage } from '../types.ts';

export type MediaKind = 'voice' | 'photo';

const TYPE_IT: Record<MediaKind, string> = {
  voice: 'Could you type it instead? For example: <i>ran 8 km in 44 min, legs heavy</i>.',
  photo: 'Could you type the run instead? For example: <i>10.2 km in 52:30 today</i>.',
};

/** No Gemini key: this coach cannot hear or see. */
export function mediaNeedsGemini(kind: MediaKind): OutgoingMessage[] {
  const what = kind === 'voice' ? 'listen to voice notes' : 'read photos';
  return [{ html: `I can only ${what} when the Gemini coach is switched on here. ${TYPE_IT[kind]}` }];
}

/** Every model failed (or the daily cap is reached) and nothing was done. */
export function mediaNotUnderstood(kind: MediaKind): OutgoingMessage[] {
  const what = kind === 'voice' ? 'listen to that voice note' : 'read that photo';
  return [{ html: `Sorry, I couldn't ${what} just now. ${TYPE_IT[kind]}` }];
}

export function voiceTooLong(seconds: number, maxSeconds: number): OutgoingMessage[] {
  return [
    {
      html: `That voice note is ${formatClock(seconds)} long; I can listen to up to ${Math.round(maxSeconds / 60)} minutes. Could you send a shorter one, or type it?`,
    },
  ];
}

export function fileTooBig(kind: MediaKind, bytes: number | undefined, maxBytes: number): OutgoingMessage[] {
  const mb = (n: number) => `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  const size = bytes ? `That file is ${mb(bytes)}; ` : 'That file is too big: ';
  return [{ html: `${size}Telegram lets me download up to ${mb(maxBytes)}. ${TYPE_IT[kind]}` }];
}

export function fetchFailed(kind: MediaKind): OutgoingMessage[] {
  const what = kind === 'voice' ? 'voice note' : 'photo';
  return [{ html: `I couldn't download that ${what} from Telegram. Please send it again, or type it.` }];
}

export function unsupportedAudio(mimeType: string | undefined): OutgoingMessage[] {
  return [
    {
      html: html`I can't play that audio format${mimeType ? ` (${mimeType})` : ''}. Send a voice note instead, or type it.`,
    },
  ];
}

function relativeDay(date: string, today: string): string {
  if (date === today) return 'today';
  if (date === addDays(today, -1)) return 'yesterday';
  return `on ${dayLabel(date)}`;
}

/** "Log 10.2 km in 52:30 today?" with Log / Change / Cancel. */
export function runProposal(d: RunProposed, units: Units): OutgoingMessage[] {
  const r = d.run;
  return [
    {
      html: html`From your photo: log <b>${formatDistance(r.distanceKm, units)} in ${formatClock(r.durationSec)}</b> ${relativeDay(r.date, d.today)}?`,
      buttons: [
        [
          { text: '✅ Log', data: encode({ a: 'plog', date: r.date, km: r.distanceKm, sec: r.durationSec }) },
          { text: '✏️ Change', data: encode({ a: 'pchg' }) },
          { text: '✖️ Cancel', data: encode({ a: 'pno' }) },
        ],
      ],
    },
  ];
}

/** The model found no run in the photo and said nothing either. */
export function noRunInPhoto(): OutgoingMessage[] {
  return [
    {
      html: `I couldn't find a run's distance and time in that photo. Send a photo of the summary screen of your watch, treadmill or app, or just type it: <i>10 km in 52:30</i>.`,
    },
  ];
}

export function proposalChange(): OutgoingMessage[] {
  return [{ html: 'Tell me the right numbers in words, e.g. <i>10.2 km in 52:30 yesterday</i>, and I will log that.' }];
}

export function proposalCancelled(): OutgoingMessage[] {
  return [{ html: 'OK, not logged.' }];
}

/** A message the bot cannot take (a sticker, a video...): what it can take instead. */
export function otherMessage(hearsAndSees: boolean): OutgoingMessage[] {
  return [
    {
      html: hearsAndSees
        ? "I can't read that kind of message. Tell me about your run in words or in a voice note, or send a photo of your watch's summary."
        : 'I read text only for now. Tell me about your run in words, e.g. <i>ran 8k in 42:30, felt good</i>.',
    },
  ];
}
