/**
 * `npm run bench`: runs every suite, prints one table and writes bench/results.json.
 * Each suite is a module exporting `run(): Promise<BenchResult[]>`; a failing suite is reported, not fatal.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { BenchResult } from './lib.ts';

const SUITES = [
  'plan.bench.ts',
  'adaptation.bench.ts',
  'updates.bench.ts',
  'gemini.bench.ts',
  'fanout.bench.ts',
  'chart-cost.bench.ts',
  'charts.bench.ts',
  'webhook.bench.ts',
  'memory.bench.ts',
  'startup.bench.ts',
  'webapp.bench.ts',
];

function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 1) return v.toFixed(2);
  return v.toPrecision(3);
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const results: BenchResult[] = [];
  const failures: { suite: string; error: string }[] = [];
  for (const file of SUITES) {
    if (only.length && !only.some((o) => file.startsWith(o))) continue;
    let mod: { run?: () => Promise<BenchResult[]> };
    try {
      mod = await import(`./${file}`);
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String(err).includes(file)) continue;
      failures.push({ suite: file, error: String(err) });
      continue;
    }
    if (typeof mod.run !== 'function') continue;
    process.stderr.write(`running ${file}...\n`);
    try {
      results.push(...(await mod.run()));
    } catch (err) {
      failures.push({ suite: file, error: err instanceof Error ? err.message : String(err) });
    }
  }
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
  const rows = results.map((r) => [
    r.suite,
    r.name,
    `${formatValue(r.value)} ${r.unit}`,
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED',
  ]);
  const header = ['suite', 'measure', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
  process.stdout.write(
    `${out.join('\n')}\n\nmachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}\n`,
  );
  for (const f of failures) process.stdout.write(`suite ${f.suite} failed: ${f.error}\n`);
  writeFileSync(
    new URL('./results.json', import.meta.url),
    `${JSON.stringify({ date: new Date().toISOString(), machine, results, failures }, null, 2)}\n`,
  );
  process.exitCode = failures.length ? 1 : 0;
}

await main();
