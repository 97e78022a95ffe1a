/** The JSON API client: every request carries Telegram's initData (or the dev login) as `Authorization`. */
import type { SettingsPatch } from '../../../src/webapp/schemas.ts';
import { authorization } from './telegram.ts';
import type { ActionResult, CalendarData, Me, Plan, Progress } from './types.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const auth = authorization();
  if (!auth) throw new ApiError(401, 'Open this page from the runcoach bot in Telegram.');
  const res = await fetch(`/api${path}`, {
    method,
    headers: {
      Authorization: auth,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const message = (data as { error?: string } | null)?.error ?? `The coach answered ${res.status}.`;
    throw new ApiError(res.status, message);
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
  if (!auth) throw new ApiError(401, 'Open this page from the runcoach bot in Telegram.');
  const res = await fetch(`/api/workouts/${date}/fit`, { headers: { Authorization: auth } });
  if (!res.ok) {
    const data = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new ApiError(res.status, data?.error ?? `The coach answered ${res.status}.`);
  }
  const name = /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `${date}.fit`;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
