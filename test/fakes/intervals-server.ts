/**
 * A fake intervals.icu on 127.0.0.1 (real HTTP), reached through INTERVALS_BASE_URL, speaking the parts of its
 * API runcoach uses: HTTP Basic auth with the user `API_KEY` and the athlete's key; `GET /api/v1/athlete/{id}`;
 * `GET /api/v1/athlete/{id}/events?oldest&newest`; `POST /api/v1/athlete/{id}/events/bulk?upsert=true` (with
 * upsert, an event with a known `external_id` is updated, not duplicated); `PUT /api/v1/athlete/{id}/events/
 * bulk-delete` with `[{ external_id }]`. 401 without or with a wrong key, 403 for another athlete's calendar.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeEvent {
  id: number;
  category: string;
  start_date_local: string;
  type: string;
  name: string;
  description: string;
  external_id: string | null;
}

export class FakeIntervals {
  private server: Server | undefined;
  /** athlete id → API key. */
  readonly athletes = new Map<string, string>();
  readonly events = new Map<string, FakeEvent[]>();
  readonly requests: { method: string; path: string }[] = [];
  private nextId = 1000;
  /** Answer every request with this status (e.g. 503) while set. */
  failWith: number | null = null;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  eventsOf(athleteId: string): FakeEvent[] {
    return [...(this.events.get(athleteId) ?? [])].sort((a, b) => a.start_date_local.localeCompare(b.start_date_local));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    this.requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}` });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (this.failWith) return send(this.failWith, { error: 'unavailable' });
    const m = /^\/api\/v1\/athlete\/([^/]+)(\/.*)?$/.exec(url.pathname);
    if (!m) return send(404, { error: 'not found' });
    const athleteId = decodeURIComponent(m[1] as string);
    const rest = m[2] ?? '';
    const auth = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const [user, key] = auth ? Buffer.from(auth, 'base64').toString('utf8').split(':') : [];
    if (user !== 'API_KEY' || !key || ![...this.athletes.values()].includes(key)) {
      return send(401, { status: 401, error: 'Unauthorized' });
    }
    if (this.athletes.get(athleteId) !== key) return send(403, { status: 403, error: 'Access denied' });
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      return send(400, { error: 'malformed JSON' });
    }
    const list = this.events.get(athleteId) ?? [];
    this.events.set(athleteId, list);
    if (req.method === 'GET' && rest === '') return send(200, { id: athleteId, name: 'Runner' });
    if (req.method === 'GET' && rest === '/events') {
      const oldest = url.searchParams.get('oldest') ?? '';
      const newest = url.searchParams.get('newest') ?? '9999';
      return send(
        200,
        list.filter((e) => e.start_date_local.slice(0, 10) >= oldest && e.start_date_local.slice(0, 10) <= newest),
      );
    }
    if (req.method === 'POST' && rest === '/events/bulk') {
      if (!Array.isArray(body)) return send(422, { error: 'expected an array of events' });
      const upsert = url.searchParams.get('upsert') === 'true';
      const out: FakeEvent[] = [];
      for (const e of body as Partial<FakeEvent>[]) {
        if (!['WORKOUT', 'NOTE', 'RACE_A', 'RACE_B', 'RACE_C'].includes(e.category ?? '')) {
          return send(422, { error: `bad category ${e.category}` });
        }
        if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$/.test(e.start_date_local ?? '')) {
          return send(422, { error: 'start_date_local must be a local date-time' });
        }
        const existing = upsert && e.external_id ? list.find((x) => x.external_id === e.external_id) : undefined;
        const event: FakeEvent = {
          id: existing?.id ?? this.nextId++,
          category: e.category as string,
          start_date_local: e.start_date_local as string,
          type: e.type ?? 'Run',
          name: e.name ?? '',
          description: e.description ?? '',
          external_id: e.external_id ?? null,
        };
        if (existing) list.splice(list.indexOf(existing), 1, event);
        else list.push(event);
        out.push(event);
      }
      return send(200, out);
    }
    if (req.method === 'PUT' && rest === '/events/bulk-delete') {
      if (!Array.isArray(body)) return send(422, { error: 'expected an array' });
      const ids = new Set((body as { external_id?: string }[]).map((x) => x.external_id));
      const before = list.length;
      this.events.set(
        athleteId,
        list.filter((e) => !ids.has(e.external_id ?? undefined)),
      );
      return send(200, { eventsDeleted: before - (this.events.get(athleteId)?.length ?? 0) });
    }
    return send(404, { error: 'not found' });
  }
}
