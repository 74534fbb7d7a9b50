// Lighthouse, mobile preset with simulated throttling, median of 3 runs on `/`, for the
// production build (mocks off) and the demo build (mocks on). Prints the scores and checks
// them against the targets; `--no-check` only prints.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const chromePath = CHROMIUM_PATH;
const RUNS = Number(process.env.LH_RUNS ?? 3);
const TARGETS = {
  production: { performance: 0.95, accessibility: 0.95, 'best-practices': 0.95 },
  demo: { performance: 0.9, accessibility: 0.95, 'best-practices': 0.95 },
};
const BUILDS = [
  { name: 'production', dir: 'dist', port: 4185 },
  { name: 'demo', dir: 'dist-demo', port: 4186 },
].filter((b) => !process.env.LH_BUILDS || process.env.LH_BUILDS.split(',').includes(b.name));

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`server at ${url} did not start`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let failed = false;

for (const build of BUILDS) {
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      build.dir,
      '--port',
      String(build.port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${build.port}/`;
  // A server left on the port (strictPort makes ours exit) would be measured in its place.
  let exited = false;
  server.on('exit', () => {
    exited = true;
  });
  try {
    await waitFor(url);
    await sleep(500);
    if (exited) throw new Error(`port ${build.port} is taken: stop what is serving ${url}`);
    const scores = { performance: [], accessibility: [], 'best-practices': [] };
    const METRICS = {
      'first-contentful-paint': 'FCP',
      'largest-contentful-paint': 'LCP',
      'total-blocking-time': 'TBT',
      'speed-index': 'SI',
      'cumulative-layout-shift': 'CLS',
    };
    const metrics = Object.fromEntries(Object.keys(METRICS).map((id) => [id, []]));
    for (let i = 0; i < RUNS; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath,
        chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
      });
      try {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(scores),
          formFactor: 'mobile',
          throttlingMethod: 'simulate',
        });
        for (const key of Object.keys(scores))
          scores[key].push(result.lhr.categories[key].score ?? 0);
        for (const id of Object.keys(METRICS))
          metrics[id].push(result.lhr.audits[id]?.numericValue ?? Number.NaN);
        if (process.env.LH_SAVE) {
          const { writeFile } = await import('node:fs/promises');
          await writeFile(
            `${process.env.LH_SAVE}-${build.name}-${i}.json`,
            JSON.stringify(result.lhr),
          );
        }
      } finally {
        await chrome.kill();
      }
    }
    const line = Object.entries(scores)
      .map(([key, xs]) => {
        const m = median(xs);
        const target = TARGETS[build.name][key];
        if (m < target) failed = true;
        return `${key} ${m.toFixed(2)} (runs ${xs.map((x) => x.toFixed(2)).join('/')}, target ≥ ${target})`;
      })
      .join('; ');
    console.log(`lighthouse ${build.name}: ${line}`);
    const metricLine = Object.entries(METRICS)
      .map(([id, label]) => {
        const m = median(metrics[id]);
        return id === 'cumulative-layout-shift'
          ? `${label} ${m.toFixed(3)}`
          : `${label} ${Math.round(m)} ms`;
      })
      .join(', ');
    console.log(`  median metrics: ${metricLine}`);
  } finally {
    try {
      process.kill(-server.pid);
    } catch {
      // Already gone (it could not take its port): nothing to stop.
    }
  }
}

if (failed && !process.argv.includes('--no-check')) {
  console.error('lighthouse: below target');
  process.exit(1);
}
