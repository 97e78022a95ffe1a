/**
 * Everything runcoach says about Strava is written here, by templates: texts about Strava runs never come from
 * the model (design.md, "Strava policy"). Messages reach Telegram through the outbox; pages answer the browser.
 */

import { feedbackRow } from '../coach/replies/workout.ts';
import type { Button, OutgoingMessage } from '../coach/types.ts';
import type { WorkoutRow } from '../db/store/plans.ts';
import { escapeHtml, html } from '../messages/html.ts';
import { formatClock, formatDistance, formatPace, type Units } from '../messages/units.ts';
import { dayLabel } from '../time/local.ts';

export interface PostRunFacts {
  date: string;
  distanceKm: number;
  durationSec: number;
  units: Units;
  match: 'done' | 'partial' | 'extra';
  /** The workout the plan had for that day (as it was before this run), if any. */
  workout: Pick<WorkoutRow, 'title' | 'distanceKm' | 'type' | 'date'> | null;
}

/** The post-run prompt: what the plan asked, what was done, and "how did it feel?" with RPE buttons. */
export function postRunMessage(f: PostRunFacts): OutgoingMessage {
  const pace = f.distanceKm > 0 ? formatPace(f.durationSec / f.distanceKm, f.units) : '';
  const lines = [
    html`🏃 <b>Run from Strava</b> · ${dayLabel(f.date)}`,
    html`Done: ${formatDistance(f.distanceKm, f.units)} in ${formatClock(f.durationSec)}${pace ? ` (${pace})` : ''}`,
  ];
  if (f.workout) {
    lines.push(html`Planned: ${f.workout.title}, ${formatDistance(f.workout.distanceKm, f.units)}`);
    if (f.match === 'done') lines.push('✅ That is the workout done.');
    else if (f.match === 'partial') lines.push('◐ Part of the planned distance: counted as partly done.');
    else lines.push('Counted as an extra run.');
  } else {
    lines.push('Nothing was planned that day: counted as an extra run.');
  }
  lines.push('', '<b>How did it feel?</b>');
  return { html: lines.join('\n'), buttons: [feedbackRow(f.date)] };
}

export function connectedMessage(): OutgoingMessage {
  return {
    html: [
      '✅ <b>Strava is connected.</b>',
      'Runs you save on Strava now show up here within seconds, matched to your plan, and I will ask how they went.',
      'Send /strava to check the link or to disconnect.',
    ].join('\n'),
  };
}

/** The question that guards a new link (issue 15): the chat that asked names the athlete it will receive runs from. */
export function confirmLinkMessage(athleteName: string, athleteId: number): OutgoingMessage {
  return {
    html: [
      html`Link Strava athlete <b>${athleteName}</b> to this chat?`,
      'Their runs will show up here. If you did not just connect Strava yourself, tap No.',
    ].join('\n'),
    buttons: [
      [
        { text: 'Yes, link', data: `set:strava:yes:${athleteId}` },
        { text: 'No', data: `set:strava:no:${athleteId}` },
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
): OutgoingMessage {
  switch (result.kind) {
    case 'linked':
      return {
        html: [
          html`✅ <b>Strava is connected</b> (${result.athleteName}).`,
          ...(result.replaced !== null
            ? ['The Strava athlete linked before is unlinked, and its activities here are deleted.']
            : []),
          'Runs you save on Strava now show up here within seconds, matched to your plan, and I will ask how they went.',
          'Send /strava to check the link or to disconnect.',
        ].join('\n'),
      };
    case 'declined':
      return { html: 'Not linked. Nothing from that Strava account will reach this chat. Send /strava to connect.' };
    case 'expired':
      return { html: 'That question has expired, so nothing was linked. Send /strava for a fresh link.' };
    case 'full':
      return fullMessage(result.limit);
    case 'taken':
      return { html: 'That Strava account is already connected to another runcoach chat, so nothing was linked.' };
  }
}

/** Strava's Standard tier caps an application's athletes; the runner is told why, without a link. */
export function fullMessage(limit: number): OutgoingMessage {
  return {
    html: [
      html`Sorry, this coach is already connected to as many Strava accounts as Strava allows it for now (${limit}).`,
      'Tell me about your runs in your own words (<i>ran 8k in 42:30</i>) or use /log; ask whoever runs this coach if you need Strava.',
    ].join('\n'),
  };
}

function retryButtons(link: string): Button[][] {
  return [[{ text: 'Connect Strava again', url: link }]];
}

export function deniedMessage(link: string): OutgoingMessage {
  return {
    html: [
      'Strava is <b>not</b> connected: access was not allowed on the Strava page.',
      'If that was a slip, tap below to try again (the link works for 15 minutes), or send /strava later.',
    ].join('\n'),
    buttons: retryButtons(link),
  };
}

export function missingScopeMessage(link: string): OutgoingMessage {
  return {
    html: [
      'Strava is <b>not</b> connected: the permission to read your activities was unticked, so I could not see your runs.',
      'Tap below and keep <i>View data about your activities</i> ticked (the link works for 15 minutes), or send /strava later.',
    ].join('\n'),
    buttons: retryButtons(link),
  };
}

export function deauthorizedMessage(deletedRuns: number): OutgoingMessage {
  const what = deletedRuns === 1 ? 'the 1 Strava activity' : `the ${deletedRuns} Strava activities`;
  return {
    html: [
      'Strava access to runcoach was removed on Strava.',
      html`I deleted your Strava tokens and ${what} I had; your plan's days are back as they were.`,
      'Send /strava to connect again.',
    ].join('\n'),
  };
}

/** A small, self-contained HTML page for the browser after the OAuth round trip. */
export function page(title: string, paragraphs: string[], ok: boolean): string {
  const color = ok ? '#1a7f37' : '#b42318';
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · runcoach</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2328}
h1{font-size:1.4rem;color:${color}}</style></head>
<body><h1>${escapeHtml(title)}</h1>
${body}
</body></html>`;
}

export const pages = {
  connected: () =>
    page(
      'Strava is connected',
      ['Your runs will now show up in the chat with your coach. You can close this tab and go back to Telegram.'],
      true,
    ),
  denied: () =>
    page(
      'Strava was not connected',
      [
        'Access was not allowed on the Strava page, so nothing was linked.',
        'To try again, use the button in the chat or send /strava to your coach.',
      ],
      false,
    ),
  missingScope: () =>
    page(
      'Strava was not connected',
      [
        'The permission to read your activities was unticked, so your coach could not see your runs.',
        'Try again from the chat (or send /strava) and keep "View data about your activities" ticked.',
      ],
      false,
    ),
  confirmInChat: (athleteName: string) =>
    page(
      'Almost done',
      [
        `Go back to Telegram and confirm there: your coach asks whether to link the Strava athlete ${athleteName}.`,
        'Nothing is linked until you tap Yes in the chat.',
      ],
      true,
    ),
  otherBrowser: () =>
    page(
      'This link does not work here',
      [
        'The Strava page was opened from a link started in another browser, so nothing was linked.',
        'If you are connecting your own Strava, send /strava to your coach and open the link in this browser; if someone sent you this link, ignore it.',
      ],
      false,
    ),
  full: () =>
    page(
      'Strava was not connected',
      [
        'This coach is already connected to as many Strava accounts as Strava allows it.',
        'Nothing was linked. Your coach explains in the chat.',
      ],
      false,
    ),
  badLink: (reason: 'forged' | 'expired' | 'used' | 'wrong_user' | 'other_browser' | 'missing') =>
    page(
      'This link does not work',
      [
        reason === 'expired'
          ? 'The link has expired: links work for 15 minutes.'
          : reason === 'used'
            ? 'The link was already used: each link works once.'
            : 'The link is not valid.',
        'Send /strava to your coach in Telegram for a fresh one.',
      ],
      false,
    ),
  alreadyLinked: () =>
    page(
      'Strava was not connected',
      [
        'This Strava account is already connected to another runcoach chat.',
        'Disconnect it there first (send /strava in that chat), then try again.',
      ],
      false,
    ),
  failed: () =>
    page(
      'Strava could not be reached',
      ['Something went wrong while talking to Strava. Please try again in a minute: send /strava to your coach.'],
      false,
    ),
};
