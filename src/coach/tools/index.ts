/**
 * The tool registry: the one API of the product. Bot commands, buttons, the offline coach and the Gemini
 * loop all call tools through `callTool`, which validates arguments with zod and never throws.
 */
import { isBusyError, storageFailure } from '../../db/busy.ts';
import type { CoachContext } from '../types.ts';
import { answerQuestion } from './answers.ts';
import { setMessages } from './messages.ts';
import { changePlan, restoreWorkout, returnToRunning } from './plan-change.ts';
import { adjustPlan, createPlan, getWorkouts, rescheduleWorkout, skipWorkout } from './plan-tools.ts';
import { getProfile } from './profile.ts';
import { updateProfile } from './profile-update.ts';
import { getProgress } from './progress.ts';
import { proposeRun } from './propose-run.ts';
import { completeWorkout, logRun, recordFeedback } from './run-tools.ts';
import { type ToolName, toolArgSchemas } from './schemas.ts';
import { fail, invalidArguments, type ToolDef, type ToolResult } from './tool.ts';

export const tools = {
  get_profile: getProfile,
  update_profile: updateProfile,
  create_plan: createPlan,
  get_workouts: getWorkouts,
  log_run: logRun,
  record_feedback: recordFeedback,
  reschedule_workout: rescheduleWorkout,
  skip_workout: skipWorkout,
  adjust_plan: adjustPlan,
  get_progress: getProgress,
  complete_workout: completeWorkout,
  propose_run: proposeRun,
  change_plan: changePlan,
  restore_workout: restoreWorkout,
  set_messages: setMessages,
  answer_question: answerQuestion,
  return_to_running: returnToRunning,
} as const satisfies { [N in ToolName]: ToolDef<N, never> | ToolDef<N, unknown> };

export type Tools = typeof tools;
export type ToolData<N extends ToolName> = Tools[N] extends ToolDef<N, infer R> ? R : never;

export interface ToolOutcome<N extends ToolName = ToolName> {
  name: N;
  result: ToolResult<ToolData<N>>;
}

export function isToolName(name: string): name is ToolName {
  return Object.hasOwn(toolArgSchemas, name);
}

/** Validates and runs one tool for the sender in `ctx`. Bad arguments come back as an error result. */
export function callTool<N extends ToolName>(ctx: CoachContext, name: N, rawArgs: unknown): ToolOutcome<N> {
  const schema = toolArgSchemas[name];
  const parsed = schema.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return { name, result: invalidArguments(parsed.error) };
  }
  const tool = tools[name] as unknown as ToolDef<N, ToolData<N>>;
  try {
    return { name, result: tool.run(ctx, parsed.data as never) };
  } catch (err) {
    // A database locked by another process: the whole update is tried again once it is free (src/bot/bot.ts). A
    // database that cannot be written at all: the bot's apology says so (it is not the runner's input).
    if (isBusyError(err) || storageFailure(err)) throw err;
    ctx.log.error({ err, tool: name, userId: ctx.userId }, 'tool failed');
    return { name, result: fail('err-coach-side') };
  }
}

/** A tool outcome as the model may see it (never Strava data). */
export function outcomeForModel(outcome: ToolOutcome): unknown {
  if (!outcome.result.ok) return { error: outcome.result.error };
  const tool = tools[outcome.name] as unknown as ToolDef<ToolName, unknown>;
  return tool.forModel(outcome.result.data);
}
