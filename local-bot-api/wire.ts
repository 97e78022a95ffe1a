/**
 * The wire format: Telegram's HTTP API on 127.0.0.1 (`/bot<token>/<method>` with a query string, JSON, form or
 * multipart body; `{ ok, result }` or `{ ok: false, error_code, description }` back; files under
 * `/file/bot<token>/<path>`), and the webhook's POSTs to the bot. Faults a test asked for (errors, dropped
 * connections, blocked chats, latency, rate limits) are applied here, on the way to a method.
 */
import type { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import { ApiError, badRequest, forbidden, notFound, unauthorized } from './errors.ts';
import { FaultQueue, faultError, RateLimiter } from './faults.ts';
import { EntityParseError } from './html.ts';
import { MAX_BODY } from './limits.ts';
import type { Methods } from './methods/index.ts';
import { boundaryOf, MultipartError, parseMultipart, type UploadedFile } from './multipart.ts';
import { normalizeParams, type Params } from './params.ts';
import type { BotApiState } from './state/index.ts';
import type { ApiCall, WebhookInfoState } from './types.ts';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface WireOptions {
  token: string;
  host: string;
  port: number;
  latencyMs: number;
  recordCalls: boolean;
}

export class HttpWire {
  /** Every bot call, in order (empty when `recordCalls` is false). */
  readonly calls: ApiCall[] = [];
  recordCalls: boolean;
  latencyMs: number;
  readonly faults = new FaultQueue();
  readonly rates = new RateLimiter();
  /** Calls being handled now (a waiting long poll does not count). */
  inFlight = 0;
  lastCallAt = 0;
  private server: Server | undefined;
  private apiRootUrl = '';
  private readonly methodNames = new Map<string, string>();
  private readonly events: EventEmitter;

  constructor(
    private readonly state: BotApiState,
    private readonly methods: Methods,
    private readonly options: WireOptions,
  ) {
    this.recordCalls = options.recordCalls;
    this.latencyMs = options.latencyMs;
    this.events = state.events;
    for (const name of Object.keys(methods)) this.methodNames.set(name.toLowerCase(), name);
  }

  get apiRoot(): string {
    return this.apiRootUrl;
  }

  async start(): Promise<{ apiRoot: string; port: number }> {
    if (this.server) return { apiRoot: this.apiRootUrl, port: (this.server.address() as AddressInfo).port };
    const server = createServer((req, res) => {
      this.handleHttp(req, res).catch((err: unknown) => {
        if (!res.headersSent) this.respond(res, new ApiError(500, `Internal Server Error: ${String(err)}`));
      });
    });
    server.keepAliveTimeout = 120_000;
    server.headersTimeout = 125_000;
    server.requestTimeout = 0;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => resolve());
    });
    this.server = server;
    const { port } = server.address() as AddressInfo;
    this.apiRootUrl = `http://${this.options.host}:${port}`;
    return { apiRoot: this.apiRootUrl, port };
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** Posts an update to the bot's webhook (the UpdateQueue's delivery); true when the bot's server took it. */
  readonly deliver = async (hook: WebhookInfoState, update: Update): Promise<boolean> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (hook.secretToken) headers['X-Telegram-Bot-Api-Secret-Token'] = hook.secretToken;
    try {
      const res = await fetch(hook.url, { method: 'POST', headers, body: JSON.stringify(update) });
      const text = await res.text();
      if (!res.ok) {
        hook.lastErrorDate = Math.floor(Date.now() / 1000);
        hook.lastErrorMessage = `Wrong response from the webhook: ${res.status} ${res.statusText}`;
        return false;
      }
      // A webhook reply: the answer body may itself be a method call.
      if (text.startsWith('{')) {
        try {
          const reply = JSON.parse(text) as { method?: unknown };
          if (typeof reply.method === 'string') this.invokeLocal(reply.method, reply as Params);
        } catch {
          // not JSON: ignored, like Telegram
        }
      }
      return true;
    } catch (err) {
      hook.lastErrorDate = Math.floor(Date.now() / 1000);
      hook.lastErrorMessage = `Connection refused: ${err instanceof Error ? err.message : String(err)}`;
      return false;
    }
  };

  private respond(res: ServerResponse, body: ApiError | { ok: true; result: unknown }): void {
    const status = body instanceof ApiError ? body.errorCode : 200;
    const json = JSON.stringify(body instanceof ApiError ? body.toJSON() : body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
    res.end(json);
  }

  private async readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) throw new ApiError(413, 'Request Entity Too Large');
      chunks.push(chunk as Buffer);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  }

  private async parseRequest(
    req: IncomingMessage,
    url: URL,
  ): Promise<{ params: Params; files: Record<string, UploadedFile> }> {
    const raw: Record<string, unknown> = {};
    for (const [k, v] of url.searchParams) raw[k] = v;
    let files: Record<string, UploadedFile> = {};
    const body = await this.readBody(req);
    if (body.length > 0) {
      const type = (req.headers['content-type'] ?? '').toLowerCase();
      if (type.startsWith('application/json')) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.toString('utf8'));
        } catch {
          throw badRequest("can't parse JSON object");
        }
        if (typeof parsed === 'object' && parsed !== null) Object.assign(raw, parsed);
      } else if (type.startsWith('multipart/form-data')) {
        const boundary = boundaryOf(req.headers['content-type'] ?? '');
        if (!boundary) throw badRequest('multipart boundary is missing');
        try {
          const mp = parseMultipart(body, boundary);
          Object.assign(raw, mp.fields);
          files = mp.files;
        } catch (err) {
          if (err instanceof MultipartError) throw badRequest(`can't parse multipart body: ${err.message}`);
          throw err;
        }
      } else {
        for (const [k, v] of new URLSearchParams(body.toString('utf8'))) raw[k] = v;
      }
    }
    return { params: normalizeParams(raw), files };
  }

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path.startsWith('/file/bot')) {
      this.serveFile(path, res);
      return;
    }
    const m = /^\/bot([^/]+)\/([A-Za-z0-9_]+)\/?$/.exec(path);
    if (!m) {
      this.respond(res, notFound());
      return;
    }
    const time = Date.now();
    const method = this.methodNames.get(m[2]!.toLowerCase()) ?? m[2]!;
    this.inFlight++;
    this.lastCallAt = time;
    let params: Params = {};
    let outcome: ApiError | { ok: true; result: unknown };
    try {
      if (decodeURIComponent(m[1]!) !== this.options.token) throw unauthorized();
      const parsed = await this.parseRequest(req, url);
      params = parsed.params;
      if (this.latencyMs > 0) await sleep(this.latencyMs);
      const handler = this.methods[method];
      if (!handler) throw notFound();
      const fault = this.faults.take(method);
      if (fault === 'drop') {
        this.inFlight--;
        req.socket.destroy();
        this.record(method, params, time, new ApiError(599, 'connection dropped'));
        return;
      }
      if (fault) throw faultError(fault);
      if (typeof params.chat_id === 'number' && this.state.chats.blocked.has(params.chat_id) && method !== 'getChat') {
        throw forbidden('bot was blocked by the user');
      }
      this.rates.check(method, params.chat_id);
      let result = handler(params, parsed.files, { onClose: (listener) => res.once('close', listener) });
      if (result instanceof Promise) {
        this.inFlight--; // a long poll is not "work in flight"
        try {
          result = await result;
        } finally {
          this.inFlight++;
        }
      }
      outcome = { ok: true, result };
    } catch (err) {
      if (err instanceof ApiError) outcome = err;
      else if (err instanceof EntityParseError) outcome = badRequest(`can't parse entities: ${err.message}`);
      else outcome = new ApiError(500, `Internal Server Error: ${err instanceof Error ? err.message : String(err)}`);
    }
    this.inFlight--;
    this.lastCallAt = Date.now();
    this.record(method, params, time, outcome instanceof ApiError ? outcome : undefined);
    if (!res.destroyed) this.respond(res, outcome);
  }

  /** Runs a method as if called over HTTP (used for webhook replies). */
  private invokeLocal(method: string, raw: Params): void {
    const name = this.methodNames.get(method.toLowerCase());
    const params = normalizeParams(raw);
    delete params.method;
    const time = Date.now();
    try {
      if (!name) throw notFound();
      const result = this.methods[name]!(params, {}, {});
      if (result instanceof Promise) void result.catch(() => undefined);
      this.record(name, params, time);
    } catch (err) {
      this.record(name ?? method, params, time, err instanceof ApiError ? err : badRequest(String(err)));
    }
  }

  private record(method: string, params: Params, time: number, error?: ApiError): void {
    const c = this.state.counters;
    c.calls++;
    c.byMethod[method] = (c.byMethod[method] ?? 0) + 1;
    if (error) {
      c.errors++;
      if (error.errorCode === 429) c.tooManyRequests++;
    }
    const call: ApiCall = error
      ? { method, params, time, ok: false, errorCode: error.errorCode, description: error.description }
      : { method, params, time, ok: true };
    if (this.recordCalls) this.calls.push(call);
    if (this.events.listenerCount('call') > 0) this.events.emit('call', call);
  }

  private serveFile(path: string, res: ServerResponse): void {
    const m = /^\/file\/bot([^/]+)\/(.+)$/.exec(path);
    if (!m || decodeURIComponent(m[1]!) !== this.options.token) {
      this.respond(res, m ? unauthorized() : notFound());
      return;
    }
    const file = this.state.files.byFilePath(decodeURIComponent(m[2]!));
    if (!file?.bytes) {
      this.respond(res, notFound());
      return;
    }
    res.writeHead(200, { 'content-type': file.mimeType, 'content-length': file.bytes.length });
    res.end(file.bytes);
  }
}
