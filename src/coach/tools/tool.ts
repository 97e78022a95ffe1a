/** The shape of a coach tool: a zod schema, a handler that takes identity from context, a model view. */
import type { z } from 'zod';
import { issuesRefs } from '../../messages/issues.ts';
import type { Language } from '../../messages/languages.ts';
import { type MessageRef, type RefArg, ref, renderRef } from '../../messages/refs.ts';
import type { Units } from '../../messages/units.ts';
import type { PlanError, Refusal } from '../../training/notes.ts';
import { ENGLISH, engineProblemText } from '../replies/engine-words.ts';
import type { CoachContext } from '../types.ts';
import { type ToolName, toolArgSchemas } from './schemas.ts';

/**
 * A tool that cannot act says why twice over: `error` in English for the Gemini model (it reads it and answers in
 * the runner's language; contracts.md), and `message`, the same words as a ref that faces without a model (the
 * offline coach, commands, buttons, the Mini App) render in the runner's language (`failureText`).
 */
export interface ToolFailure {
  ok: false;
  error: string;
  /** Absent when the engine said why (`engine`). */
  message?: MessageRef;
  /** The engine said why as a code (a refusal or a plan error): worded by src/coach/replies/engine-words.ts. */
  engine?: EngineProblem;
}

/** An engine refusal or plan error behind a failed tool. */
export type EngineProblem = { refusal: Refusal } | { planError: PlanError };

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

/** A failure in words of errors.ftl: `fail('err-no-plan')`, `fail('err-run-ahead', { date: { day } })`. */
export const fail = (key: string, args?: Record<string, RefArg>): ToolResult<never> => failWith(ref(key, args));

/** A failure whose words are a ref of any area (the engine's refusals, eng- keys: src/coach/engine.ts). */
export const failWith = (message: MessageRef): ToolResult<never> => ({
  ok: false,
  error: renderRef('en', message),
  message,
});

/** A failure the engine gave as a code: English for the model, the code for the runner's words. */
export function failEngine(engine: EngineProblem): ToolFailure {
  return { ok: false, error: engineProblemText(ENGLISH, engine), engine };
}

/** A failure as the runner reads it: in his language (dates in `locale`), else its English. */
export function failureText(lang: Language, failure: ToolFailure, locale: string = lang, units: Units = 'km'): string {
  if (failure.engine) return engineProblemText({ lang, units, locale }, failure.engine);
  if (!failure.message) return failure.error;
  return capitalized(renderRef(lang, failure.message, locale), locale);
}

/** A sentence that opens with a date ("ср, 2 дек. — день отдыха") starts with a capital, as sentences do. */
function capitalized(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** Bad arguments: which field, what it expects (src/messages/issues.ts). */
export function invalidArguments(error: z.ZodError): ToolResult<never> {
  return failWith({ key: 'err-invalid-args', args: { issues: { refs: issuesRefs(error) } } });
}

export function defineTool<N extends ToolName, R>(def: ToolDef<N, R>): ToolDef<N, R> {
  return def;
}

export function schemaOf(name: ToolName) {
  return toolArgSchemas[name];
}
