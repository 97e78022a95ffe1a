/**
 * The Mini App: its JavaScript gzipped (target < 150 KB), GET /api/plan p99 for an 18-week plan over loopback
 * HTTP with initData validation (target < 20 ms), and the time to the first render of the calendar in headless
 * Chromium (Debian's package; skipped when absent). Runnable alone: `npx tsx bench/webapp.bench.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { openDatabase } from '../src/db/client.ts';
import { createStore } from '../src/db/store/index.ts';
import { WEB_DIST } from '../src/webapp/router.ts';
import { hasChromium, launchChromium, openAsTelegram } from '../test/webapp/browser.ts';
import { ensureBuilt, isoDaysAfter, seedRunner, serveWebApp } from '../test/webapp/server.ts';
import { type BenchResult, percentiles } from './lib.ts';

const REQUESTS = 1000;
const RENDERS = 7;
/** Records the first animation frame after the calendar enters the DOM, in ms from navigation start. */
const MARK_CALENDAR = `new MutationObserver(function (_, observer) {
  if (document.querySelector('[data-testid="calendar"]')) {
    observer.disconnect();
    requestAnimationFrame(function () { window.__calendarAt = performance.now(); });
  }
}).observe(document, { childList: true, subtree: true });`;

async function bundleSize(): Promise<BenchResult[]> {
  await ensureBuilt();
  const assets = join(WEB_DIST, 'assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const css = readdirSync(assets).filter((f) => f.endsWith('.css'));
  const gz = (files: string[]) =>
    files.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0) / 1024;
  const jsKb = gz(js);
  return [
    { suite: 'webapp', name: 'app JavaScript, gzipped', value: jsKb, unit: 'KB', target: '< 150 KB', ok: jsKb < 150 },
    { suite: 'webapp', name: 'app CSS, gzipped', value: gz(css), unit: 'KB' },
  ];
}

export async function run(): Promise<BenchResult[]> {
  const results = await bundleSize();
  const store = createStore(openDatabase(':memory:'));
  const clock = { now: new Date() };
  // An 18-week half-marathon plan: from last Monday to a Sunday race 18 weeks on.
  const monday = new Date(clock.now.getTime() - ((clock.now.getUTCDay() + 6) % 7) * 86_400_000);
  seedRunner(store, monday, { raceDate: isoDaysAfter(monday, 7 * 17 + 6) });
  const weeks = store.plans.getActive(4242)?.weeks.length ?? 0;
  const app = await serveWebApp(store, clock, { deps: { perUserPerMinute: 0 } });
  try {
    const headers = { Authorization: `tma ${app.initData()}` };
    for (let i = 0; i < 50; i++) await (await fetch(`${app.url}/api/plan`, { headers })).arrayBuffer();
    const samples: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const t0 = performance.now();
      const res = await fetch(`${app.url}/api/plan`, { headers });
      await res.arrayBuffer();
      samples.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`/api/plan answered ${res.status}`);
    }
    const p = percentiles(samples);
    results.push(
      {
        suite: 'webapp',
        name: `GET /api/plan (${weeks}-week plan), p99`,
        value: p.p99,
        unit: 'ms',
        target: '< 20 ms',
        ok: p.p99 < 20,
      },
      { suite: 'webapp', name: `GET /api/plan (${weeks}-week plan), median`, value: p.median, unit: 'ms' },
    );

    if (!hasChromium) {
      process.stderr.write('webapp bench: /usr/bin/chromium is missing, first render not measured\n');
      return results;
    }
    const browser = await launchChromium();
    try {
      const renders: number[] = [];
      for (let i = 0; i < RENDERS; i++) {
        const page = await openAsTelegram(browser, `${app.url}/app`, app.initData(), 'light', MARK_CALENDAR);
        await page.getByTestId('calendar').waitFor();
        renders.push((await page.evaluate('window.__calendarAt')) as number);
        await page.context().close();
      }
      const r = percentiles(renders.slice(1));
      results.push({
        suite: 'webapp',
        name: 'calendar first render in headless Chromium (navigation start to painted), median',
        value: r.median,
        unit: 'ms',
      });
    } finally {
      await browser.close();
    }
  } finally {
    await app.close();
    store.close();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) {
    process.stdout.write(`${r.name}: ${r.value.toFixed(2)} ${r.unit}${r.target ? ` (target ${r.target})` : ''}\n`);
  }
}
