/**
 * The Gemini coach: the model converses and chooses tools; the tools (and through them the engine) act and
 * supply every number (design.md, principle 1). When Gemini is not configured, slow, rate-limited, failing or
 * confused, the offline coach answers: the runner is never left unanswered.
 *
 * One turn: the runner's text → generateContent → the model's function calls (parallel ones too) run through
 * `callTool` (zod-validated, for the sender only) → all their results go back together in one content → ...
 * until the model answers in text, or the step limit. The whole turn (every part, thought signatures
 * included) is then stored, so the next request, even after a restart, is accepted.
 */
import { readFileSync } from 'node:fs';
import type { Content, FunctionCall, GenerateContentResponse, Part } from '@google/genai';
import { GoogleGenAI } from '@google/genai';
import { splitHtml } from '../../bot/format/html.ts';
import type { Config } from '../../config.ts';
import type { User } from '../../db/store/index.ts';
import { modelMaySee, type RunSource } from '../../runs/source-policy.ts';
import { offlineCoach } from '../offline-coach.ts';
import { renderOutcome } from '../replies/outcomes.ts';
import { mergeTexts } from '../respond.ts';
import { callTool, isToolName, outcomeForModel, type ToolOutcome } from '../tools/index.ts';
import type { Coach, CoachContext, CoachReply, OutgoingMessage } from '../types.ts';
import { functionDeclarations } from './declarations.ts';
import { classify, GeminiFailure } from './errors.ts';
import { factsFor } from './facts.ts';
import { boundedHistory, DEFAULT_HISTORY_LIMITS, type HistoryLimits, loadTurns, saveTurn } from './history.ts';
import { modelTextToHtml, textOfParts } from './text.ts';

/** The API version is pinned: the wire format the tests' fake server speaks. */
export const GEMINI_API_VERSION = 'v1beta';
export const DEFAULT_MAX_STEPS = 5;
/** 429s asking for a longer wait than this go to the offline coach at once. */
export const DEFAULT_MAX_RETRY_DELAY_MS = 3000;

export const SYSTEM_PROMPT_PATH = new URL('../../../prompts/coach.md', import.meta.url);

export function loadSystemPrompt(): string {
  return readFileSync(SYSTEM_PROMPT_PATH, 'utf8').trim();
}

export interface GeminiCoachOptions {
  /** Without a key every message goes to the fallback. */
  apiKey: string | undefined;
  model: string;
  /** API root (a test server); Google's when unset. */
  baseUrl?: string | undefined;
  /** Deadline for a whole turn, all requests included; the request in flight is aborted. */
  timeoutMs: number;
  /** Model turns per runner per UTC day. */
  dailyTurns: number;
  maxMessageChars: number;
  /** Model requests per turn. */
  maxSteps?: number;
  maxRetryDelayMs?: number;
  fallback?: Coach;
  /** Told after every turn that reached Gemini (for metrics): 'ok' or the failure kind. */
  onTurn?: (turn: { result: string; requests: number; promptTokens: number; outputTokens: number }) => void;
  systemPrompt?: string;
  history?: Partial<HistoryLimits>;
}

export interface TurnStats {
  requests: number;
  promptTokens: number;
  outputTokens: number;
  totalTokens: number;
}

const utcDay = (d: Date) => d.toISOString().slice(0, 10);

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Results that involve Strava runs are worded by templates, not by the model (design.md, "Strava policy"). */
export function concernsStrava(outcome: ToolOutcome): boolean {
  if (!outcome.result.ok) return false;
  const data = outcome.result.data as { stravaRuns?: number; runs?: { source: RunSource }[] };
  if (outcome.name === 'get_progress') return (data.stravaRuns ?? 0) > 0;
  if (outcome.name === 'get_workouts') return (data.runs ?? []).some((r) => !modelMaySee(r));
  // A load check that lightened the coming days may have counted Strava runs: the template words it.
  if (outcome.name === 'log_run')
    return ((outcome.result.data as { loadChanges?: unknown[] }).loadChanges ?? []).length > 0;
  return false;
}

/** The function-response payload: `output` on success, `error` the model can act on otherwise. */
function responseFor(outcome: ToolOutcome): Record<string, unknown> {
  const view = outcomeForModel(outcome);
  return outcome.result.ok ? { output: view ?? null } : (view as Record<string, unknown>);
}

export class GeminiCoach implements Coach {
  private readonly client: GoogleGenAI | undefined;
  private readonly prompt: string;
  private readonly maxSteps: number;
  private readonly maxRetryDelayMs: number;
  private readonly fallbackCoach: Coach;
  private readonly limits: HistoryLimits;

  constructor(private readonly options: GeminiCoachOptions) {
    this.client = options.apiKey
      ? new GoogleGenAI({
          apiKey: options.apiKey,
          httpOptions: {
            apiVersion: GEMINI_API_VERSION,
            ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
          },
        })
      : undefined;
    this.prompt = options.systemPrompt ?? loadSystemPrompt();
    this.maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? DEFAULT_MAX_RETRY_DELAY_MS;
    this.fallbackCoach = options.fallback ?? offlineCoach;
    this.limits = { ...DEFAULT_HISTORY_LIMITS, ...options.history };
  }

  async reply(ctx: CoachContext, text: string): Promise<CoachReply> {
    try {
      if (text.length > this.options.maxMessageChars) {
        return {
          messages: [
            {
              html: `That is a long message (${text.length} characters). Could you put it in under ${this.options.maxMessageChars}? A sentence or two is plenty.`,
            },
          ],
          via: 'offline',
        };
      }
      const user = ctx.store.users.get(ctx.userId);
      if (!this.client || !user) return await this.offline(ctx, text);
      const day = utcDay(ctx.now());
      const used = ctx.store.usage.get(ctx.userId, day)?.turns ?? 0;
      if (used >= this.options.dailyTurns) {
        ctx.log.info({ userId: ctx.userId, turns: used }, 'gemini daily turn cap reached');
        return await this.offline(
          ctx,
          text,
          "You've had a lot of coaching chats today, so I'm answering with my simpler offline brain until tomorrow (UTC). Buttons and commands work as always.",
        );
      }
      return await this.converse(ctx, user, text, day);
    } catch (err) {
      ctx.log.error({ err, userId: ctx.userId }, 'gemini coach failed');
      return this.offline(ctx, text);
    }
  }

  /** The system instruction of a turn: the prompt file and this runner's facts. */
  systemInstruction(ctx: CoachContext, user: User): string {
    return `${this.prompt}\n\n${factsFor(ctx, user)}`;
  }

  private async converse(ctx: CoachContext, user: User, text: string, day: string): Promise<CoachReply> {
    const client = this.client as GoogleGenAI;
    const started = Date.now();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new GeminiFailure('timeout', 'no answer before the deadline'));
    }, this.options.timeoutMs);
    const turns = loadTurns(ctx.store, ctx.userId);
    const { contents: past, keepFromId } = boundedHistory(turns, this.limits);
    const systemInstruction = this.systemInstruction(ctx, user);
    const turn: Content[] = [{ role: 'user', parts: [{ text }] }];
    const outcomes: ToolOutcome[] = [];
    const stats: TurnStats = { requests: 0, promptTokens: 0, outputTokens: 0, totalTokens: 0 };
    let retried = false;
    ctx.store.usage.add(ctx.userId, day, { turns: 1 });

    const generate = async (): Promise<GenerateContentResponse> => {
      for (;;) {
        try {
          stats.requests++;
          return await client.models.generateContent({
            model: this.options.model,
            contents: [...past, ...turn],
            config: {
              systemInstruction,
              tools: [{ functionDeclarations: functionDeclarations() }],
              abortSignal: controller.signal,
              automaticContinuation: false,
            },
          });
        } catch (err) {
          const failure = classify(err, timedOut);
          const wait = failure.retryDelayMs;
          const honour =
            failure.kind === 'rate_limited' &&
            !retried &&
            wait !== undefined &&
            wait <= this.maxRetryDelayMs &&
            Date.now() + wait < started + this.options.timeoutMs;
          if (!honour) throw failure;
          retried = true;
          ctx.log.info({ userId: ctx.userId, retryDelayMs: wait }, 'gemini rate limited, retrying once');
          await sleep(wait, controller.signal);
        }
      }
    };

    try {
      let answer = '';
      for (let step = 1; ; step++) {
        const response = await generate();
        const usage = response.usageMetadata;
        stats.promptTokens += usage?.promptTokenCount ?? 0;
        stats.outputTokens += (usage?.candidatesTokenCount ?? 0) + (usage?.thoughtsTokenCount ?? 0);
        stats.totalTokens += usage?.totalTokenCount ?? 0;
        const parts = response.candidates?.[0]?.content?.parts;
        if (!Array.isArray(parts) || parts.length === 0) {
          const reason = response.candidates?.[0]?.finishReason ?? response.promptFeedback?.blockReason ?? 'empty';
          throw new GeminiFailure('malformed', `no content (${reason})`);
        }
        const calls = parts.flatMap((p): FunctionCall[] => (p.functionCall ? [p.functionCall] : []));
        if (calls.some((c) => typeof c.name !== 'string' || c.name === '')) {
          throw new GeminiFailure('malformed', 'function call without a name');
        }
        // The model's content is kept exactly as it came: every part, thought signatures included.
        turn.push({ role: 'model', parts });
        if (calls.length === 0) {
          answer = textOfParts(parts);
          break;
        }
        if (step >= this.maxSteps) throw new GeminiFailure('step_limit', `still calling tools after ${step} steps`);
        const responses: Part[] = calls.map((call) => {
          const name = call.name as string;
          let payload: Record<string, unknown>;
          if (isToolName(name)) {
            const outcome = callTool(ctx, name, call.args ?? {});
            outcomes.push(outcome);
            payload = responseFor(outcome);
          } else {
            payload = { error: `There is no function named "${name}". Use only the declared functions.` };
          }
          return { functionResponse: { ...(call.id ? { id: call.id } : {}), name, response: payload } };
        });
        // All results of one step go back together, in the order of the calls.
        turn.push({ role: 'user', parts: responses });
      }
      if (!answer && outcomes.length === 0) throw new GeminiFailure('malformed', 'no text and no function call');
      const messages = this.compose(ctx, answer, outcomes);
      saveTurn(ctx.store, ctx.userId, turn, keepFromId);
      this.account(ctx, day, stats, started, outcomes, 'ok');
      return { messages, via: 'gemini' };
    } catch (err) {
      const failure = classify(err, timedOut);
      this.account(ctx, day, stats, started, outcomes, failure.kind, failure);
      return this.afterFailure(ctx, text, outcomes);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The reply: the model's words, unless Strava data is involved or the model said nothing. */
  private compose(ctx: CoachContext, answer: string, outcomes: ToolOutcome[]): OutgoingMessage[] {
    const user = ctx.store.users.get(ctx.userId);
    const templates = outcomes.map((o) => renderOutcome(o, user));
    if (!answer || outcomes.some(concernsStrava)) return mergeTexts(templates.flat());
    const messages: OutgoingMessage[] = splitHtml(modelTextToHtml(answer)).map((html) => ({ html }));
    // The buttons a template would have attached (feedback after a run, setup when there is no plan...).
    const buttons = templates
      .flat()
      .map((m) => m.buttons)
      .filter((b) => b && b.length > 0)
      .pop();
    const last = messages[messages.length - 1];
    if (last && buttons) last.buttons = buttons;
    return messages;
  }

  /**
   * After a failure: when tools already acted in this turn, their templates say what was done (answering the
   * text again offline could act twice); otherwise the offline coach answers the text.
   */
  private async afterFailure(ctx: CoachContext, text: string, outcomes: ToolOutcome[]): Promise<CoachReply> {
    const done = outcomes.filter((o) => o.result.ok);
    if (done.length === 0) return this.offline(ctx, text);
    const user = ctx.store.users.get(ctx.userId);
    return { messages: mergeTexts(done.flatMap((o) => renderOutcome(o, user))), via: 'offline' };
  }

  private async offline(ctx: CoachContext, text: string, note?: string): Promise<CoachReply> {
    try {
      const reply = await this.fallbackCoach.reply(ctx, text);
      const last = reply.messages[reply.messages.length - 1];
      if (note && last) last.html += `\n\n<i>${note}</i>`;
      return { ...reply, via: 'offline' };
    } catch (err) {
      ctx.log.error({ err, userId: ctx.userId }, 'offline coach failed');
      return {
        messages: [{ html: 'Sorry, something went wrong on my side. Please try again in a moment.' }],
        via: 'offline',
      };
    }
  }

  /** Tokens into the usage table and one log line per turn (no text, no secrets). */
  private account(
    ctx: CoachContext,
    day: string,
    stats: TurnStats,
    started: number,
    outcomes: ToolOutcome[],
    result: string,
    failure?: GeminiFailure,
  ): void {
    try {
      ctx.store.usage.add(ctx.userId, day, {
        prompt: stats.promptTokens,
        output: stats.outputTokens,
        total: stats.totalTokens,
      });
    } catch (err) {
      ctx.log.warn({ err, userId: ctx.userId }, 'gemini usage not recorded');
    }
    this.options.onTurn?.({
      result,
      requests: stats.requests,
      promptTokens: stats.promptTokens,
      outputTokens: stats.outputTokens,
    });
    const fields = {
      userId: ctx.userId,
      model: this.options.model,
      result,
      requests: stats.requests,
      tools: outcomes.map((o) => `${o.name}${o.result.ok ? '' : '!'}`),
      promptTokens: stats.promptTokens,
      outputTokens: stats.outputTokens,
      totalTokens: stats.totalTokens,
      ms: Date.now() - started,
      ...(failure ? { failure: failure.message, status: failure.status } : {}),
    };
    if (failure) ctx.log.warn(fields, 'gemini turn failed, answering offline');
    else ctx.log.info(fields, 'gemini turn');
  }
}

/** The Gemini coach as configured by the environment (config.ts). */
export function geminiCoachFromConfig(
  config: Pick<Config, 'gemini' | 'maxMessageChars'>,
  extra: Pick<GeminiCoachOptions, 'onTurn'> = {},
): GeminiCoach {
  return new GeminiCoach({
    ...extra,
    apiKey: config.gemini.apiKey,
    model: config.gemini.model,
    baseUrl: config.gemini.baseUrl,
    timeoutMs: config.gemini.timeoutMs,
    dailyTurns: config.gemini.dailyTurns,
    maxMessageChars: config.maxMessageChars,
  });
}
