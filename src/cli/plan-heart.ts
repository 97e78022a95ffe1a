/**
 * `cli plan --max-hr N --resting-hr N`: the heart-rate ranges printed under the plan (training/zones/heart-rate.ts),
 * kept out of plan.ts so that file stays the plan's. Bad values are one clear line each (UsageError, exit 2).
 */
import {
  formatHrRange,
  type HeartProblem,
  type HeartProfile,
  HR_LIMITS,
  HR_METHOD_NAME,
  heartProfileProblem,
  hrZoneTable,
  NO_HEART_PROFILE,
} from '../training/zones/heart-rate.ts';
import { UsageError } from './io.ts';

function bpmFlag(value: unknown, flag: string, key: keyof typeof HR_LIMITS): number | null {
  if (value === undefined) return null;
  const text = String(value).trim();
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} must be a whole number of beats per minute`);
  const n = Number(text);
  const { min, max } = HR_LIMITS[key];
  if (n < min || n > max) throw new UsageError(`${flag} must be from ${min} to ${max}`);
  return n;
}

/** The heart profile the flags give (`maxHr`, `restingHr` as commander names them). */
export function heartFromFlags(opts: Record<string, unknown>): HeartProfile {
  const heart = {
    ...NO_HEART_PROFILE,
    maxHr: bpmFlag(opts.maxHr, '--max-hr', 'maxHr'),
    restingHr: bpmFlag(opts.restingHr, '--resting-hr', 'restingHr'),
  };
  if (heart.restingHr !== null && heart.maxHr === null) throw new UsageError('--resting-hr needs --max-hr too');
  const problem = heartProfileProblem(heart);
  if (problem) throw new UsageError(`--max-hr, --resting-hr: ${heartProblemText(problem)}`);
  return heart;
}

/** The CLI speaks English (the runner's words come from errors.ftl in the chat). */
function heartProblemText(p: HeartProblem): string {
  return p.code === 'reserve_too_small'
    ? `A resting heart rate of ${p.restingHr} and a maximum of ${p.maxHr} are too close: check both numbers.`
    : `A threshold heart rate of ${p.lthrHr} cannot be at or above the maximum of ${p.maxHr}: check both numbers.`;
}

/** Lines to print under the plan table; empty without a heart rate. */
export function heartBlock(heart: HeartProfile): string {
  const table = hrZoneTable(heart);
  if (!table) return '';
  const width = Math.max(...table.zones.map((z) => z.zone.length));
  return [
    '',
    '',
    `Heart rate, by ${HR_METHOD_NAME[table.method]}:`,
    ...table.zones.map((z) => `  ${z.zone.padEnd(width)}  ${formatHrRange(z.range)}`),
    '  (hills, repetitions and strides: by effort; heart rate lags short efforts)',
  ].join('\n');
}
