/**
 * What keeps a runner from normal training, as they told us: illness or injury for some days, or a hold on running
 * after pain of 5/10 or more (design.md, rule 15). Kept on the runner (`users.health`) so that runs logged
 * meanwhile get a check-in (src/coach/conversation/checkins.ts) instead of silence.
 */
import type { User } from '../../db/store/index.ts';
import { addDays } from '../../time/local.ts';
import type { CoachContext } from '../types.ts';

export interface Health {
  kind: 'illness' | 'injury' | 'hold';
  /** First local day. */
  from: string;
  /** Last local day. */
  until: string;
  location?: string | undefined;
  severity?: number | undefined;
}

/**
 * How long a pain report counts without news: a week for a niggle, two for pain that put running on hold (the
 * runner is asked to say when they have been seen; this only stops the check-ins from nagging for ever).
 */
export const PAIN_DAYS = 7;
export const HOLD_DAYS = 14;

function parse(value: unknown): Health | null {
  const h = value as Partial<Health> | null | undefined;
  if (!h || typeof h !== 'object') return null;
  if (h.kind !== 'illness' && h.kind !== 'injury' && h.kind !== 'hold') return null;
  if (typeof h.from !== 'string' || typeof h.until !== 'string') return null;
  return h as Health;
}

/** The runner's last recorded condition, whatever its dates (null: none). */
export function healthOf(user: User | undefined): Health | null {
  return parse(user?.health);
}

/** The runner's condition on `date`, or null. */
export function healthOn(user: User | undefined, date: string): Health | null {
  const h = parse(user?.health);
  return h && h.from <= date && date <= h.until ? h : null;
}

export function setHealth(ctx: CoachContext, health: Health): void {
  ctx.store.users.update(ctx.userId, { health });
}

/** All clear: the runner says they are well again or have been cleared to run. */
export function clearHealth(ctx: CoachContext): void {
  ctx.store.users.update(ctx.userId, { health: null });
}

/** The condition a pain report sets: a hold from 5/10 (design.md, rule 15), else a niggle to ask about. */
export function painHealth(date: string, pain: { location: string; severity: number }): Health {
  const hold = pain.severity >= 5;
  return {
    kind: hold ? 'hold' : 'injury',
    from: date,
    until: addDays(date, (hold ? HOLD_DAYS : PAIN_DAYS) - 1),
    location: pain.location,
    severity: pain.severity,
  };
}

/**
 * The condition that keeps `date` free of running, or null: illness, a hold after pain of 5/10 or more (rule 15),
 * or an injury the runner declared (adjust_plan's, which has no pain score). A niggle under 5/10 does not stop
 * running, so a workout may still go there.
 */
export function restingOn(user: User | undefined, date: string): Health | null {
  const h = healthOn(user, date);
  if (!h) return null;
  return h.kind === 'injury' && h.severity !== undefined && h.severity < 5 ? null : h;
}
