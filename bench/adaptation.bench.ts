/**
 * Adaptation benchmarks (issue 13, part B): each kind of event on the reference 18-week marathon, mid-plan, and the
 * v2 cases (a hold after pain and the return, a 10-day illness, a dated race result, travel on named days).
 * `npm run bench` collects `run()`; `npx tsx bench/adaptation.bench.ts` runs it alone and prints a table.
 */
import { pathToFileURL } from 'node:url';
import { adaptPlan, addDays, generatePlan, type Plan, type PlanEvent } from '../src/training/index.ts';
import { MARATHON_18 } from '../test/training/fixtures.ts';
import { type BenchResult, percentiles, timeMs } from './lib.ts';

/** "A few ms" (issue 13): what an adaptation should take on this machine. */
const TARGET_MS = 5;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function cases(plan: Plan, today: string): [string, PlanEvent, Plan][] {
  const held = adaptPlan(
    plan,
    { kind: 'feedback', date: today, rpe: 5, pain: { location: 'knee', severity: 6 } },
    today,
  );
  return [
    ['missed key workout', { kind: 'missed', date: addDays(today, 1) }, plan],
    ['exhausted', { kind: 'feedback', date: today, rpe: 8, feeling: 'exhausted' }, plan],
    ['pain 6/10 (hold)', { kind: 'feedback', date: today, rpe: 4, pain: { location: 'knee', severity: 6 } }, plan],
    [
      'return after the hold',
      { kind: 'return', breakFrom: addDays(today, 1), resumeOn: addDays(today, 12) },
      held.plan,
    ],
    ['10-day illness', { kind: 'illness', fromDate: today, days: 10 }, plan],
    ['travel Wed + Sat', { kind: 'travel', fromDate: today, days: 7, availableDays: ['wed', 'sat'] }, plan],
    ['race result (dated)', { kind: 'race_result', distance: '10k', timeSec: 43 * 60, date: today }, plan],
    ['reschedule', { kind: 'reschedule', date: addDays(today, 2), newDate: addDays(today, 4) }, plan],
  ];
}

export async function run(): Promise<BenchResult[]> {
  const outcome = generatePlan(MARATHON_18);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  const today = '2026-08-04';
  const results: BenchResult[] = [];
  const all: number[] = [];
  for (const [name, event, plan] of cases(outcome.plan, today)) {
    for (let i = 0; i < 50; i++) adaptPlan(plan, event, today);
    const samples = Array.from({ length: 300 }, () => timeMs(() => adaptPlan(plan, event, today)));
    all.push(...samples);
    results.push({ suite: 'adaptation', name: `${name}, median`, value: r3(percentiles(samples).median), unit: 'ms' });
  }
  const p = percentiles(all);
  for (const [name, value] of [
    ['all events, median', p.median],
    ['all events, p99', p.p99],
  ] as const) {
    results.push({
      suite: 'adaptation',
      name,
      value: r3(value),
      unit: 'ms',
      target: `< ${TARGET_MS} ms`,
      ok: value < TARGET_MS,
    });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().then(
    (rows) => {
      for (const r of rows)
        console.log(`${r.name.padEnd(36)} ${`${r.value} ${r.unit}`.padStart(10)} ${r.target ?? ''}`);
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
