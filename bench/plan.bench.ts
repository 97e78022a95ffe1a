/**
 * Training-engine benchmarks: plan generation (an 18-week marathon, 1,000 random runners) and adaptation.
 * `npm run bench` collects `run()`; `npx tsx bench/plan.bench.ts` runs it alone and prints a table.
 */
import { pathToFileURL } from 'node:url';
import {
  adaptPlan,
  addDays,
  GOAL_DISTANCES,
  generatePlan,
  type Plan,
  type PlanEvent,
  type PlanRequest,
  WEEKDAY_NAMES,
} from '../src/training/index.ts';
import { MARATHON_18 } from '../test/training/fixtures.ts';
import { type BenchResult, percentiles, timeMs } from './lib.ts';

const TARGET_MS = 2;

// The reference runner of the engine's tests: 18 weeks to a marathon, 45 km on 5 days, 10K in 45:00.
const MARATHON: PlanRequest = MARATHON_18;

/** A small deterministic PRNG (mulberry32) so every run benches the same runners. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomRunners(n: number): PlanRequest[] {
  const rnd = prng(2026);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const minWeeks = { '5k': 4, '10k': 6, half: 8, marathon: 12 } as const;
  return Array.from({ length: n }, () => {
    const goal = pick(GOAL_DISTANCES);
    const weeks = minWeeks[goal] + Math.floor(rnd() * (41 - minWeeks[goal]));
    const startDate = addDays('2026-01-05', Math.floor(rnd() * 365));
    const req: PlanRequest = {
      goal,
      startDate,
      raceDate: addDays(startDate, weeks * 7 - 1),
      weeklyKm: 5 + Math.floor(rnd() * 116),
      daysPerWeek: 2 + Math.floor(rnd() * 6),
      longRunDay: pick(WEEKDAY_NAMES),
    };
    if (rnd() < 0.5) req.recentRace = { distance: pick(GOAL_DISTANCES), timeSec: 0 };
    if (req.recentRace) {
      const km = { '5k': 5, '10k': 10, half: 21.0975, marathon: 42.195 }[req.recentRace.distance];
      req.recentRace.timeSec = Math.round(km * (240 + rnd() * 180) * (km > 20 ? 1.1 : 1));
    }
    return req;
  });
}

function events(plan: Plan, today: string): PlanEvent[] {
  return [
    { kind: 'missed', date: addDays(today, 1) },
    { kind: 'feedback', date: today, rpe: 8, feeling: 'exhausted' },
    { kind: 'feedback', date: today, rpe: 4, pain: { location: 'knee', severity: 6 } },
    { kind: 'illness', fromDate: today, days: 4 },
    { kind: 'travel', fromDate: today, days: 7, availableDays: ['wed', 'sat', 'sun'] },
    { kind: 'race_result', distance: '10k', timeSec: 43 * 60 },
    {
      kind: 'load',
      loads: Array.from({ length: 42 }, (_, k) => ({ date: addDays(today, k - 42), load: k > 35 ? 900 : 300 })),
    },
    { kind: 'reschedule', date: addDays(today, 2), newDate: addDays(today, 4) },
  ].filter(() => plan.weeks.length > 0) as PlanEvent[];
}

function measure(fn: () => void, n: number, warmup = 200): number[] {
  for (let i = 0; i < warmup; i++) fn();
  return Array.from({ length: n }, () => timeMs(fn));
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const add = (name: string, value: number, target?: number) =>
    results.push({
      suite: 'plan',
      name,
      value: r3(value),
      unit: 'ms',
      ...(target !== undefined ? { target: `< ${target} ms`, ok: value < target } : {}),
    });

  const marathon = percentiles(measure(() => generatePlan(MARATHON), 2000));
  add('18-week marathon plan, median', marathon.median, TARGET_MS);
  add('18-week marathon plan, p99', marathon.p99, TARGET_MS);

  const runners = randomRunners(1000);
  for (const r of runners.slice(0, 200)) generatePlan(r);
  const samples = runners.map((r) => timeMs(() => generatePlan(r)));
  const random = percentiles(samples);
  add('1,000 random plans, median per plan', random.median, TARGET_MS);
  add('1,000 random plans, p99 per plan', random.p99, TARGET_MS);
  add(
    '1,000 random plans, total',
    samples.reduce((s, x) => s + x, 0),
  );

  const outcome = generatePlan(MARATHON);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  const today = '2026-08-04';
  const evs = events(outcome.plan, today);
  let k = 0;
  const adapt = percentiles(measure(() => adaptPlan(outcome.plan, evs[k++ % evs.length] as PlanEvent, today), 2000));
  add('adaptation (mixed events), median', adapt.median, TARGET_MS);
  add('adaptation (mixed events), p99', adapt.p99, TARGET_MS);
  return results;
}

function printTable(rows: BenchResult[]): void {
  const w = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'benchmark'.padEnd(w)}  ${'value'.padStart(9)}  target     ok`);
  for (const r of rows) {
    const ok = r.ok === undefined ? '' : r.ok ? 'yes' : 'NO';
    console.log(`${r.name.padEnd(w)}  ${`${r.value} ${r.unit}`.padStart(9)}  ${(r.target ?? '').padEnd(9)}  ${ok}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().then(printTable, (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
