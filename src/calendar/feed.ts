/**
 * The runner's plan as an iCalendar feed (contracts.md, `GET /calendar/TOKEN.ics`): one all-day VEVENT per planned
 * workout and the race, a UID stable per workout day, SUMMARY with the title and distance in the runner's units,
 * DESCRIPTION with the steps and paces. Only the plan goes in: no run, and no status a run set (Strava's data may
 * not leave the runner's own screens, src/runs/source-policy.ts); a skipped workout is CANCELLED.
 */
import { createHash, randomBytes } from 'node:crypto';
import { describeSteps, purposeOf } from '../coach/replies/workout.ts';
import type { Store, StoredPlan, StoredWorkout } from '../db/store/index.ts';
import { distanceText, longDateText } from '../messages/format.ts';
import { type Translate, translator } from '../messages/i18n.ts';
import type { Language } from '../messages/languages.ts';
import type { Units } from '../messages/units.ts';
import { addDays } from '../time/local.ts';
import { escapeText, type IcsProperty, icsDate, icsDateTime, icsDocument } from './ics.ts';

const GOAL_KEY: Record<StoredPlan['goal']['distance'], string> = {
  '5k': 'calendar-goal-5k',
  '10k': 'calendar-goal-10k',
  half: 'calendar-goal-half',
  marathon: 'calendar-goal-marathon',
};

/** Which language the feed speaks, and the Intl locale for its dates. */
export interface FeedSpeech {
  lang: Language;
  locale: string;
}

/** An unguessable feed token (256 bits, URL-safe). */
export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The runner's feed URL, making the token on first use; `renew` replaces it (the old link then answers 404). */
export function feedUrl(store: Store, publicUrl: string, userId: number, renew = false): string {
  let token = renew ? undefined : store.calendarFeeds.get(userId);
  if (!token) {
    token = newFeedToken();
    store.calendarFeeds.set(userId, token);
  }
  return `${publicUrl.replace(/\/+$/, '')}/calendar/${token}.ics`;
}

/** UIDs name the runner by a hash, not the Telegram id: the feed may travel through calendar services. */
export function workoutUid(userId: number, date: string): string {
  const who = createHash('sha256').update(`runcoach:${userId}`).digest('hex').slice(0, 16);
  return `${date}-${who}@runcoach`;
}

function eventOf(
  userId: number,
  w: StoredWorkout,
  units: Units,
  stamp: string,
  speech: FeedSpeech,
  tr: Translate,
): IcsProperty[] {
  const steps = w.type === 'race' ? [] : describeSteps(w, units);
  // Next to the steps (in the runner's units) only the purpose of the engine's description is worth reading.
  // In miles only the purpose: the engine's description counts kilometres, and the summary says the distance.
  const why = w.description ? (steps.length || units === 'mi' ? purposeOf(w.description) : w.description) : '';
  const description = [...steps, ...(why ? ['', why] : [])].join('\n').trim();
  return [
    ['BEGIN', 'VEVENT'],
    ['UID', workoutUid(userId, w.date)],
    ['DTSTAMP', stamp],
    ['DTSTART;VALUE=DATE', icsDate(w.date)],
    ['DTEND;VALUE=DATE', icsDate(addDays(w.date, 1))],
    [
      'SUMMARY',
      escapeText(`${w.type === 'race' ? '🏁 ' : ''}${w.title} · ${distanceText(speech.lang, w.distanceKm, units)}`),
    ],
    ...(description ? ([['DESCRIPTION', escapeText(description)]] as IcsProperty[]) : []),
    ['STATUS', w.status === 'skipped' ? 'CANCELLED' : 'CONFIRMED'],
    ['TRANSP', 'TRANSPARENT'],
    ['CATEGORIES', escapeText(tr(w.type === 'race' ? 'calendar-category-race' : 'calendar-category-training'))],
    ['END', 'VEVENT'],
  ];
}

/**
 * The whole feed, in the runner's language (`speech`, default English). `plan` null gives an empty calendar,
 * which clients accept (the plan may come later).
 */
export function planFeed(
  userId: number,
  plan: StoredPlan | null,
  units: Units,
  now: Date,
  speech: FeedSpeech = { lang: 'en', locale: 'en' },
): string {
  const stamp = icsDateTime(now);
  const tr = translator(speech.lang);
  const name = plan
    ? tr('calendar-name', {
        goal: tr(GOAL_KEY[plan.goal.distance]),
        date: longDateText(speech.locale, plan.goal.raceDate),
      })
    : 'runcoach';
  const events = plan
    ? plan.weeks.flatMap((wk) => wk.workouts).flatMap((w) => eventOf(userId, w, units, stamp, speech, tr))
    : [];
  return icsDocument([
    ['BEGIN', 'VCALENDAR'],
    ['VERSION', '2.0'],
    ['PRODID', '-//runcoach//training plan//EN'],
    ['CALSCALE', 'GREGORIAN'],
    ['METHOD', 'PUBLISH'],
    ['X-WR-CALNAME', escapeText(name)],
    ['NAME', escapeText(name)],
    // RFC 7986 §5.7 (and the older X-PUBLISHED-TTL): ask subscribers to fetch again hourly, so changes show.
    ['REFRESH-INTERVAL;VALUE=DURATION', 'PT1H'],
    ['X-PUBLISHED-TTL', 'PT1H'],
    ...events,
    ['END', 'VCALENDAR'],
  ]);
}
