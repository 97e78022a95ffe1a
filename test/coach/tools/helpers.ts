import { callTool } from '../../../src/coach/tools/index.ts';
import type { ToolName } from '../../../src/coach/tools/schemas.ts';
import type { CoachContext } from '../../../src/coach/types.ts';
import { silentLogger } from '../../../src/log.ts';
import { tempStore } from '../../helpers/tmp.ts';

export const ID = 7070;
/** Tuesday 1 Dec 2026, 09:00 UTC. */
export const NOW = new Date('2026-12-01T09:00:00Z');

/** A runner on a real SQLite store in a temp folder, and the context tools run in. */
export function runner() {
  const { store } = tempStore();
  store.users.upsert({ telegramId: ID, chatId: ID, name: 'Tess' });
  const ctx: CoachContext = { userId: ID, store, now: () => NOW, log: silentLogger };
  return { ctx, store };
}

/** A tool's data, failing the test when the tool refused. */
export function data<N extends ToolName>(ctx: CoachContext, name: N, args: unknown) {
  const outcome = callTool(ctx, name, args);
  if (!outcome.result.ok) throw new Error(`${name} refused: ${outcome.result.error}`);
  return outcome.result.data;
}

/** True when the tool refused the arguments (its wording is not asserted: it may change). */
export function refused(ctx: CoachContext, name: ToolName, args: unknown): boolean {
  const { result } = callTool(ctx, name, args);
  return !result.ok && result.error.length > 0;
}

/** A 10K plan from today, four days a week. */
export function withPlan(ctx: CoachContext) {
  return data(ctx, 'create_plan', { goal: '10k', raceDate: '2027-02-28', daysPerWeek: 4, weeklyKm: 25 });
}
