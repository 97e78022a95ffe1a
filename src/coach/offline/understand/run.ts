/** A run to log, with its feedback. */
import { ref } from '../../../messages/refs.ts';
import type { ToolCall } from '../../tools/schemas.ts';
import { diffDays } from '../dates.ts';
import {
  findDistances,
  findDurations,
  findPaceSecPerKm,
  formatDuration,
  MAX_DURATION_SEC,
  plausibleDurationSec,
  type Span,
} from '../quantities.ts';
import { findFeeling, findPain, findRpe } from './body.ts';
import { ask, call, hint, mask, round, tools } from './helpers.ts';
import { findDaysPerWeek, findWeeklyKm, goalForKm } from './phrases.ts';
import { resultDate, sameClause, timeAfter } from './result.ts';
import { FEELING_RPE, Hint, type Input, type Outcome } from './types.ts';

export const RUN_VERB =
  /\b(ran|run|jogged|jog|did|done|completed|finished|logged|log|raced|clocked|went for|had|just|covered|walked|hiked|easy|tempo|long run|intervals|recovery run)\b/;
export const RACE_MARKER =
  /\b(race|raced|racing|pb|pr|personal best|personal record|parkrun|official|chip time|finish time|my best|best time|recent race|race time)\b/;

export function feedbackCall(i: Input, date: string, withLog: boolean): ToolCall | Hint | null {
  const { t } = i;
  const rpes = findRpe(t);
  const feeling = findFeeling(t);
  const pain = findPain(t);
  const keywordRpe = rpes.find((r) => r.keyword);
  let rpe = keywordRpe?.value;
  let severity = pain?.severity ?? undefined;
  const slash = rpes.find((r) => !r.keyword);
  if (slash) {
    // With pain in the message, "6/10" rates the pain, not the effort.
    if (pain) severity ??= slash.value;
    else rpe ??= slash.value;
  }
  if (rpe !== undefined && (rpe < 1 || rpe > 10 || !Number.isInteger(rpe))) {
    return new Hint(ref('und-hint-rpe'));
  }
  if (pain && severity === undefined) severity = pain.intensity;
  if (severity !== undefined && (severity < 1 || severity > 10)) {
    return new Hint(ref('und-hint-pain'));
  }
  if (rpe === undefined && !feeling && !pain) {
    if (
      !withLog &&
      /\b(?:pain|hurts?|hurting|injured)\b/.test(t) &&
      !/\b(?:no|without|zero) pain\b|\bdoesn't hurt\b/.test(t)
    ) {
      return new Hint(ref('und-ask-pain'));
    }
    return null;
  }
  // An RPE given with a logged run already sits on the run; feedback still records it with the feeling.
  if (withLog && rpe !== undefined && !feeling && !pain) {
    return call('record_feedback', { date, rpe });
  }
  return call('record_feedback', {
    date,
    rpe: rpe ?? (feeling ? FEELING_RPE[feeling] : undefined),
    feeling: feeling ?? undefined,
    pain: pain && severity !== undefined ? { location: pain.location, severity } : undefined,
    notes: i.raw.trim().slice(0, 1000) || undefined,
  });
}

export function detectRun(i: Input): Outcome {
  const { ctx } = i;
  const t = i.t.replace(/^\/log(?:@\w+)?\b/, 'log');
  const dpw = findDaysPerWeek(t);
  const weekly = findWeeklyKm(t, ctx.units);
  const rpeSpans = findRpe(t);
  const masked = mask(
    t,
    [dpw?.span, weekly?.span, ...rpeSpans].filter((s): s is Span => !!s),
  );
  const distances = findDistances(masked, ctx.units);
  // The distance its time is told with comes first: "half marathon in April, my 10k pb is 52:30" is a 10 km.
  const told = findDurations(masked);
  const dist =
    distances.find((d) => d.via !== 'bare' && timeAfter(masked, d, told)) ??
    distances.find((d) => d.via !== 'bare') ??
    distances[0];
  const durations = findDurations(masked).filter((d) => !dist || d.index >= dist.end || d.end <= dist.index);
  const verb = RUN_VERB.test(t) || /^log\b/.test(t);
  const raceMarker = RACE_MARKER.test(t);
  if (!dist) {
    if (durations.length > 0 && /\b(?:ran|jogged|went for a run|did a run|run for|ran for)\b/.test(t)) {
      return ask(i, ref('und-ask-distance'), 'distance');
    }
    return null;
  }
  const duration = durations[0];
  let sec: number | null = duration ? plausibleDurationSec(duration, dist.km) : null;
  if (sec === null) {
    const pace = findPaceSecPerKm(masked, ctx.units);
    if (pace) sec = Math.round(pace * dist.km);
  }
  const pastDates = i.dates('past').filter((m) => m.period !== 'this-week' && m.period !== 'next-week');
  const mention = pastDates.find((m) => m.period === 'last-week' || !m.period);
  const date = mention?.date;
  if (sec === null) {
    if (verb && dist.via !== 'named' && !/\?$/.test(t)) return ask(i, ref('und-ask-duration'), 'duration');
    if (verb && /\b(?:ran|did|finished|completed|done)\b/.test(t)) return ask(i, ref('und-ask-duration'), 'duration');
    return null;
  }
  if (!verb && !raceMarker && dist.via === 'bare') return null;
  if (sec <= 0 || sec > MAX_DURATION_SEC) return hint('und-hint-duration');
  if (dist.km > 400) return hint('und-hint-distance');
  if (date && date > i.today) return hint('und-hint-future-run');
  const duration$ = formatDuration(sec);
  const raceGoal = goalForKm(dist.km);
  const old = date ? diffDays(date, i.today) > 14 : false;
  const runVerbPast =
    /\b(?:ran|jogged|did|done|completed|finished|logged|log|raced|clocked|went for|covered|just)\b/.test(t);
  const isRace = !!raceGoal && (raceMarker || old);
  const calls: ToolCall[] = [];
  const runDate = date ?? i.today;
  if (!(isRace && (old || (!runVerbPast && !date)))) {
    const rpe = findRpe(t).find((r) => r.keyword) ?? (findPain(t) ? undefined : findRpe(t)[0]);
    if (rpe && (rpe.value < 1 || rpe.value > 10)) {
      return hint('und-hint-rpe');
    }
    calls.push(call('log_run', { date: runDate, distanceKm: round(dist.km, 4), duration: duration$, rpe: rpe?.value }));
    const fb = feedbackCall(i, runDate, true);
    if (fb instanceof Hint) return hint(fb.hint);
    if (fb) calls.push(fb);
  }
  if (isRace && raceGoal) {
    // Rule 16 (design.md): a result carries its date; one told as weeks or months ago must not pass for today's.
    const raceDay = mention && sameClause(t, dist, mention) ? resultDate(mention, i.today) : undefined;
    const dated = raceDay && raceDay < i.today ? { date: raceDay } : {};
    calls.push(call('update_profile', { recentRace: { distance: raceGoal, time: duration$, ...dated } }));
  }
  return tools(calls);
}
