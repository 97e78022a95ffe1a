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
 *   parts unchanged, signature included; the function responses after it must answer every call, together in
 *   one content; declarations may only use the JSON Schema keywords Gemini accepts. Otherwise 400
 *   INVALID_ARGUMENT, and the violation is kept in `violations`.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakePart {
  text?: string;
  thought?: boolean;
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
  private queue: FakeReply[] = [];
  private handler: FakeHandler | undefined;
  private server: Server | undefined;
  /** Model contents that carried a signature, by signature, as sent (JSON). */
  private readonly issued = new Map<string, string>();
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
    if (this.strict) {
      const problem = this.check(body);
      if (problem) {
        this.violations.push(problem);
        return this.send(res, invalid(problem));
      }
    }
    const index = this.requests.length - 1;
    const reply = this.queue.shift() ?? (this.handler ? await this.handler(recorded, index) : say('OK'));
    return this.send(res, reply, raw.length);
  }

  /** What Google would refuse with 400. */
  private check(body: GeminiRequestBody): string | undefined {
    if (!Array.isArray(body.contents) || body.contents.length === 0) return 'contents is required';
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
      const sent = this.issued.get(signature);
      if (sent !== undefined && sent !== canonical(c.parts)) {
        return `Corrupted thought signature: model content ${i} differs from the one returned.`;
      }
      if (sent === undefined) return `Unknown thought signature in content ${i}.`;
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

  private async send(res: ServerResponse, reply: FakeReply, promptChars = 0): Promise<void> {
    if (reply.kind === 'slow') {
      await new Promise((r) => setTimeout(r, reply.ms));
      if (res.destroyed || res.writableEnded) return;
      return this.send(res, reply.then, promptChars);
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
    const parts = this.sign(reply.parts);
    const outputChars = JSON.stringify(parts).length;
    const usage: Usage = {
      promptTokenCount: Math.ceil(promptChars / 4),
      candidatesTokenCount: Math.ceil(outputChars / 4),
      totalTokenCount: 0,
      ...reply.usage,
    };
    usage.totalTokenCount ||= usage.promptTokenCount + usage.candidatesTokenCount;
    const body = {
      candidates: [{ content: { role: 'model', parts }, finishReason: reply.finishReason ?? 'STOP', index: 0 }],
      usageMetadata: usage,
      modelVersion: 'fake-gemini',
      responseId: randomBytes(6).toString('hex'),
    };
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify(body));
  }

  /** Gemini 3 style: the first function call of a step carries the signature; text answers carry one too. */
  private sign(parts: FakePart[]): FakePart[] {
    const out = parts.map((p) => ({
      ...p,
      ...(p.functionCall ? { functionCall: { id: `call-${++this.callSeq}`, ...p.functionCall } } : {}),
    }));
    const first = out.find((p) => p.functionCall) ?? out.find((p) => p.text !== undefined);
    if (first && !first.thoughtSignature) first.thoughtSignature = randomBytes(24).toString('base64');
    if (first?.functionCall && first.thoughtSignature) this.issued.set(first.thoughtSignature, canonical(out));
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
