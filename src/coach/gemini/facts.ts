/**
 * The facts added to the system instruction each turn: today in the runner's zone, their profile, their plan
 * in one line and this week's workouts. Everything comes through the tools' model views (`outcomeForModel`),
 * so what the model may not see (Strava data, design.md "Strava policy") is left out the same way everywhere.
 */

import { DateTime } from 'luxon';
import type { User } from '../../db/store/index.ts';
import { LANGUAGE_NAMES, languageOf } from '../../messages/languages.ts';
import { formatClock, formatPace, formatPaceRange, type Units } from '../../messages/units.ts';
import { localDate, localTime } from '../../time/local.ts';
import { expectationForModel } from '../conversation/dialogue.ts';
import { callTool, outcomeForModel, type ToolOutcome } from '../tools/index.ts';
import type { WorkoutsView } from '../tools/plan-tools.ts';
import type { CoachContext } from '../types.ts';

type RunView = WorkoutsView['runs'][number];

function km(n: number): string {
  return `${Math.round(n * 10) / 10} km`;
}

function profileLine(user: User): string {
  const parts = [
    user.name ? `name ${user.name}` : null,
    `units ${user.units}`,
    `time zone ${user.timezone}`,
    `speaks ${LANGUAGE_NAMES[languageOf(user)]} (${languageOf(user)}): answer in that language`,
    `${user.daysPerWeek} run days a week`,
    `current volume ${km(user.weeklyKm)} a week`,
    `long run on ${user.longRunDay}`,
    user.recentRaceDistance && user.recentRaceTimeSec
      ? `recent race ${user.recentRaceDistance} in ${formatClock(user.recentRaceTimeSec)}`
      : 'no recent race',
    `workout message at ${user.morningTime}, check-in at ${user.eveningTime}`,
  ];
  return parts.filter(Boolean).join('; ');
}

function planLine(ctx: CoachContext, units: Units, today: string): string {
  const plan = ctx.store.plans.getActive(ctx.userId);
  if (!plan) return 'Plan: none yet (create_plan needs goal distance and race date).';
  const weeksLeft = Math.max(
    0,
    Math.ceil(DateTime.fromISO(plan.goal.raceDate).diff(DateTime.fromISO(today), 'weeks').weeks),
  );
  const p = plan.paces;
  const paces = p
    ? `; paces easy ${formatPaceRange(p.easy.minSecPerKm, p.easy.maxSecPerKm, units)}, marathon ${formatPace(p.marathon.minSecPerKm, units)}, threshold ${formatPace(p.threshold.minSecPerKm, units)}, interval ${formatPace(p.interval.minSecPerKm, units)}`
    : '; paces unknown (no race result or goal time)';
  const goal = plan.goal.goalTime ? `, goal time ${plan.goal.goalTime}` : '';
  return `Plan: ${plan.goal.distance} race on ${plan.goal.raceDate} (${weeksLeft} weeks away)${goal}${plan.vdot ? `, VDOT ${plan.vdot}` : ''}${paces}.`;
}

function weekLines(ctx: CoachContext): string[] {
  const outcome = callTool(ctx, 'get_workouts', {});
  if (!outcome.result.ok) return [];
  // The model view: Strava runs are filtered out there.
  const view = outcomeForModel(outcome as unknown as ToolOutcome) as WorkoutsView;
  const lines = [`This week (${view.from} to ${view.to}):`];
  if (view.workouts.length === 0) lines.push('- no planned workouts');
  for (const w of view.workouts) {
    const weekday = DateTime.fromISO(w.date).toFormat('ccc');
    lines.push(`- ${weekday} ${w.date}: ${w.title} (${w.type}, ${km(w.distanceKm)}) [${w.status}]`);
  }
  const runs: RunView[] = view.runs;
  for (const r of runs) {
    lines.push(
      `- logged run ${r.date}: ${km(r.distanceKm)} in ${formatClock(r.durationSec)}${r.rpe ? `, effort ${r.rpe}/10` : ''}`,
    );
  }
  return lines;
}

/** The facts block for this turn. Never throws: a missing piece is left out. */
export function factsFor(ctx: CoachContext, user: User): string {
  const now = ctx.now();
  const today = localDate(now, user.timezone);
  const weekday = DateTime.fromISO(today).toFormat('cccc');
  const lines = [
    '# Facts for this turn',
    `Today: ${weekday} ${today}, ${localTime(now, user.timezone)} local time.`,
    `Runner: ${profileLine(user)}.`,
  ];
  try {
    lines.push(planLine(ctx, user.units, today));
    lines.push(...weekLines(ctx));
    const open = expectationForModel(ctx);
    if (open) lines.push(open);
    if (user.pausedMessages?.length) lines.push(`Paused scheduled messages: ${user.pausedMessages.join(', ')}.`);
  } catch (err) {
    ctx.log.warn({ err, userId: ctx.userId }, 'gemini facts incomplete');
  }
  return lines.join('\n');
}
