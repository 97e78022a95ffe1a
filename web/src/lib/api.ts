/** The JSON API client: every request carries Telegram's initData (or the dev login) as `Authorization`. */
import type { SettingsPatch } from '../../../src/webapp/schemas.ts';
import { k, type Translate } from './messages.ts';
import { authorization } from './telegram.ts';
import type { ActionResult, CalendarData, Me, Plan, Progress } from './types.ts';

/**
 * A failed request. `serverMessage` is the server's own `error` text (said as the server says it); without one,
 * the app says `key` (a web.ftl message) in the runner's language.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly serverMessage: string | null,
    readonly key: string = k('error-status'),
  ) {
    super(serverMessage ?? `${key} (${status})`);
    this.name = 'ApiError';
  }
}

const notFromTelegram = () => new ApiError(401, null, k('error-no-telegram'));

/** What to tell the runner about a failure: the server's words, else ours; a lost connection says so. */
export function errorText(error: Error, t: Translate): string {
  if (error instanceof ApiError) return error.serverMessage ?? t(error.key, { status: error.status });
  return t('error-network');
}

let language: string | null = null;

/**
 * The language the app shows, sent as `Accept-Language` with every request so the server can answer its own
 * messages (errors, what changed) in it too.
 */
export function setRequestLanguage(value: string): void {
  language = value;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const auth = authorization();
  if (!auth) throw notFromTelegram();
  const res = await fetch(`/api${path}`, {
    method,
    headers: {
      Authorization: auth,
      Accept: 'application/json',
      ...(language ? { 'Accept-Language': language } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    throw new ApiError(res.status, (data as { error?: string } | null)?.error ?? null);
  }
  return data as T;
}

export const api = {
  plan: () => request<Plan | null>('GET', '/plan'),
  me: () => request<Me>('GET', '/me'),
  calendar: () => request<CalendarData>('GET', '/calendar'),
  progress: () => request<Progress>('GET', '/progress?weeks=12'),
  done: (date: string) => request<ActionResult>('POST', `/workouts/${date}/done`, {}),
  skip: (date: string) => request<ActionResult>('POST', `/workouts/${date}/skip`, {}),
  move: (date: string, newDate: string) => request<ActionResult>('POST', `/workouts/${date}/move`, { newDate }),
  calendarFeed: () => request<{ url: string }>('GET', '/calendar/feed'),
  settings: (patch: SettingsPatch) => request<{ ok: true; changed: string[]; user: Me }>('PATCH', '/settings', patch),
};

/** Downloads the workout of a date as a .fit file (the browser saves it; Telegram hands it to the system). */
export async function downloadFit(date: string): Promise<void> {
  const auth = authorization();
  if (!auth) throw notFromTelegram();
  const res = await fetch(`/api/workouts/${date}/fit`, {
    headers: { Authorization: auth, ...(language ? { 'Accept-Language': language } : {}) },
  });
  if (!res.ok) {
    const data = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new ApiError(res.status, data?.error ?? null);
  }
  const name = /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `${date}.fit`;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
