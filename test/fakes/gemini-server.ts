/**
 * A fake Gemini API: a real HTTP server on 127.0.0.1 speaking the `generateContent` wire format, reached by
 * the real `@google/genai` SDK through `httpOptions.baseUrl`.
 *
 * - Scriptable: a queue of replies (`enqueue`) or a handler function (`handle`); without either it says "OK".
 * - Records every request (`requests`: model, parsed body, raw text).
 * - Replies: model contents (text parts, `functionCall` parts, each step's first call carrying a
 *   `thoughtSignature` as Gemini 3 does) with `usageMetadata`; errors (429 RESOURCE_EXHAUSTED with RetryInfo,
 *   503 UNAVAILABLE, any status); malformed bodies; slow answers.
 * - Checks like Google's: every model content in a request that holds function calls must come back with its
 *   parts unchanged, signature included, to the model that made it (or carry the documented dummy signature,
 *   for contents from another model); the function responses after it must answer every call, together in
 *   one content; declarations may only use the JSON Schema keywords Gemini accepts; `thinkingLevel` only for
 *   Gemini 3 models and never with `thinkingBudget`; inline data only in the MIME types Gemini documents.
 *   Otherwise 400 INVALID_ARGUMENT, and the violation is kept in `violations`.
 * - Shut-down models (`goneModels`, by default the ones Google's deprecations page lists as shut down, among
 *   them gemini-2.5-flash since 2026-12-01) answer 404 NOT_FOUND, as the real API does.
 * - Usage is estimated as Gemini counts it: text at about 4 characters a token, audio at 32 tokens a second,
 *   an image at 1,120 tokens (`estimatePromptTokens`).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakePart {
  text?: string;
  thought?: boolean;
  inlineData?: { mimeType?: string; data?: string };
  thoughtSignature?: string;
  functionCall?: { id?: string; name: string; args?: Record<string, unknown> };
  functionResponse?: { id?: string; name: string; response: Record<string, unknown> };
}

export interface FakeContent {
  role?: string;
  parts: FakePart[];
}

export interface GeminiRequestBody {
  contents: FakeContent[];
  systemInstruction?: FakeContent;
  tools?: { functionDeclarations?: { name: string; description?: string; parametersJsonSchema?: unknown }[] }[];
  generationConfig?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface RecordedRequest {
  model: string;
  path: string;
  apiKey: string | undefined;
  body: GeminiRequestBody;
  raw: string;
}

export type FakeReply =
  | { kind: 'model'; parts: FakePart[]; finishReason?: string; usage?: Partial<Usage> }
  | { kind: 'error'; status: number; body: unknown }
  | { kind: 'raw'; status: number; body: string; contentType?: string }
  | { kind: 'slow'; ms: number; then: FakeReply };

export type FakeHandler = (req: RecordedRequest, index: number) => FakeReply | Promise<FakeReply>;

interface Usage {
  promptTokenCount: number;
  candidatesTokenCount: number;
  totalTokenCount: number;
}

/** JSON Schema keywords Gemini documents as supported in `parametersJsonSchema`. */
const SCHEMA_KEYWORDS = new Set([
  '$id',
  '$defs',
  '$ref',
  '$anchor',
  'type',
  'format',
  'title',
  'description',
  'enum',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'anyOf',
  'oneOf',
  'properties',
  'additionalProperties',
  'required',
  'propertyOrdering',
]);

/**
 * Models the real API answers 404 NOT_FOUND for: shut down per Google's Gemini deprecations page (2.0 Flash in
 * 2026, 2.5 Flash and 2.5 Pro on 2026-12-01, 3 Pro Preview on 2026-03-09) and the 1.5 family before them.
 */
export const SHUT_DOWN_MODELS: readonly string[] = [
  'gemini-1.5-flash',
  'gemini-1.5-flash-8b',
  'gemini-1.5-pro',
  'gemini-2.0-flash',
  'gemini-2.0-flash-001',
  'gemini-2.0-flash-lite',
  'gemini-2.0-flash-lite-001',
  'gemini-2.5-flash',
  'gemini-2.5-pro',
  'gemini-3-pro-preview',
];

/** The dummy signatures Google documents for function calls that did not come from this model. */
export const DUMMY_SIGNATURES: readonly string[] = [
  'skip_thought_signature_validator',
  'context_engineering_is_the_way_to_go',
];

/** Inline data MIME types Gemini documents (audio and image understanding guides). */
const INLINE_TYPES = new Set([
  'audio/wav',
  'audio/mp3',
  'audio/aiff',
  'audio/aac',
  'audio/ogg',
  'audio/flac',
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/heic',
  'image/heif',
]);

const THINKING_LEVELS = new Set(['MINIMAL', 'LOW', 'MEDIUM', 'HIGH']);

/** Audio: 32 tokens a second (Gemini audio guide). Telegram voice notes are Opus at about 32 kbit/s. */
const AUDIO_TOKENS_PER_SECOND = 32;
const AUDIO_BYTES_PER_SECOND = 4000;
/** An image at Gemini 3's default (high) media resolution (Gemini 3 developer guide, media resolution). */
const IMAGE_TOKENS = 1120;

/** Prompt tokens of a request as Gemini would count them (estimated): text, audio and images. */
export function estimatePromptTokens(body: GeminiRequestBody): number {
  let inline = 0;
  const stripped = JSON.stringify(body, (key, value: unknown) => {
    if (key !== 'inlineData' || !value || typeof value !== 'object') return value;
    const { mimeType = '', data = '' } = value as { mimeType?: string; data?: string };
    const bytes = Math.floor((data.length * 3) / 4);
    inline += mimeType.startsWith('audio/')
      ? Math.ceil((bytes / AUDIO_BYTES_PER_SECOND) * AUDIO_TOKENS_PER_SECOND)
      : IMAGE_TOKENS;
    return { mimeType };
  });
  return Math.ceil(stripped.length / 4) + inline;
}

/** The inline data parts (audio, images) of a request's last user content. */
export function inlineDataParts(req: RecordedRequest): { mimeType: string; bytes: number }[] {
  const lastUser = [...req.body.contents]
    .reverse()
    .find((c) => c.role === 'user' && c.parts.some((p) => p.text !== undefined));
  return (lastUser?.parts ?? []).flatMap((p) =>
    p.inlineData
      ? [{ mimeType: p.inlineData.mimeType ?? '', bytes: Buffer.from(p.inlineData.data ?? '', 'base64').length }]
      : [],
  );
}

// ---- reply builders -------------------------------------------------------------------------------------

export const text = (t: string): FakePart => ({ text: t });
export const call = (name: string, args: Record<string, unknown> = {}): FakePart => ({
  functionCall: { name, args },
});
/** A model turn made of these parts. */
export const model = (...parts: FakePart[]): FakeReply => ({ kind: 'model', parts });
export const say = (t: string): FakeReply => model(text(t));
export const calls = (...list: [string, Record<string, unknown>?][]): FakeReply =>
  model(...list.map(([n, a]) => call(n, a ?? {})));

export function rateLimited(retryDelay?: string): FakeReply {
  return {
    kind: 'error',
    status: 429,
    body: {
      error: {
        code: 429,
        message: 'Resource has been exhausted (e.g. check quota).',
        status: 'RESOURCE_EXHAUSTED',
        details: retryDelay ? [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay }] : [],
      },
    },
  };
}

export function unavailable(): FakeReply {
  return {
    kind: 'error',
    status: 503,
    body: { error: { code: 503, message: 'The model is overloaded. Please try again later.', status: 'UNAVAILABLE' } },
  };
}

export function malformed(): FakeReply {
  return { kind: 'raw', status: 200, body: '{"candidates": [{"content": {"parts": [', contentType: 'application/json' };
}

export const slow = (ms: number, then: FakeReply): FakeReply => ({ kind: 'slow', ms, then });

// ---- helpers for assertions -------------------------------------------------------------------------------

/** The function responses of the last content of a request. */
export function lastFunctionResponses(req: RecordedRequest): NonNullable<FakePart['functionResponse']>[] {
  const last = req.body.contents[req.body.contents.length - 1];
  return (last?.parts ?? []).flatMap((p) => (p.functionResponse ? [p.functionResponse] : []));
}

export function systemText(req: RecordedRequest): string {
  return (req.body.systemInstruction?.parts ?? []).map((p) => p.text ?? '').join('');
}

// ---- the server -------------------------------------------------------------------------------------------

function invalid(message: string): FakeReply {
  return { kind: 'error', status: 400, body: { error: { code: 400, message, status: 'INVALID_ARGUMENT' } } };
}

export class FakeGemini {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  /** Google's checks (signatures, responses, schemas); switch off to test what the coach does with a 400. */
  strict = true;
  /** Models answered with 404 NOT_FOUND. */
  readonly goneModels = new Set<string>(SHUT_DOWN_MODELS);
  private queue: FakeReply[] = [];
  private handler: FakeHandler | undefined;
  private server: Server | undefined;
  /** Model contents that carried a signature, by signature: the model that made it and its parts (JSON). */
  private readonly issued = new Map<string, { model: string; parts: string }>();
  private callSeq = 0;

  /** Starts on 127.0.0.1:0; the base URL goes to `GEMINI_BASE_URL` / `httpOptions.baseUrl`. */
  async start(): Promise<{ baseUrl: string }> {
    this.server = createServer((req, res) => {
      void this.serve(req, res);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return { baseUrl: `http://127.0.0.1:${port}` };
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  enqueue(...replies: FakeReply[]): this {
    this.queue.push(...replies);
    return this;
  }

  handle(fn: FakeHandler): this {
    this.handler = fn;
    return this;
  }

  /** Bodies of every request, as sent on the wire. */
  get bodies(): string[] {
    return this.requests.map((r) => r.raw);
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    const m = /^\/v1beta\/models\/([^/:]+):generateContent$/.exec(url.pathname);
    if (req.method !== 'POST' || !m) {
      return this.send(res, {
        kind: 'error',
        status: 404,
        body: { error: { code: 404, message: `no route ${req.method} ${url.pathname}`, status: 'NOT_FOUND' } },
      });
    }
    let body: GeminiRequestBody;
    try {
      body = JSON.parse(raw) as GeminiRequestBody;
    } catch {
      return this.send(res, invalid('Invalid JSON payload received.'));
    }
    const apiKey = (req.headers['x-goog-api-key'] as string | undefined) ?? url.searchParams.get('key') ?? undefined;
    const recorded: RecordedRequest = { model: m[1] as string, path: url.pathname, apiKey, body, raw };
    this.requests.push(recorded);
    if (!apiKey) {
      return this.send(res, {
        kind: 'error',
        status: 403,
        body: {
          error: { code: 403, message: 'Method doesn\u2019t allow unregistered callers.', status: 'PERMISSION_DENIED' },
        },
      });
    }
    const model = (m[1] as string).replace(/^models\//, '');
    if (this.goneModels.has(model)) {
      return this.send(res, {
        kind: 'error',
        status: 404,
        body: {
          error: {
            code: 404,
            message: `models/${model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`,
            status: 'NOT_FOUND',
          },
        },
      });
    }
    if (this.strict) {
      const problem = this.check(body, model);
      if (problem) {
        this.violations.push(problem);
        return this.send(res, invalid(problem));
      }
    }
    const index = this.requests.length - 1;
    const reply = this.queue.shift() ?? (this.handler ? await this.handler(recorded, index) : say('OK'));
    return this.send(res, reply, estimatePromptTokens(body), model);
  }

  /** What Google would refuse with 400. */
  private check(body: GeminiRequestBody, model: string): string | undefined {
    if (!Array.isArray(body.contents) || body.contents.length === 0) return 'contents is required';
    const thinking = body.generationConfig?.thinkingConfig as Record<string, unknown> | undefined;
    if (thinking?.thinkingLevel !== undefined) {
      if (thinking.thinkingBudget !== undefined) {
        return 'thinking_budget and thinking_level cannot both be set.';
      }
      if (/^gemini-[12][.-]/.test(model)) return 'Thinking level is not supported for this model.';
      if (!THINKING_LEVELS.has(String(thinking.thinkingLevel))) {
        return `Invalid value at 'generation_config.thinking_config.thinking_level' (${String(thinking.thinkingLevel)})`;
      }
    }
    for (const c of body.contents) {
      for (const p of c.parts ?? []) {
        if (!p.inlineData) continue;
        if (!INLINE_TYPES.has(p.inlineData.mimeType ?? '')) {
          return `Unsupported MIME type: ${p.inlineData.mimeType ?? '(none)'}`;
        }
        if (!p.inlineData.data) return 'inline_data.data is required';
      }
    }
    for (const tool of body.tools ?? []) {
      for (const decl of tool.functionDeclarations ?? []) {
        const bad = badKeyword(decl.parametersJsonSchema);
        if (bad) return `Invalid JSON payload: function ${decl.name}: unsupported schema keyword "${bad}"`;
      }
    }
    const contents = body.contents;
    for (let i = 0; i < contents.length; i++) {
      const c = contents[i] as FakeContent;
      const fnCalls = c.parts.filter((p) => p.functionCall);
      if (c.role !== 'model' || fnCalls.length === 0) continue;
      const signature = c.parts.find((p) => p.functionCall)?.thoughtSignature;
      if (!signature) {
        return `Function call is missing a thought_signature in functionCall parts (content ${i}).`;
      }
      if (!DUMMY_SIGNATURES.includes(signature)) {
        const sent = this.issued.get(signature);
        if (sent === undefined) return `Unknown thought signature in content ${i}.`;
        if (sent.model !== model || sent.parts !== canonical(c.parts)) {
          return `Corrupted thought signature: model content ${i} differs from the one returned.`;
        }
      }
      const next = contents[i + 1];
      if (!next) return 'A function call must be followed by its function responses.';
      const answered = next.parts.filter((p) => p.functionResponse);
      if (answered.length !== fnCalls.length || next.parts.length !== answered.length) {
        return `Please ensure that the number of function response parts is equal to the number of function call parts of the function call turn (content ${i + 1}).`;
      }
      for (let k = 0; k < fnCalls.length; k++) {
        if (answered[k]?.functionResponse?.name !== fnCalls[k]?.functionCall?.name) {
          return `Function response ${k} in content ${i + 1} does not match its call.`;
        }
      }
    }
    return undefined;
  }

  private async send(res: ServerResponse, reply: FakeReply, promptTokens = 0, model = ''): Promise<void> {
    if (reply.kind === 'slow') {
      await new Promise((r) => setTimeout(r, reply.ms));
      if (res.destroyed || res.writableEnded) return;
      return this.send(res, reply.then, promptTokens, model);
    }
    if (res.destroyed) return;
    if (reply.kind === 'raw') {
      res.writeHead(reply.status, { 'content-type': reply.contentType ?? 'application/json' });
      res.end(reply.body);
      return;
    }
    if (reply.kind === 'error') {
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify(reply.body));
      return;
    }
    const parts = this.sign(reply.parts, model);
    const outputChars = JSON.stringify(parts).length;
    const usage: Usage = {
      promptTokenCount: promptTokens,
      candidatesTokenCount: Math.ceil(outputChars / 4),
      totalTokenCount: 0,
      ...reply.usage,
    };
    usage.totalTokenCount ||= usage.promptTokenCount + usage.candidatesTokenCount;
    const body = {
      candidates: [{ content: { role: 'model', parts }, finishReason: reply.finishReason ?? 'STOP', index: 0 }],
      usageMetadata: usage,
      modelVersion: model || 'fake-gemini',
      responseId: randomBytes(6).toString('hex'),
    };
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify(body));
  }

  /** Gemini 3 style: the first function call of a step carries the signature; text answers carry one too. */
  private sign(parts: FakePart[], model: string): FakePart[] {
    const out = parts.map((p) => ({
      ...p,
      ...(p.functionCall ? { functionCall: { id: `call-${++this.callSeq}`, ...p.functionCall } } : {}),
    }));
    const first = out.find((p) => p.functionCall) ?? out.find((p) => p.text !== undefined);
    if (first && !first.thoughtSignature) first.thoughtSignature = randomBytes(24).toString('base64');
    if (first?.functionCall && first.thoughtSignature) {
      this.issued.set(first.thoughtSignature, { model, parts: canonical(out) });
    }
    return out;
  }
}

/** JSON with sorted keys: the SDK may rebuild objects in another key order, which changes nothing. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function badKeyword(schema: unknown): string | undefined {
  if (Array.isArray(schema)) {
    for (const s of schema) {
      const bad = badKeyword(s);
      if (bad) return bad;
    }
    return undefined;
  }
  if (!schema || typeof schema !== 'object') return undefined;
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (!SCHEMA_KEYWORDS.has(key)) return key;
    if (key === 'properties' || key === '$defs') {
      for (const sub of Object.values(value as Record<string, unknown>)) {
        const bad = badKeyword(sub);
        if (bad) return bad;
      }
    } else if (key === 'items' || key === 'anyOf' || key === 'oneOf' || key === 'prefixItems') {
      const bad = badKeyword(value);
      if (bad) return bad;
    }
  }
  return undefined;
}
