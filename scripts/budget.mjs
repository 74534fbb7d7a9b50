// Size budgets, measured on the built files: initial JS (the entry plus every chunk it
// preloads) and CSS, gzip. Fails when the production build is over budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KiB = 1024;
const BUDGET = {
  initialJs: 125 * KiB,
  css: 20 * KiB,
  estimateRoute: 40 * KiB,
};

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const fmt = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;

function measure(dir) {
  if (!existsSync(join(dir, 'index.html'))) return null;
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = (re) =>
    [...html.matchAll(re)].map((m) => m[1]).filter((p) => p && !p.startsWith('http'));
  const entry = refs(/<script[^>]+type="module"[^>]+src="([^"]+)"/g);
  const preloads = refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g);
  const initialJsFiles = [...new Set([...entry, ...preloads])];
  const cssFiles = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const initialJs = initialJsFiles.reduce((sum, f) => sum + gz(join(dir, f)), 0);
  const css = cssFiles.reduce((sum, f) => sum + gz(join(dir, f)), 0);
  const assets = readdirSync(join(dir, 'assets'));
  const estimateChunks = assets.filter((f) => /^estimate-.*\.js$/.test(f));
  const estimateRoute = estimateChunks.reduce((sum, f) => sum + gz(join(dir, 'assets', f)), 0);
  const allJs = assets
    .filter((f) => f.endsWith('.js'))
    .reduce((s, f) => s + gz(join(dir, 'assets', f)), 0);
  return { initialJs, initialJsFiles, css, cssFiles, estimateRoute, estimateChunks, allJs };
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
  ['an estimate route chunk (assets/estimate-*.js)', prod.estimateChunks],
].filter(([, files]) => files.length === 0);
for (const [what] of unmatched) console.error(`budget: found no ${what} in dist/`);
if (unmatched.length > 0) process.exit(1);

const rows = [
  ['initial JS (gzip)', 'initialJs', BUDGET.initialJs],
  ['CSS (gzip)', 'css', BUDGET.css],
  ['estimate route chunk (gzip)', 'estimateRoute', BUDGET.estimateRoute],
  ['all JS (gzip, for reference)', 'allJs', null],
];
let failed = false;
console.log('budget                        production          demo            limit');
for (const [label, key, limit] of rows) {
  const p = prod[key];
  const over = limit !== null && p > limit;
  if (over) failed = true;
  console.log(
    `${label.padEnd(30)}${fmt(p).padEnd(20)}${(demo ? fmt(demo[key]) : 'n/a').padEnd(16)}${limit ? fmt(limit) : '-'}${over ? '  OVER' : ''}`,
  );
}
console.log(`initial JS files (production): ${prod.initialJsFiles.join(', ')}`);
console.log(`estimate chunks (production): ${prod.estimateChunks.join(', ') || 'none'}`);
if (failed) {
  console.error('budget: the production build is over budget');
  process.exit(1);
}
console.log('budget: within limits');
