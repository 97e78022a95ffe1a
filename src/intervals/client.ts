/**
 * intervals.icu's REST API, as much as runcoach uses: HTTP Basic auth with the user `API_KEY` and the runner's
 * personal API key as password; `GET /api/v1/athlete/{id}` (verify the link), `POST
 * /api/v1/athlete/{id}/events/bulk?upsert=true` (create or update planned workouts by `external_id`) and `PUT
 * /api/v1/athlete/{id}/events/bulk-delete` (remove them by `external_id`).
 */

export type IntervalsErrorKind = 'unauthorized' | 'not_found' | 'bad_request' | 'unavailable';

export class IntervalsError extends Error {
  constructor(
    readonly kind: IntervalsErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'IntervalsError';
  }
}

/** A planned workout on the intervals.icu calendar (the event fields we send). */
export interface IntervalsEventInput {
  category: 'WORKOUT';
  /** Local date-time without zone: `2026-12-01T00:00:00`. */
  start_date_local: string;
  type: 'Run';
  name: string;
  /** Workout builder text: intervals.icu parses it into structured steps. */
  description: string;
  external_id: string;
}

export interface IntervalsEvent extends IntervalsEventInput {
  id: number;
}

const TIMEOUT_MS = 10_000;

export class IntervalsClient {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  /** The athlete's profile: proves that the id and the key belong together. */
  athlete(athleteId: string, apiKey: string): Promise<{ id: string; name?: string }> {
    return this.request('GET', athleteId, apiKey, '');
  }

  upsertEvents(athleteId: string, apiKey: string, events: IntervalsEventInput[]): Promise<IntervalsEvent[]> {
    return this.request('POST', athleteId, apiKey, '/events/bulk?upsert=true', events);
  }

  deleteEvents(athleteId: string, apiKey: string, externalIds: string[]): Promise<unknown> {
    return this.request(
      'PUT',
      athleteId,
      apiKey,
      '/events/bulk-delete',
      externalIds.map((external_id) => ({ external_id })),
    );
  }

  private async request<T>(
    method: string,
    athleteId: string,
    apiKey: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const url = `${this.baseUrl}/api/v1/athlete/${encodeURIComponent(athleteId)}${path}`;
    let res: Response;
    try {
      res = await this.fetchImpl(url, {
        method,
        headers: {
          Authorization: `Basic ${Buffer.from(`API_KEY:${apiKey}`).toString('base64')}`,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      throw new IntervalsError('unavailable', `intervals.icu unreachable: ${(err as Error).message}`);
    }
    if (res.status === 401 || res.status === 403) throw new IntervalsError('unauthorized', 'refused', res.status);
    if (res.status === 404) throw new IntervalsError('not_found', 'no such athlete', res.status);
    if (res.status >= 400 && res.status < 500) throw new IntervalsError('bad_request', await res.text(), res.status);
    if (!res.ok) throw new IntervalsError('unavailable', `intervals.icu answered ${res.status}`, res.status);
    const text = await res.text();
    return (text ? JSON.parse(text) : null) as T;
  }
}
