/** An imported document is held to what the product itself writes: workout steps and heart rates. */
import { describe, expect, it } from 'vitest';
import { exportUser } from '../../src/coach/export.ts';
import { importUser } from '../../src/coach/import.ts';
import { callTool } from '../../src/coach/tools/index.ts';
import type { CoachContext } from '../../src/coach/types.ts';
import { silentLogger } from '../../src/log.ts';
import { tempStore } from '../helpers/tmp.ts';

const ID = 8181;

function exported() {
  const { store } = tempStore();
  store.users.upsert({ telegramId: ID, chatId: ID, name: 'I' });
  const ctx: CoachContext = { userId: ID, store, now: () => new Date('2026-12-01T09:00:00Z'), log: silentLogger };
  expect(
    callTool(ctx, 'create_plan', { goal: '10k', raceDate: '2027-02-28', daysPerWeek: 4, weeklyKm: 25 }).result.ok,
  ).toBe(true);
  const doc = exportUser(store, ID);
  if (!doc) throw new Error('no export');
  // A loose copy: the tests damage the document in ways its type forbids.
  const copy = JSON.parse(JSON.stringify(doc)) as {
    user: Record<string, unknown>;
    plan: { weeks: { workouts: { steps: unknown }[] }[] };
  };
  return { store, doc: copy };
}

describe('import validation', () => {
  it('takes back its own export', () => {
    const { store, doc } = exported();
    expect(importUser(store, doc, { force: true }).ok).toBe(true);
  });

  it('plan warnings: English sentences in the contract, codes beside them; older exports keep the sentences', () => {
    const { store } = exported();
    const coded = [{ code: 'low_volume' as const, minKm: 10 }];
    const stored = store.plans.getActive(ID);
    if (!stored) throw new Error('no plan');
    store.plans.replaceActive(ID, { ...stored, warnings: coded });
    const doc = exportUser(store, ID);
    expect(doc?.plan?.warnings).toEqual([
      'You run under 10 km a week now; the plan starts from 10 km. Walk breaks are fine.',
    ]);
    expect(doc?.plan?.warningCodes).toEqual(coded);
    expect(importUser(store, doc, { force: true }).ok).toBe(true);
    expect(store.plans.getActive(ID)?.warnings).toEqual(coded);
    const older = JSON.parse(JSON.stringify(doc)) as { plan: { warningCodes?: unknown } };
    delete older.plan.warningCodes;
    expect(importUser(store, older, { force: true }).ok).toBe(true);
    expect(store.plans.getActive(ID)?.warnings).toEqual([
      { code: 'text', text: 'You run under 10 km a week now; the plan starts from 10 km. Walk breaks are fine.' },
    ]);
  });

  it('refuses workouts whose steps the product could not have written', () => {
    const { store, doc } = exported();
    for (const week of doc.plan.weeks) for (const w of week.workouts) w.steps = [{}];
    expect(importUser(store, doc, { force: true }).ok).toBe(false);
  });

  it('refuses heart rates outside what a runner can have', () => {
    const { store, doc } = exported();
    doc.user.maxHr = 90;
    doc.user.restingHr = 95;
    doc.user.lthrHr = -5;
    expect(importUser(store, doc, { force: true }).ok).toBe(false);
  });
});
