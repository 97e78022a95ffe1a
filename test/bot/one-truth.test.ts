/**
 * One truth for every face (issue 14): /week, /plan, /progress and the morning card show the same planned and done
 * numbers, logged runs included; fitness and fatigue wait for three weeks; cards follow Telegram's conventions.
 */
import { describe, expect, it } from 'vitest';
import { callTool } from '../../src/coach/tools/index.ts';
import { morningMessages } from '../../src/jobs/morning.ts';
import { silentLogger } from '../../src/log.ts';
import { weekTotals } from '../../src/training/load/week-totals.ts';
import { type Harness, startHarness, text } from '../helpers/bot-harness.ts';
import { jobCtx } from '../jobs/helpers.ts';

const eva = { id: 3003, first_name: 'Eva' };

/** Eva's half-marathon plan starts Monday 30 Nov 2026 (Berlin); it is Thursday 3 Dec, evening. */
async function withRuns(): Promise<Harness> {
  const h = await startHarness({ now: '2026-11-30T08:00:00Z' });
  await h.say(eva, '/start');
  h.store.users.update(eva.id, { timezone: 'Europe/Berlin' });
  await h.say(eva, 'half marathon on March 14, 4 days a week, about 30 km, long runs on Sunday');
  h.clock.now = new Date('2026-12-03T19:00:00Z');
  return h;
}

describe('one truth for every face', () => {
  it('/week lists the runs logged, extra runs included, and its numbers are the ones /plan and Progress show', async () => {
    const h = await withRuns();
    const planned = h.store.plans.workoutsBetween(eva.id, '2026-11-30', '2026-12-06');
    const first = planned.find((w) => w.type !== 'race');
    if (!first) throw new Error('no workout this week');
    // A run on the first workout's day, and one on Wednesday 2 Dec (a rest day in this plan).
    expect(planned.some((w) => w.date === '2026-12-02')).toBe(false);
    await h.say(eva, `/log ${first.distanceKm}k 40:00 rpe 4`); // today, Thursday 3 Dec
    const ctx = { userId: eva.id, store: h.store, now: () => h.clock.now, log: silentLogger };
    expect(callTool(ctx, 'log_run', { date: '2026-12-02', distanceKm: 4, duration: '24:00', rpe: 3 }).result.ok).toBe(
      true,
    );
    const totals = weekTotals(
      h.store.plans.workoutsBetween(eva.id, '2026-11-30', '2026-12-06'),
      h.store.runs.between(eva.id, '2026-11-30', '2026-12-06'),
      '2026-11-30',
      '2026-12-06',
    );
    expect(totals.doneKm).toBeCloseTo(first.distanceKm + 4, 5);

    const week = text(await h.say(eva, '/week'));
    expect(week).toContain(`${totals.plannedKm} km planned`);
    expect(week).toMatch(/Wed 2 Dec: extra run, ran 4 km at 6:00\/km/);
    expect(week).toMatch(/ran \d+(\.\d)? km at \d:\d\d\/km/);
    expect(week).toContain(`So far: ${totals.doneKm} of ${totals.plannedKm} km`);

    // /plan: an aligned table in a <pre> block with the same numbers for week 1.
    const plan = await h.say(eva, '/plan');
    const msg = plan.at(-1);
    expect(msg?.entities.some((e) => e.type === 'pre')).toBe(true);
    const row = msg?.text.split('\n').find((l) => l.startsWith('▶'));
    expect(row).toMatch(new RegExp(`${totals.plannedKm}\\s+${totals.doneKm}$`));

    // Progress: the same week, and no fitness numbers on day 4.
    const progress = text(await h.say(eva, '/progress'));
    expect(progress).toContain(`Week of Mon 30 Nov: ${totals.doneKm} km of ${totals.plannedKm} km`);
    expect(progress).toMatch(/Fitness and fatigue appear from Wed 23 Dec/);
    expect(progress).not.toMatch(/Fitness \d/);
  });

  it('the morning card: at most 4 buttons, no effort buttons before the run, and the week so far', async () => {
    const h = await withRuns();
    const next = h.store.plans
      .workoutsBetween(eva.id, '2026-12-01', '2026-12-06')
      .find((w) => w.status === 'planned' && w.type !== 'race');
    if (!next) throw new Error('no planned workout');
    const user = h.store.users.get(eva.id);
    if (!user) throw new Error('no user');
    const messages = morningMessages(jobCtx(h.store, `${next.date}T05:30:00Z`), user, next.date) ?? [];
    const buttons = messages.flatMap((m) => m.buttons ?? []).flat();
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.length).toBeLessThanOrEqual(4);
    expect(buttons.some((b) => 'data' in b && String(b.data).startsWith('rpe:'))).toBe(false);
    if (next.date !== '2026-11-30') expect(messages[0]?.html).toMatch(/This week so far: 0 of [\d.]+ km/);

    // /today on the same day: the same three actions; after Done, the effort question.
    h.clock.now = new Date(`${next.date}T17:00:00Z`);
    const today = await h.say(eva, '/today');
    const markup = JSON.stringify(today.at(-1)?.replyMarkup);
    expect(markup).not.toContain('rpe:');
    const done = await h.press(eva, /Done/);
    expect(JSON.stringify(done.messages.at(-1)?.replyMarkup)).toContain('rpe:');
  });
});
