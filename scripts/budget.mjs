// Size budgets, measured on the built files (gzip -9):
// - initial JS: the entry plus every chunk index.html preloads, ≤ 125 KiB;
// - CSS in index.html, ≤ 20 KiB;
// - route chunks: every chunk that opening a route loads beyond the initial ones (its own chunk
//   and the shared chunks it imports, read from Vite's manifest), ≤ 40 KiB each; the total a
//   route downloads is printed beside it;
// - on-demand chunks a screen loads on an action (the map library, the QR encoder) are printed
//   with what loads them; they count against no route.
// Fails when the production build is over budget or a measurement finds nothing to measure.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KiB = 1024;
const BUDGET = { initialJs: 125 * KiB, css: 20 * KiB, route: 40 * KiB };
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
if (failed) {
  console.error('budget: the production build is over budget');
  process.exit(1);
}
console.log('budget: within limits');
