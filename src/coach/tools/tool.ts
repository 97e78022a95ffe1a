/** The shape of a coach tool: a zod schema, a handler that takes identity from context, a model view. */
import type { z } from 'zod';
import type { PlanError, Refusal } from '../../training/notes.ts';
import { ENGLISH, engineProblemText } from '../replies/engine-words.ts';
import type { CoachContext } from '../types.ts';
import { type ToolName, toolArgSchemas } from './schemas.ts';

/** An engine refusal or plan error behind a failed tool: the runner reads it from the code (engine-words.ts). */
export type EngineProblem = { refusal: Refusal } | { planError: PlanError };

/** A failed tool: `error` in English for the model and logs, `engine` when the engine said why as a code. */
export type ToolFailure = { ok: false; error: string; engine?: EngineProblem };

export type ToolResult<R> = { ok: true; data: R } | ToolFailure;

export interface ToolDef<N extends ToolName = ToolName, R = unknown> {
  name: N;
  /** What the model reads to choose the tool. */
  description: string;
  run(ctx: CoachContext, args: z.infer<(typeof toolArgSchemas)[N]>): ToolResult<R>;
  /** The result as the model may see it: never Strava data (design.md, "Strava policy"). */
  forModel(data: R): unknown;
}

export const ok = <R>(data: R): ToolResult<R> => ({ ok: true, data });
export const fail = (error: string): ToolResult<never> => ({ ok: false, error });

/** A failure the engine gave as a code: English for the model, the code for the runner's words. */
export function failEngine(engine: EngineProblem): ToolFailure {
  return { ok: false, error: engineProblemText(ENGLISH, engine), engine };
}

export function defineTool<N extends ToolName, R>(def: ToolDef<N, R>): ToolDef<N, R> {
  return def;
}

/** Turns zod issues into one sentence the runner (or the model) can act on. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const path = i.path.length ? `${i.path.join('.')}: ` : '';
      return `${path}${i.message}`;
    })
    .join('; ');
}

export function schemaOf(name: ToolName) {
  return toolArgSchemas[name];
}
