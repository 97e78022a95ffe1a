/**
 * Everything runcoach says about Strava is written here, by templates from the locale files (jobs.ftl): texts
 * about Strava runs never come from the model (design.md, "Strava policy"). Messages reach Telegram through the
 * outbox; pages answer the browser. Both speak the runner's language.
 */

import { feedbackRow, workoutTitle } from '../coach/replies/workout.ts';
import type { Button, OutgoingMessage } from '../coach/types.ts';
import type { WorkoutRow } from '../db/store/plans.ts';
import { encode } from '../messages/callback-data.ts';
import { distanceText, paceText } from '../messages/format.ts';
import { escapeHtml } from '../messages/html.ts';
import { type Translate, translator } from '../messages/i18n.ts';
import { getDefaultLanguage, type Language } from '../messages/languages.ts';
import { formatClock, type Units } from '../messages/units.ts';
import { dayLabel } from '../time/local.ts';
import type { WorkoutStep } from '../training/types.ts';

/** Which language a message or page speaks, and the Intl locale for its dates. */
export interface Speech {
  lang: Language;
  locale: string;
}

/** The operator's default language: for a page whose runner is not known. */
export function defaultSpeech(): Speech {
  const lang = getDefaultLanguage();
  return { lang, locale: lang };
}

export interface PostRunFacts {
  date: string;
  distanceKm: number;
  durationSec: number;
  units: Units;
  match: 'done' | 'partial' | 'extra';
  /** The workout the plan had for that day (as it was before this run), if any. */
  workout: (Pick<WorkoutRow, 'title' | 'distanceKm' | 'type' | 'date'> & { steps?: unknown }) | null;
  speech: Speech;
}

/** The post-run prompt: what the plan asked, what was done, and "how did it feel?" with RPE buttons. */
export function postRunMessage(f: PostRunFacts): OutgoingMessage {
  const { lang, locale } = f.speech;
  const tr = translator(lang);
  const distance = distanceText(lang, f.distanceKm, f.units);
  const time = formatClock(f.durationSec);
  const lines = [
    tr('strava-run-title', { date: escapeHtml(dayLabel(f.date, locale)) }),
    f.distanceKm > 0
      ? tr('strava-run-done-pace', { distance, time, pace: paceText(lang, f.durationSec / f.distanceKm, f.units) })
      : tr('strava-run-done', { distance, time }),
  ];
  if (f.workout) {
    const planned = distanceText(lang, f.workout.distanceKm, f.units);
    // The session's name in the runner's language (its steps tell "easy run + strides" from "easy run").
    const steps = Array.isArray(f.workout.steps) ? (f.workout.steps as WorkoutStep[]) : [];
    const title = workoutTitle({ ...f.workout, steps }, lang);
    lines.push(tr('strava-run-planned', { title: escapeHtml(title), distance: planned }));
    if (f.match === 'done') lines.push(tr('strava-run-match-done'));
    else if (f.match === 'partial') lines.push(tr('strava-run-match-partial'));
    else lines.push(tr('strava-run-match-extra'));
  } else {
    lines.push(tr('strava-run-unplanned'));
  }
  lines.push('', tr('strava-run-feel'));
  return { html: lines.join('\n'), buttons: [feedbackRow(f.date, lang)] };
}

export function connectedMessage(lang: Language): OutgoingMessage {
  const tr = translator(lang);
  return { html: [tr('strava-connected'), tr('strava-connected-body')].join('\n') };
}

/** The question that guards a new link (issue 15): the chat that asked names the athlete it will receive runs from. */
export function confirmLinkMessage(athleteName: string, athleteId: number, lang: Language): OutgoingMessage {
  const tr = translator(lang);
  return {
    html: tr('strava-confirm', { athlete: escapeHtml(athleteName) }),
    buttons: [
      [
        { text: tr('strava-btn-yes'), data: encode({ a: 'set', key: 'strava', value: `yes:${athleteId}` }) },
        { text: tr('strava-btn-no'), data: encode({ a: 'set', key: 'strava', value: `no:${athleteId}` }) },
      ],
    ],
  };
}

/** The answer to the Yes / No buttons. */
export function linkAnswerMessage(
  result:
    | { kind: 'linked'; athleteName: string; replaced: number | null }
    | { kind: 'declined' }
    | { kind: 'expired' }
    | { kind: 'full'; limit: number }
    | { kind: 'taken' },
  lang: Language,
): OutgoingMessage {
  const tr = translator(lang);
  switch (result.kind) {
    case 'linked':
      return {
        html: [
          tr('strava-connected-athlete', { athlete: escapeHtml(result.athleteName) }),
          ...(result.replaced !== null ? [tr('strava-replaced')] : []),
          tr('strava-connected-body'),
        ].join('\n'),
      };
    case 'declined':
      return { html: tr('strava-declined') };
    case 'expired':
      return { html: tr('strava-expired') };
    case 'full':
      return fullMessage(result.limit, lang);
    case 'taken':
      return { html: tr('strava-taken') };
  }
}

/** Strava's Standard tier caps an application's athletes; the runner is told why, without a link. */
export function fullMessage(limit: number, lang: Language = getDefaultLanguage()): OutgoingMessage {
  return { html: translator(lang)('strava-full', { limit: String(limit) }) };
}

function retryButtons(link: string, tr: Translate): Button[][] {
  return [[{ text: tr('strava-btn-retry'), url: link }]];
}

export function deniedMessage(link: string, lang: Language): OutgoingMessage {
  const tr = translator(lang);
  return { html: tr('strava-denied'), buttons: retryButtons(link, tr) };
}

export function missingScopeMessage(link: string, lang: Language): OutgoingMessage {
  const tr = translator(lang);
  return { html: tr('strava-missing-scope'), buttons: retryButtons(link, tr) };
}

export function deauthorizedMessage(deletedRuns: number, lang: Language): OutgoingMessage {
  return { html: translator(lang)('strava-deauthorized', { runs: deletedRuns }) };
}

/** A small, self-contained HTML page for the browser after the OAuth round trip; `text`'s blank lines split paragraphs. */
export function page(lang: Language, title: string, text: string, ok: boolean): string {
  const color = ok ? '#1a7f37' : '#b42318';
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const body = paragraphs.map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · runcoach</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2328}
h1{font-size:1.4rem;color:${color}}</style></head>
<body><h1>${escapeHtml(title)}</h1>
${body}
</body></html>`;
}

export type BadLinkReason = 'forged' | 'expired' | 'used' | 'wrong_user' | 'other_browser' | 'missing';

/** The browser pages, in `lang`. */
export function pages(lang: Language) {
  const tr = translator(lang);
  const notConnected = (text: string) => page(lang, tr('strava-page-not-connected-title'), text, false);
  return {
    connected: () => page(lang, tr('strava-page-connected-title'), tr('strava-page-connected'), true),
    denied: () => notConnected(tr('strava-page-denied')),
    missingScope: () => notConnected(tr('strava-page-missing-scope')),
    confirmInChat: (athleteName: string) =>
      page(lang, tr('strava-page-confirm-title'), tr('strava-page-confirm', { athlete: athleteName }), true),
    otherBrowser: () => page(lang, tr('strava-page-other-browser-title'), tr('strava-page-other-browser'), false),
    full: () => notConnected(tr('strava-page-full')),
    badLink: (reason: BadLinkReason) => {
      const why =
        reason === 'expired'
          ? tr('strava-page-link-expired')
          : reason === 'used'
            ? tr('strava-page-link-used')
            : tr('strava-page-link-invalid');
      return page(lang, tr('strava-page-bad-link-title'), `${why}\n\n${tr('strava-page-fresh-link')}`, false);
    },
    alreadyLinked: () => notConnected(tr('strava-page-already-linked')),
    failed: () => page(lang, tr('strava-page-failed-title'), tr('strava-page-failed'), false),
  };
}
