/**
 * Compiled Vega views, kept per chart shape (issue 18). Compiling the Vega-Lite spec, parsing the Vega spec and
 * building the dataflow cost ~35 ms of a ~170 ms chart (measured on the Sunday chart, 2-core machine); a kept view
 * takes the next runner's data and signals and re-runs only the dataflow, so its SVG costs ~10–15 ms. A view renders
 * one chart at a time (a chart's data must not change under another's rendering), so renders of one shape queue.
 * The cache is small and least-recently-used: a shape is a language, units and a few words, not a runner.
 */
import type { View } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { loadVega } from './render.ts';

interface Entry {
  view: Promise<View>;
  /** The last render queued on this view (settled or not). */
  tail: Promise<unknown>;
}

/** Shapes kept at once: 8 languages × 2 units fit, each view holds ~1 MiB. */
export const MAX_VIEWS = 16;

const entries = new Map<string, Entry>();

async function buildView(spec: TopLevelSpec): Promise<View> {
  const [{ parse, View: VegaView }, { compile }] = await loadVega();
  return new VegaView(parse(compile(spec).spec), { renderer: 'none' });
}

function entryFor(key: string, makeSpec: () => TopLevelSpec): Entry {
  const found = entries.get(key);
  if (found) {
    entries.delete(key); // re-inserted below: the Map's order is the recency order
    entries.set(key, found);
    return found;
  }
  const view = buildView(makeSpec());
  const entry: Entry = { view, tail: view };
  entries.set(key, entry);
  for (const [oldKey, old] of entries) {
    if (entries.size <= MAX_VIEWS) break;
    entries.delete(oldKey);
    // Finalised once its queued renders are done (they hold the view).
    void old.tail.then(
      () => old.view.then((v) => v.finalize()),
      () => undefined,
    );
  }
  return entry;
}

/**
 * The SVG of a chart whose spec is fixed by `key`: the first chart of a key compiles `makeSpec()` (which carries that
 * chart's data), later ones apply `update` (new data and signals) to the kept view.
 */
export function cachedViewSvg(
  key: string,
  makeSpec: () => TopLevelSpec,
  update: (view: View) => void,
): Promise<string> {
  const entry = entryFor(key, makeSpec);
  const fresh = entry.tail === entry.view;
  const render = entry.tail
    .catch(() => undefined) // an earlier chart's failure is its own
    .then(async () => {
      const view = await entry.view;
      if (!fresh) update(view);
      await view.runAsync();
      return view.toSVG();
    });
  entry.tail = render;
  // A view that failed to build is dropped, so the next chart of the key tries again.
  entry.view.catch(() => entries.get(key) === entry && entries.delete(key));
  return render;
}

/** Views kept now (tests). */
export function cachedViewCount(): number {
  return entries.size;
}
