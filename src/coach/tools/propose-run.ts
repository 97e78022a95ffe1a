/**
 * propose_run: the model read a run from a photo. Nothing is stored: the proposal travels in the Log button's
 * callback data (date, distance, seconds fit easily in Telegram's 64 bytes), so it survives restarts and
 * needs no table, and the run is logged through log_run only when the runner taps Log.
 */
import type { CoachContext } from '../types.ts';
import { durationToSec, runFiguresProblem, runnerOf, todayOf } from './common.ts';
import { defineTool, fail, failWith, ok } from './tool.ts';

export interface RunProposed {
  today: string;
  run: { date: string; distanceKm: number; durationSec: number };
}

export const proposeRun = defineTool<'propose_run', RunProposed>({
  name: 'propose_run',
  description:
    'Proposes a run read from a photo (distance, time, date shown on a watch, treadmill or app screen). The runner confirms with a button before anything is logged.',
  run(ctx: CoachContext, args) {
    const user = runnerOf(ctx);
    if (!user) return fail('err-not-started');
    const today = todayOf(ctx, user);
    const date = args.date ?? today;
    const durationSec = durationToSec(args.duration);
    // Two decimals: what log_run keeps, and what the button can carry.
    const distanceKm = Math.round(args.distanceKm * 100) / 100;
    const problem = runFiguresProblem(date, today, distanceKm, durationSec);
    if (problem) return failWith(problem);
    return ok({ today, run: { date, distanceKm, durationSec } });
  },
  forModel: (d) => ({ ...d, note: 'Shown to the runner with Log / Change / Cancel buttons; not logged yet.' }),
});
