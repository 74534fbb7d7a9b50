// Size budgets, measured on the built files (gzip -9):
// - initial JS: the entry plus every chunk index.html preloads, ≤ 125 KiB;
// - CSS in index.html, ≤ 20 KiB;
// - route chunks: every chunk that opening a route loads beyond the initial ones (its own chunk
//   and the shared chunks it imports, read from Vite's manifest), ≤ 40 KiB each; the total a
//   route downloads is printed beside it;
// - on-demand chunks a screen loads on an action (the map library, the QR encoder) are printed
//   with what loads them; they count against no route.
// Fails when the production build is over budget or a measurement finds nothing to measure.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KiB = 1024;
const BUDGET = { initialJs: 125 * KiB, css: 20 * KiB, route: 40 * KiB, demoExtraJs: 110 * KiB };
// Where no Worker exists the demo backend runs in the page from this chunk; no browser we
// support loads it, and the service worker does not precache it (vite.config.ts).
const IN_PAGE_BACKEND = 'mocks/worker/backend-core.ts';
const ROUTE_SOURCE = /^src\/app\/routes\/(.+)\.tsx$/;

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const fmt = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;

function closure(manifest, keys, into = new Set()) {
  for (const key of keys) {
    if (into.has(key)) continue;
    into.add(key);
    closure(manifest, manifest[key]?.imports ?? [], into);
  }
  return into;
}

function measure(dir) {
  if (!existsSync(join(dir, 'index.html'))) return null;
  const manifestFile = join(dir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) {
    console.error(`budget: ${manifestFile} is missing (build.manifest in vite.config.ts)`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = (re) =>
    [...html.matchAll(re)].map((m) => m[1]).filter((p) => p && !p.startsWith('http'));
  const entry = refs(/<script[^>]+type="module"[^>]+src="([^"]+)"/g);
  const preloads = refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g);
  const initialJsFiles = [...new Set([...entry, ...preloads])];
  const cssFiles = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const initialJs = initialJsFiles.reduce((sum, f) => sum + gz(join(dir, f)), 0);
  const css = cssFiles.reduce((sum, f) => sum + gz(join(dir, f)), 0);

  const sizeOf = (key) => gz(join(dir, manifest[key].file));
  const initialKeys = closure(
    manifest,
    Object.keys(manifest).filter((k) => manifest[k].isEntry),
  );
  const routeKeys = Object.keys(manifest).filter(
    (k) => manifest[k].isDynamicEntry && ROUTE_SOURCE.test(k),
  );
  const routes = routeKeys.map((key) => {
    const loaded = [...closure(manifest, [key])].filter((k) => !initialKeys.has(k));
    const sizes = loaded.map((k) => ({ file: manifest[k].file, bytes: sizeOf(k) }));
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a), { file: '', bytes: 0 });
    return {
      name: key.match(ROUTE_SOURCE)[1],
      total: sizes.reduce((sum, c) => sum + c.bytes, 0),
      largest,
    };
  });
  // What a route's modules import on an action, beyond other routes and the entry's own.
  const onDemand = new Map();
  for (const key of routeKeys) {
    for (const loadedKey of [...closure(manifest, [key])].filter((k) => !initialKeys.has(k))) {
      // Followed through: an on-demand module may load another (the map, then Leaflet).
      const queue = [...(manifest[loadedKey]?.dynamicImports ?? [])];
      while (queue.length > 0) {
        const lazy = queue.shift();
        if (ROUTE_SOURCE.test(lazy) || initialKeys.has(lazy)) continue;
        const extra = [...closure(manifest, [lazy])].filter((k) => !initialKeys.has(k));
        const bytes = extra.reduce((sum, k) => sum + sizeOf(k), 0);
        const known = onDemand.get(lazy);
        const by = known?.by ?? new Set();
        by.add(key.match(ROUTE_SOURCE)[1]);
        onDemand.set(lazy, { bytes, by });
        if (!known) for (const k of extra) queue.push(...(manifest[k]?.dynamicImports ?? []));
      }
    }
  }
  return { initialJs, initialJsFiles, css, cssFiles, routes, onDemand };
}

const prod = measure('dist');
const demo = measure('dist-demo');
if (!prod) {
  console.error('budget: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
// A pattern that matches nothing would measure 0 bytes and pass: that is a broken budget, not a
// small build.
const unmatched = [
  ['the entry script in index.html', prod.initialJsFiles],
  ['a stylesheet in index.html', prod.cssFiles],
  ['a lazily loaded route (src/app/routes/*.tsx) in the manifest', prod.routes],
].filter(([, found]) => found.length === 0);
for (const [what] of unmatched) console.error(`budget: found no ${what} in dist/`);
if (unmatched.length > 0) process.exit(1);

let failed = false;
const line = (label, p, d, limit, note = '') => {
  const over = limit !== null && p > limit;
  if (over) failed = true;
  console.log(
    `${label.padEnd(36)}${fmt(p).padEnd(14)}${(d === undefined ? 'n/a' : fmt(d)).padEnd(12)}${(limit ? fmt(limit) : '-').padEnd(11)}${note}${over ? '  OVER' : ''}`,
  );
};
console.log('route rows: the largest chunk opening the route loads beyond the initial JS');
console.log(
  `${'budget (gzip)'.padEnd(36)}${'production'.padEnd(14)}${'demo'.padEnd(12)}${'limit'.padEnd(11)}`,
);
line('initial JS', prod.initialJs, demo?.initialJs, BUDGET.initialJs);
line('CSS', prod.css, demo?.css, BUDGET.css);
for (const route of [...prod.routes].sort((a, b) => a.name.localeCompare(b.name))) {
  const demoRoute = demo?.routes.find((r) => r.name === route.name);
  line(
    `route ${route.name}`,
    route.largest.bytes,
    demoRoute?.largest.bytes,
    BUDGET.route,
    `${route.largest.file.replace('assets/', '')}; all it loads: ${fmt(route.total)}`,
  );
}
for (const [key, { bytes, by }] of [...prod.onDemand].sort()) {
  const name = key.includes('node_modules/')
    ? key.replace(/^.*node_modules\//, '').replace(/^(@[^/]+\/[^/]+|[^/]+).*$/, '$1')
    : (key.split('/').at(-1) ?? key);
  line(
    `on demand: ${name}`.slice(0, 35),
    bytes,
    demo?.onDemand.get(key)?.bytes,
    null,
    `(on an action in: ${[...by].join(', ')})`,
  );
}
console.log(`initial JS files (production): ${prod.initialJsFiles.join(', ')}`);

// What the demo build adds: every JS file it ships (the page's chunks and the backend's worker)
// beyond the production build's, less the in-page fallback, which is printed apart.
const allJs = (dir) =>
  readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gz(join(dir, 'assets', f)), 0);
if (demo) {
  const manifest = JSON.parse(readFileSync(join('dist-demo', '.vite', 'manifest.json'), 'utf8'));
  const fallbackFile = manifest[IN_PAGE_BACKEND]?.file;
  if (!fallbackFile) {
    console.error(`budget: ${IN_PAGE_BACKEND} is not in the demo manifest`);
    process.exit(1);
  }
  const fallback = gz(join('dist-demo', fallbackFile));
  const workerFiles = readdirSync(join('dist-demo', 'assets')).filter((f) => /worker/.test(f));
  const workerJs = workerFiles.reduce((sum, f) => sum + gz(join('dist-demo', 'assets', f)), 0);
  // The counter (/demo/counter) is a support-staff tool in a tab of its own: its chunks and its
  // QR decoder load only there, so they are bounded apart like a route (docs/decisions/023).
  const counterFiles = new Set(
    Object.entries(manifest)
      .filter(([key]) =>
        /^(src\/features\/counter\/|src\/app\/routes\/demo-counter|node_modules\/jsqr\/)/.test(key),
      )
      .map(([, entry]) => entry.file)
      .filter((file) => file.endsWith('.js')),
  );
  const counter = [...counterFiles].reduce((sum, f) => sum + gz(join('dist-demo', f)), 0);
  if (counter > BUDGET.route) failed = true;
  console.log(
    `demo counter apart: ${fmt(counter)} (limit ${fmt(BUDGET.route)}): ${[...counterFiles].join(', ')}`,
  );
  const extra = allJs('dist-demo') - allJs('dist') - fallback - counter;
  const over = extra > BUDGET.demoExtraJs;
  if (over) failed = true;
  console.log(
    `demo build extra JS: ${fmt(extra)} (limit ${fmt(BUDGET.demoExtraJs)}): ` +
      `backend worker ${fmt(workerJs)} (${workerFiles.join(', ')}), the rest page-side; ` +
      `in-page fallback apart: ${fmt(fallback)}${over ? '  OVER' : ''}`,
  );
}
if (failed) {
  console.error('budget: over budget');
  process.exit(1);
}
console.log('budget: within limits');
