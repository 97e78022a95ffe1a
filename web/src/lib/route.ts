/** A tiny history router for the app's four screens under /app (express serves index.html for all of them). */
import { useEffect, useSyncExternalStore } from 'react';

export type Route = { name: 'plan' } | { name: 'progress' } | { name: 'settings' } | { name: 'workout'; date: string };

const BASE = '/app';

export function parseRoute(pathname: string): Route {
  const path = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const workout = /^\/workout\/(\d{4}-\d{2}-\d{2})\/?$/.exec(path);
  if (workout?.[1]) return { name: 'workout', date: workout[1] };
  if (/^\/progress\/?$/.test(path)) return { name: 'progress' };
  if (/^\/settings\/?$/.test(path)) return { name: 'settings' };
  return { name: 'plan' };
}

export function pathOf(route: Route): string {
  switch (route.name) {
    case 'plan':
      return `${BASE}/`;
    case 'workout':
      return `${BASE}/workout/${route.date}`;
    default:
      return `${BASE}/${route.name}`;
  }
}

const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};
/** How many entries this app pushed: Back goes back through them, then stops at the calendar. */
let depth = 0;

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const path = pathOf(route);
  if (path === window.location.pathname) return;
  if (options.replace) history.replaceState({ depth }, '', path);
  else {
    depth += 1;
    history.pushState({ depth }, '', path);
  }
  notify();
}

/** Back inside the app: through history while the app pushed entries, else to the calendar. */
export function goBack(): void {
  if (depth > 0) history.back();
  else navigate({ name: 'plan' }, { replace: true });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, () => window.location.pathname);
  useEffect(() => {
    const onPop = (e: PopStateEvent) => {
      depth =
        typeof (e.state as { depth?: number } | null)?.depth === 'number' ? (e.state as { depth: number }).depth : 0;
      notify();
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return parseRoute(pathname);
}
