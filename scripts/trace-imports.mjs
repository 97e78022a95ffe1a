#!/usr/bin/env node
// What loads at start: `node --import ./scripts/trace-imports.mjs dist/main.js` prints to stderr, when the
// process exits, every package the process imported (ESM through a resolve hook, CommonJS from require.cache)
// with its count of files, most files first. A measuring tool for issue 18 (heavy modules load when first used);
// production never loads it.
import { createRequire, register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';

const files = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => files.add(url));
port1.unref();
const hook = `
let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  port.postMessage(r.url);
  return r;
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`, { data: { port: port2 }, transferList: [port2] });

/** The package a file belongs to (`@scope/name` or `name`), or `(app)` for the project's own files. */
function packageOf(file) {
  const at = file.lastIndexOf('/node_modules/');
  if (at < 0) return file.startsWith('node:') ? null : '(app)';
  const parts = file.slice(at + '/node_modules/'.length).split('/');
  return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? '?');
}

function report() {
  const require = createRequire(import.meta.url);
  const all = new Set([...files].filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u)));
  for (const f of Object.keys(require.cache)) all.add(f);
  const counts = new Map();
  for (const f of all) {
    const p = packageOf(f);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const rows = [...counts].sort((a, b) => b[1] - a[1]);
  process.stderr.write(`trace-imports: ${all.size} files from ${rows.length} packages\n`);
  for (const [p, n] of rows) process.stderr.write(`  ${String(n).padStart(5)}  ${p}\n`);
}
process.once('exit', report);
