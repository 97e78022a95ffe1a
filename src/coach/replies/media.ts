/** What the coach says about voice notes and photos: every user-facing text of those paths, in one place. */
import { encode } from '../../messages/callback-data.ts';
import { distanceText, formatNumber } from '../../messages/format.ts';
import { escapeHtml } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import type { Language } from '../../messages/languages.ts';
import { formatClock, type Units } from '../../messages/units.ts';
import { addDays, dayLabel } from '../../time/local.ts';
import type { RunProposed } from '../tools/propose-run.ts';
import type { OutgoingMessage } from '../types.ts';

export type MediaKind = 'voice' | 'photo';

function typeIt(lang: Language, kind: MediaKind): string {
  return kind === 'voice' ? t(lang, 'feat-type-it-voice') : t(lang, 'feat-type-it-photo');
}

/** No Gemini key: this coach cannot hear or see. */
export function mediaNeedsGemini(kind: MediaKind, lang: Language = 'en'): OutgoingMessage[] {
  const cannot = kind === 'voice' ? t(lang, 'feat-needs-gemini-voice') : t(lang, 'feat-needs-gemini-photo');
  return [{ html: `${cannot} ${typeIt(lang, kind)}` }];
}

/** Every model failed (or the daily cap is reached) and nothing was done. */
export function mediaNotUnderstood(kind: MediaKind, lang: Language = 'en'): OutgoingMessage[] {
  const sorry = kind === 'voice' ? t(lang, 'feat-not-understood-voice') : t(lang, 'feat-not-understood-photo');
  return [{ html: `${sorry} ${typeIt(lang, kind)}` }];
}

export function voiceTooLong(seconds: number, maxSeconds: number, lang: Language = 'en'): OutgoingMessage[] {
  return [{ html: t(lang, 'feat-voice-too-long', { length: formatClock(seconds), max: Math.round(maxSeconds / 60) }) }];
}

export function fileTooBig(
  kind: MediaKind,
  bytes: number | undefined,
  maxBytes: number,
  lang: Language = 'en',
): OutgoingMessage[] {
  const mb = (n: number) => formatNumber(lang, Math.round((n / (1024 * 1024)) * 10) / 10);
  const size = bytes
    ? t(lang, 'feat-file-too-big', { size: mb(bytes), max: mb(maxBytes) })
    : t(lang, 'feat-file-too-big-unknown', { max: mb(maxBytes) });
  return [{ html: `${size} ${typeIt(lang, kind)}` }];
}

export function fetchFailed(kind: MediaKind, lang: Language = 'en'): OutgoingMessage[] {
  return [{ html: kind === 'voice' ? t(lang, 'feat-fetch-failed-voice') : t(lang, 'feat-fetch-failed-photo') }];
}

export function unsupportedAudio(mimeType: string | undefined, lang: Language = 'en'): OutgoingMessage[] {
  return [{ html: t(lang, 'feat-audio-unsupported', { type: mimeType ? escapeHtml(mimeType) : 'none' }) }];
}

function relativeDay(date: string, today: string, lang: Language, locale: string | undefined): string {
  if (date === today) return t(lang, 'feat-when-today');
  if (date === addDays(today, -1)) return t(lang, 'feat-when-yesterday');
  return t(lang, 'feat-when-on', { date: dayLabel(date, locale) });
}

/** "Log 10.2 km in 52:30 today?" with Log / Change / Cancel. */
export function runProposal(d: RunProposed, units: Units, lang: Language = 'en', locale?: string): OutgoingMessage[] {
  const r = d.run;
  return [
    {
      html: t(lang, 'feat-photo-proposal', {
        distance: distanceText(lang, r.distanceKm, units),
        time: formatClock(r.durationSec),
        when: relativeDay(r.date, d.today, lang, locale),
      }),
      buttons: [
        [
          {
            text: t(lang, 'feat-btn-photo-log'),
            data: encode({ a: 'plog', date: r.date, km: r.distanceKm, sec: r.durationSec }),
          },
          { text: t(lang, 'feat-btn-photo-change'), data: encode({ a: 'pchg' }) },
          { text: t(lang, 'feat-btn-photo-cancel'), data: encode({ a: 'pno' }) },
        ],
      ],
    },
  ];
}

/** The model found no run in the photo and said nothing either. */
export function noRunInPhoto(lang: Language = 'en'): OutgoingMessage[] {
  return [{ html: t(lang, 'feat-no-run-in-photo') }];
}

export function proposalChange(lang: Language = 'en'): OutgoingMessage[] {
  return [{ html: t(lang, 'feat-photo-change') }];
}

export function proposalCancelled(lang: Language = 'en'): OutgoingMessage[] {
  return [{ html: t(lang, 'feat-photo-cancelled') }];
}

/** A message the bot cannot take (a sticker, a video...): what it can take instead. */
export function otherMessage(hearsAndSees: boolean, lang: Language = 'en'): OutgoingMessage[] {
  return [{ html: hearsAndSees ? t(lang, 'feat-other-message-media') : t(lang, 'feat-other-message-text') }];
}
