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
import type { FunctionCall, FunctionDeclaration, GenerateContentResponse, Part } from '@google/genai';
import { GoogleGenAI, ThinkingLevel } from '@google/genai';
import type { Config } from '../../config.ts';
import { isBusyError, storageFailure } from '../../db/busy.ts';
import type { User } from '../../db/store/index.ts';
import { splitHtml } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import { modelMaySee, type RunSource } from '../../runs/source-policy.ts';
import { projectPath } from '../../util/project-root.ts';
import { mergeTexts } from '../conversation/respond.ts';
import { coachLanguage } from '../language.ts';
import { offlineCoach } from '../offline-coach.ts';
import { mediaNeedsGemini, mediaNotUnderstood, noRunInPhoto } from '../replies/media.ts';
import { renderOutcome } from '../replies/outcomes.ts';
import { callTool, isToolName, outcomeForModel, type ToolOutcome } from '../tools/index.ts';
import type { ToolName } from '../tools/schemas.ts';
import type { Coach, CoachContext, CoachReply, MediaMessage, OutgoingMessage } from '../types.ts';
import { CONVERSATION_TOOLS, functionDeclarations } from './declarations.ts';
import { classify, GeminiFailure } from './errors.ts';
import { factsFor } from './facts.ts';
import { boundedHistory, DEFAULT_HISTORY_LIMITS, type HistoryLimits, loadTurns, saveTurn } from './history.ts';
import { contentsFor, type KeptContent } from './signatures.ts';
import { modelTextToHtml, textOfParts } from './text.ts';

/** The API version is pinned: the wire format the tests' fake server speaks. */
export const GEMINI_API_VERSION = 'v1beta';
export const DEFAULT_MAX_STEPS = 5;
/** 429s asking for a longer wait than this go to the offline coach at once. */
export const DEFAULT_MAX_RETRY_DELAY_MS = 3000;

export const SYSTEM_PROMPT_PATH = projectPath('prompts', 'coach.md');

export function loadSystemPrompt(): string {
  return readFileSync(SYSTEM_PROMPT_PATH, 'utf8').trim();
}

const mediaPrompts = new Map<MediaMessage['kind'], string>();

/** Extra instructions for voice and photo turns, sent only on those turns (every token is paid per request). */
function loadMediaPrompt(kind: MediaMessage['kind']): string {
  let prompt = mediaPrompts.get(kind);
  if (prompt === undefined) {
    prompt = readFileSync(projectPath('prompts', `${kind}.md`), 'utf8').trim();
    mediaPrompts.set(kind, prompt);
  }
  return prompt;
}

/**
 * Gemini 3 thinks before it answers; "low" keeps a tool loop fast (Google's Gemini 3 guide: low thinking for
 * chat and high-throughput tasks). Older families (1.x, 2.x) do not accept `thinkingLevel` at all.
 */
export const DEFAULT_THINKING_LEVEL = ThinkingLevel.LOW;

export function acceptsThinkingLevel(model: string): boolean {
  return !/^gemini-[12](\.|-)/.test(model);
}

export interface GeminiCoachOptions {
  /** Without a key every message goes to the fallback. */
  apiKey: string | undefined;
  model: string;
  /**
   * Tried in order for the same turn when the model before is gone (404 NOT_FOUND) or overloaded (503, or 429
   * without a short RetryInfo). The offline coach stays the last resort.
   */
  fallbackModels?: string[];
  thinkingLevel?: ThinkingLevel;
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
  onTurn?: (turn: {
    result: string;
    requests: number;
    promptTokens: number;
    outputTokens: number;
    model: string;
    kind: TurnKind;
  }) => void;
  /** Told once per model that answered 404 NOT_FOUND (for metrics); the model is not asked again. */
  onModelGone?: (model: string) => void;
  /** Told when a turn moves on to the next model. */
  onModelSwitch?: (change: { from: string; to: string; reason: 'gone' | 'overloaded' }) => void;
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

export type TurnKind = 'text' | MediaMessage['kind'];

/** What one turn sends and keeps. */
interface TurnInput {
  kind: TurnKind;
  /** The runner's content as this turn's requests send it. */
  parts: Part[];
  /** What the history keeps instead: never audio or image bytes. */
  kept: Part[];
  tools: readonly ToolName[];
  /** The answer when no model could take the turn and no tool acted. */
  fallback: () => Promise<CoachReply>;
}

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
  // A spike is judged against every run, Strava's too: the template words it (and the days it eased).
  if (outcome.name === 'log_run') {
    const data = outcome.result.data as { spike?: unknown; loadChanges?: unknown[] };
    return (data.spike ?? null) !== null || (data.loadChanges ?? []).length > 0;
  }
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
  /** Models that answered 404: gone for the life of the process (logged once, counted once). */
  private readonly gone = new Set<string>();

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
              html: t(coachLanguage(ctx), 'feat-too-long', { length: text.length, max: this.options.maxMessageChars }),
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
      return await this.converse(ctx, user, day, {
        kind: 'text',
        parts: [{ text }],
        kept: [{ text }],
        tools: CONVERSATION_TOOLS,
        fallback: () => this.offline(ctx, text),
      });
    } catch (err) {
      // The update is tried again once the database is free, or the bot says it cannot save (src/bot/bot.ts).
      if (isBusyError(err) || storageFailure(err)) throw err;
      ctx.log.error({ err, userId: ctx.userId }, 'gemini coach failed');
      return this.offline(ctx, text);
    }
  }

  hearsAndSees(): boolean {
    return this.client !== undefined;
  }

  /**
   * A voice note or a photo: the bytes go to the model inline for this turn only; the history keeps a text
   * placeholder. Voice acts through the usual tools; a photo may only propose a run (logged after the Log button).
   */
  async replyToMedia(ctx: CoachContext, media: MediaMessage): Promise<CoachReply> {
    const notUnderstood = async (): Promise<CoachReply> => ({
      messages: mediaNotUnderstood(media.kind, coachLanguage(ctx)),
      via: 'offline',
    });
    try {
      const user = ctx.store.users.get(ctx.userId);
      if (!this.client || !user) return { messages: mediaNeedsGemini(media.kind, coachLanguage(ctx)), via: 'offline' };
      const day = utcDay(ctx.now());
      const used = ctx.store.usage.get(ctx.userId, day)?.turns ?? 0;
      if (used >= this.options.dailyTurns) {
        ctx.log.info({ userId: ctx.userId, turns: used }, 'gemini daily turn cap reached');
        return notUnderstood();
      }
      const caption = media.caption?.trim() ? media.caption.trim().slice(0, this.options.maxMessageChars) : '';
      const label =
        media.kind === 'voice'
          ? `[Voice note, ${Math.round(media.seconds ?? 0)} s${caption ? `, caption: ${caption}` : ''}]`
          : `[Photo${caption ? `, caption: ${caption}` : ''}]`;
      return await this.converse(ctx, user, day, {
        kind: media.kind,
        parts: [
          { text: label },
          { inlineData: { mimeType: media.mimeType, data: Buffer.from(media.data).toString('base64') } },
        ],
        // The bytes are never stored: the history says what it was, and the model's answer says what it heard.
        kept: [{ text: `${label} (not kept)` }],
        tools: media.kind === 'photo' ? ['propose_run'] : CONVERSATION_TOOLS,
        fallback: notUnderstood,
      });
    } catch (err) {
      ctx.log.error({ err, userId: ctx.userId }, 'gemini coach failed');
      return notUnderstood();
    }
  }

  /** The models to try, in order: the configured one, then the fallbacks, without those known to be gone. */
  private chain(): string[] {
    return [...new Set([this.options.model, ...(this.options.fallbackModels ?? [])])].filter((m) => !this.gone.has(m));
  }

  private markGone(ctx: CoachContext, model: string): void {
    if (this.gone.has(model)) return;
    this.gone.add(model);
    this.options.onModelGone?.(model);
    ctx.log.warn(
      { model, fallbacks: this.chain() },
      `Gemini model "${model}" answered 404 NOT_FOUND: it was shut down or the name is wrong. It is skipped until restart; set GEMINI_MODEL / GEMINI_FALLBACK_MODELS to current models (see README).`,
    );
  }

  /** The system instruction of a turn: the prompt file and this runner's facts. */
  systemInstruction(ctx: CoachContext, user: User): string {
    return `${this.prompt}\n\n${factsFor(ctx, user)}`;
  }

  private async converse(ctx: CoachContext, user: User, day: string, input: TurnInput): Promise<CoachReply> {
    const client = this.client as GoogleGenAI;
    const chain = this.chain();
    if (chain.length === 0) {
      // Each gone model was already named once at warn level; this is the per-turn consequence.
      ctx.log.info({ userId: ctx.userId }, 'every configured Gemini model is gone; answering offline');
      return input.fallback();
    }
    let current = 0;
    const started = Date.now();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new GeminiFailure('timeout', 'no answer before the deadline'));
    }, this.options.timeoutMs);
    const turns = loadTurns(ctx.store, ctx.userId);
    const { contents: past, keepFromId } = boundedHistory(turns, this.limits);
    const base = this.systemInstruction(ctx, user);
    const systemInstruction = input.kind === 'text' ? base : `${base}\n\n${loadMediaPrompt(input.kind)}`;
    const declarations: FunctionDeclaration[] = functionDeclarations(input.tools);
    const turn: KeptContent[] = [{ role: 'user', parts: input.parts }];
    const outcomes: ToolOutcome[] = [];
    const stats: TurnStats = { requests: 0, promptTokens: 0, outputTokens: 0, totalTokens: 0 };
    let retried = false;
    ctx.store.usage.add(ctx.userId, day, { turns: 1 });

    const thinkingLevel = this.options.thinkingLevel ?? DEFAULT_THINKING_LEVEL;

    const generate = async (): Promise<GenerateContentResponse> => {
      for (;;) {
        const model = chain[current] as string;
        try {
          stats.requests++;
          return await client.models.generateContent({
            model,
            // Each content as this model may take it: its own whole, other models' without their signatures.
            contents: contentsFor(model, [...past, ...turn]),
            config: {
              systemInstruction,
              tools: [{ functionDeclarations: declarations }],
              // No temperature/topP/topK: Gemini 3 is tuned for its defaults (Google's Gemini 3 guide).
              ...(acceptsThinkingLevel(model) ? { thinkingConfig: { thinkingLevel } } : {}),
              abortSignal: controller.signal,
              automaticContinuation: false,
            },
          });
        } catch (err) {
          const failure = classify(err, timedOut);
          const wait = failure.retryDelayMs;
          const inTime = (ms: number) => Date.now() + ms < started + this.options.timeoutMs;
          const honour =
            failure.kind === 'rate_limited' &&
            !retried &&
            wait !== undefined &&
            wait <= this.maxRetryDelayMs &&
            inTime(wait);
          if (honour) {
            retried = true;
            ctx.log.info({ userId: ctx.userId, model, retryDelayMs: wait }, 'gemini rate limited, retrying once');
            await sleep(wait, controller.signal);
            continue;
          }
          const gone = failure.kind === 'model_gone';
          const overloaded = failure.status === 503 || failure.kind === 'rate_limited';
          if (gone) this.markGone(ctx, model);
          const next = chain[current + 1];
          if ((!gone && !overloaded) || next === undefined || !inTime(0)) throw failure;
          current++;
          this.options.onModelSwitch?.({ from: model, to: next, reason: gone ? 'gone' : 'overloaded' });
          ctx.log.info(
            { userId: ctx.userId, from: model, to: next, status: failure.status },
            'gemini model unavailable, trying the next one',
          );
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
        // The model's content is kept exactly as it came: every part, thought signatures included (and which
        // model made it, so that another model is never sent signatures it cannot check).
        turn.push({ role: 'model', parts, model: chain[current] as string });
        if (calls.length === 0) {
          answer = textOfParts(parts);
          break;
        }
        if (step >= this.maxSteps) throw new GeminiFailure('step_limit', `still calling tools after ${step} steps`);
        const responses: Part[] = calls.map((call) => {
          const name = call.name as string;
          let payload: Record<string, unknown>;
          if (isToolName(name) && input.tools.includes(name)) {
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
      if (!answer && outcomes.length === 0 && input.kind !== 'photo') {
        throw new GeminiFailure('malformed', 'no text and no function call');
      }
      const messages =
        input.kind === 'photo' ? this.composePhoto(ctx, answer, outcomes) : this.compose(ctx, answer, outcomes);
      turn[0] = { role: 'user', parts: input.kept };
      saveTurn(ctx.store, ctx.userId, turn, keepFromId);
      this.account(ctx, day, stats, started, outcomes, 'ok', chain[current] as string, input.kind);
      return { messages, via: 'gemini' };
    } catch (err) {
      const failure = classify(err, timedOut);
      this.account(ctx, day, stats, started, outcomes, failure.kind, chain[current] as string, input.kind, failure);
      return this.afterFailure(ctx, input, outcomes);
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
   * A photo turn: the proposal (Log / Change / Cancel) in the template's words and numbers, or the model's
   * words on what the photo shows when it found no run.
   */
  private composePhoto(ctx: CoachContext, answer: string, outcomes: ToolOutcome[]): OutgoingMessage[] {
    // One proposal a run shown (a screen listing two runs gets two, each with its own buttons).
    const proposals = outcomes.filter((o) => o.name === 'propose_run' && o.result.ok);
    if (proposals.length) {
      const user = ctx.store.users.get(ctx.userId);
      return proposals.slice(0, 5).flatMap((o) => renderOutcome(o, user));
    }
    if (answer) return splitHtml(modelTextToHtml(answer)).map((html) => ({ html }));
    return noRunInPhoto(coachLanguage(ctx));
  }

  /**
   * After a failure: when tools already acted in this turn, their templates say what was done (answering the
   * text again offline could act twice); otherwise the offline coach answers the text (or, for a voice note or
   * a photo, the runner is asked to type it).
   */
  private async afterFailure(ctx: CoachContext, input: TurnInput, outcomes: ToolOutcome[]): Promise<CoachReply> {
    const done = outcomes.filter((o) => o.result.ok);
    if (done.length === 0) return input.fallback();
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
      if (isBusyError(err) || storageFailure(err)) throw err;
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
    model: string,
    kind: TurnKind,
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
      model,
      kind,
    });
    const fields = {
      userId: ctx.userId,
      model,
      kind,
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
  extra: Pick<GeminiCoachOptions, 'onTurn' | 'onModelGone' | 'onModelSwitch'> = {},
): GeminiCoach {
  return new GeminiCoach({
    ...extra,
    apiKey: config.gemini.apiKey,
    model: config.gemini.model,
    fallbackModels: config.gemini.fallbackModels,
    thinkingLevel: ThinkingLevel[config.gemini.thinkingLevel],
    baseUrl: config.gemini.baseUrl,
    timeoutMs: config.gemini.timeoutMs,
    dailyTurns: config.gemini.dailyTurns,
    maxMessageChars: config.maxMessageChars,
  });
}
