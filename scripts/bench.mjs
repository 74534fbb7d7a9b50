// Benchmarks the bundled rules engine (src/rules) as the browser would run it: bundled to plain
// ESM by Vite (rolldown), then imported into Node. Run with `npm run bench`.
// Then the demo backend's reference data (mocks/reference): how long the 100,000 pharmacies take
// to build and how much heap they keep.
//
// Node 20 cannot import TypeScript, so the modules are built first into node_modules/.cache/bench
// with Vite's library mode and a config-free build (the app's PWA and React plugins are not
// needed for pure modules).

import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'bench');

const CLAIMS = 10_000;
const RUNS = 50; // estimates per timed round
const ROUNDS = 5; // timed rounds per process; their median is the process's figure
// Each workload runs in this many fresh processes and the median process is reported: on a
// shared 2-core VM a whole process now and then runs at half speed (disk writeback after
// `npm ci`, a neighbour), which one process alone would report as the engine's speed.
const PROCESSES = 3;
const WARMUP_RUNS = 30;
const TARGET_PER_SECOND = 1_000_000;
const NEARBY_QUERIES = 2_000;
// A linear scan takes milliseconds per query: fewer of them give a steady mean.
const LINEAR_SCAN_QUERIES = 150;
const INDEX_MEAN_TARGET_MS = 0.05;
const INDEX_RATIO_TARGET = 50;
// The pharmacy build happens once per session, in the page, on the first pharmacy request.
const BUILD_TARGET_MS = 150;
// What the built dataset may keep, JS heap and array buffers together (docs/decisions/017).
const DATASET_TARGET_MB = 8;

async function buildModules() {
  await mkdir(cacheDir, { recursive: true });
  const outDir = await mkdtemp(path.join(cacheDir, 'rules-'));
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      sourcemap: false,
      target: 'es2022',
      lib: {
        entry: {
          rules: path.join(root, 'src/rules/index.ts'),
          'pharmacy-generate': path.join(root, 'mocks/reference/pharmacies/generate.ts'),
          'pharmacy-search': path.join(root, 'mocks/reference/pharmacies/search.ts'),
        },
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.mjs`,
      },
    },
  });
  return outDir;
}

// Deterministic workloads: the same claims every run, so numbers compare across machines.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad2 = (n) => String(n).padStart(2, '0');
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]; // 2024 is a leap year

/** `count` dates spread over 2024 in calendar order. */
function yearDates(count) {
  const all = [];
  for (let m = 1; m <= 12; m++) {
    for (let d = 1; d <= (MONTH_DAYS[m - 1] ?? 0); d++) all.push(`2024-${pad2(m)}-${pad2(d)}`);
  }
  return Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]);
}

function shuffle(list, random) {
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function scenarios() {
  const dates = yearDates(CLAIMS);
  const random = mulberry32(20240101);
  const cqOutpatient = dates.map((date, i) => ({
    id: `c${i}`,
    date,
    kind: 'outpatient',
    institutionLevel: 2,
    policyRangeFen: 5_000 + Math.floor(random() * 30_000),
  }));
  const cqMixed = shuffle(
    dates.map((date, i) => {
      const claim = {
        id: `m${i}`,
        date,
        kind: random() < 0.4 ? 'pharmacy' : 'outpatient',
        institutionLevel: 1 + Math.floor(random() * 3),
        policyRangeFen: Math.floor(random() * 80_000),
      };
      if (random() < 0.2) claim.paidByOtherSchemesFen = Math.floor(claim.policyRangeFen * random());
      return claim;
    }),
    random,
  );
  const sx = dates.map((date, i) => ({
    id: `s${i}`,
    date,
    kind: 'pharmacy',
    institutionLevel: 1 + (i % 3),
    policyRangeFen: Math.floor(random() * 20_000),
    deductibleMetAtPrescriber: random() < 0.5,
  }));
  const fz = dates.map((date, i) => ({
    id: `f${i}`,
    date,
    kind: 'inpatient',
    institutionLevel: 3,
    policyRangeFen: 500_000 + Math.floor(random() * 2_000_000),
  }));
  const employed = { status: 'employed', enrolment: 'unit' };
  const retired = { status: 'retired', enrolment: 'individual-tier2' };
  return [
    {
      name: 'cq outpatient, date order',
      input: {
        policyId: 'cq-employee-outpatient-2024',
        member: employed,
        personalAccountBalanceFen: 200_000,
        claims: cqOutpatient,
      },
    },
    {
      name: 'cq mixed kinds/levels/other schemes, shuffled',
      input: {
        policyId: 'cq-employee-outpatient-2024',
        member: retired,
        personalAccountBalanceFen: 126_000,
        claims: cqMixed,
      },
    },
    {
      name: 'sx pharmacy',
      input: {
        policyId: 'sx-pharmacy-2023',
        member: employed,
        personalAccountBalanceFen: 50_000,
        claims: sx,
      },
    },
    {
      name: 'fz DRG inpatient',
      input: {
        policyId: 'fz-drg-2021',
        member: retired,
        personalAccountBalanceFen: 500_000,
        claims: fz,
      },
    },
  ];
}

function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');

function measure(fn, input) {
  let checksum = 0; // consumed below so no run can be optimised away
  for (let i = 0; i < WARMUP_RUNS; i++) checksum += fn(input).totals.fundFen;
  const rates = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    for (let i = 0; i < RUNS; i++) checksum += fn(input).totals.fundFen;
    const seconds = (performance.now() - start) / 1000;
    rates.push((input.claims.length * RUNS) / seconds);
  }
  return { median: median(rates), min: Math.min(...rates), max: Math.max(...rates), checksum };
}

// Each workload runs in a fresh Node process, so one workload's JIT feedback and heap do not
// colour the next one's numbers.
async function measureInChild(modulePath, scenario, label, nodeFlags = []) {
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync(process.execPath, [...nodeFlags, fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_CHILD: JSON.stringify({ modulePath, scenario, label }) },
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

/** Query points around the demo cities' centres, the same every run. */
function nearbyQueries() {
  const centres = [
    [29.556, 106.57], // Chongqing, Yuzhong
    [26.08, 119.3], // Fuzhou, Gulou
    [37.8, 112.565], // Taiyuan, Xiaodian
  ];
  const random = mulberry32(15);
  return Array.from({ length: NEARBY_QUERIES }, (_, i) => {
    const [lat, lng] = centres[i % centres.length];
    return { lat: lat + (random() - 0.5) * 0.1, lng: lng + (random() - 0.5) * 0.1 };
  });
}

/** Per-query durations in ms, for the mean and the p99. */
function timeEachQuery(queries, run) {
  const durations = new Float64Array(queries.length);
  let found = 0;
  for (let i = 0; i < queries.length; i++) {
    const start = performance.now();
    found += run(queries[i]).length;
    durations[i] = performance.now() - start;
  }
  const sorted = [...durations].sort((a, b) => a - b);
  const mean = durations.reduce((sum, d) => sum + d, 0) / durations.length;
  const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
  return { mean, p99, found };
}

/** The 20 nearest by looking at every pharmacy's coordinates: what the spatial index saves. */
function linearNearest({ count, columns }, distanceMetres, { lat, lng }, k = 20) {
  const best = [];
  const { latE6, lngE6 } = columns;
  for (let p = 0; p < count; p++) {
    const d = distanceMetres(lat, lng, latE6[p] / 1e6, lngE6[p] / 1e6);
    if (d > 5000 || (best.length === k && d >= best[k - 1].d)) continue;
    let i = best.length;
    if (best.length < k) best.push(null);
    while (i > 0 && best[i - 1].d > d) {
      best[i] = best[i - 1];
      i--;
    }
    best[i] = { p, d };
  }
  return best;
}

function timePerQuery(queries, run) {
  let found = 0; // consumed below so no query can be optimised away
  const start = performance.now();
  for (const query of queries) found += run(query).length;
  return { microseconds: ((performance.now() - start) * 1000) / queries.length, found };
}

// Runs with --expose-gc: collecting before and after the build leaves only what the data keeps.
async function referenceChild(modulePaths) {
  const [generate, search] = await Promise.all(
    modulePaths.map((modulePath) => import(pathToFileURL(modulePath).href)),
  );
  const pharmacies = { ...generate, ...search };
  globalThis.gc();
  const before = process.memoryUsage();
  const data = pharmacies.pharmacyData.get();
  const buildMs = pharmacies.pharmacyData.lastBuildMs();
  globalThis.gc();
  const after = process.memoryUsage();
  const queries = nearbyQueries();
  const nearest = timePerQuery(queries, (q) => pharmacies.nearbyPharmacies(q));
  const indexed = timeEachQuery(queries, (q) => pharmacies.nearbyPharmacies(q));
  const scanQueries = queries.slice(0, LINEAR_SCAN_QUERIES);
  const scanned = timeEachQuery(scanQueries, (q) =>
    linearNearest(data, pharmacies.distanceMetres, q),
  );
  const filter = {
    outpatientPooling: true,
    openAtMinute: 600,
    stocksDrugs: [{ code: 'XA10BAM048A001010100811' }, { code: 'XC08CAA040A001010101617' }],
  };
  const filtered = timePerQuery(queries, (q) => pharmacies.nearbyPharmacies({ ...q, filter }));
  process.stdout.write(
    JSON.stringify({
      count: data.count,
      buildMs,
      heapBytes: after.heapUsed - before.heapUsed,
      arrayBufferBytes: after.arrayBuffers - before.arrayBuffers,
      // Every record materialised once, after the heap was measured.
      fingerprint: pharmacies.pharmacyFingerprint(pharmacies.eachPharmacy(data)),
      nearestUs: nearest.microseconds,
      indexMeanMs: indexed.mean,
      indexP99Ms: indexed.p99,
      scanMeanMs: scanned.mean,
      filteredUs: filtered.microseconds,
      found: nearest.found + filtered.found,
    }),
  );
}

async function measureReferenceData(modulePaths) {
  const runs = [];
  for (let p = 0; p < PROCESSES; p++) {
    runs.push(await measureInChild(modulePaths, 'reference', 'reference', ['--expose-gc']));
  }
  if (new Set(runs.map((r) => `${r.fingerprint} ${r.found}`)).size !== 1) {
    throw new Error('reference data: builds differ between runs');
  }
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
  const us = (n) => n.toFixed(0);
  const count = runs[0]?.count;
  const buildMs = median(runs.map((r) => r.buildMs));
  const indexMean = median(runs.map((r) => r.indexMeanMs));
  const indexP99 = median(runs.map((r) => r.indexP99Ms));
  const scanMean = median(runs.map((r) => r.scanMeanMs));
  const ratio = scanMean / indexMean;
  const jsHeapMb = median(runs.map((r) => r.heapBytes)) / 1024 / 1024;
  const arrayBuffersMb = median(runs.map((r) => r.arrayBufferBytes)) / 1024 / 1024;
  // The columns are typed arrays, whose bytes Node counts apart from the JS heap: the dataset's
  // heap is both, or a columnar build would look smaller than it is.
  const heapMb = median(runs.map((r) => r.heapBytes + r.arrayBufferBytes)) / 1024 / 1024;
  // The two lines the issue asks for (median of the processes).
  console.log(
    `nearest-20 of ${count}: index mean ${indexMean.toFixed(4)} ms, p99 ${indexP99.toFixed(4)} ms; ` +
      `linear scan mean ${scanMean.toFixed(2)} ms; ratio ${Math.round(ratio)}×`,
  );
  console.log(
    `pharmacies reference data: build ${fmt(buildMs)} ms, heap ${heapMb.toFixed(1)} MB ` +
      `(JS heap ${jsHeapMb.toFixed(1)} MB + array buffers ${arrayBuffersMb.toFixed(1)} MB)`,
  );
  console.log(
    `targets: index mean ≤ ${INDEX_MEAN_TARGET_MS} ms ${indexMean <= INDEX_MEAN_TARGET_MS ? 'met' : 'NOT met'}, ` +
      `ratio ≥ ${INDEX_RATIO_TARGET}× ${ratio >= INDEX_RATIO_TARGET ? 'met' : 'NOT met'}, ` +
      `build ≤ ${BUILD_TARGET_MS} ms ${buildMs <= BUILD_TARGET_MS ? 'met' : 'NOT met'}, ` +
      `dataset heap ≤ ${DATASET_TARGET_MB} MB ${heapMb <= DATASET_TARGET_MB ? 'met' : 'NOT met'}`,
  );
  console.log(
    `reference data: builds ${runs.map((r) => fmt(r.buildMs)).join(' / ')} ms; ` +
      `heap +${mb(median(runs.map((r) => r.heapBytes)))} MB, ` +
      `array buffers +${mb(median(runs.map((r) => r.arrayBufferBytes)))} MB after the build ` +
      `(median of ${PROCESSES}); fingerprint ${runs[0]?.fingerprint}`,
  );
  console.log(
    `reference data: nearbyPharmacies, 20 nearest within 5 km: median ` +
      `${us(median(runs.map((r) => r.nearestUs)))} µs per query; with pooling + open + 2 drugs: ` +
      `${us(median(runs.map((r) => r.filteredUs)))} µs (${fmt(NEARBY_QUERIES)} queries per process)`,
  );
}

async function child({ modulePath, scenario, label }) {
  if (label === 'reference') return referenceChild(modulePath);
  const rules = await import(pathToFileURL(modulePath).href);
  const found = scenarios().find((s) => s.name === scenario);
  if (found === undefined) throw new Error(`unknown scenario ${scenario}`);
  const fn = label === 'rules.estimate' ? rules.estimate : rules.estimateWithoutTrace;
  process.stdout.write(JSON.stringify(measure(fn, found.input)));
}

async function main() {
  const outDir = await buildModules();
  try {
    const modulePath = path.join(outDir, 'rules.mjs');
    const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
    console.log(
      `node ${process.version} on ${process.platform}/${process.arch}, ${os.cpus().length} × ${cpu}, load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    let headline = 0;
    // `npm run bench -- --reference` measures only the reference data (a minute less).
    const rulesScenarios = process.argv.includes('--reference') ? [] : scenarios();
    for (const { name, input } of rulesScenarios) {
      for (const label of ['rules.estimate', 'rules.estimateWithoutTrace']) {
        const runs = [];
        for (let p = 0; p < PROCESSES; p++)
          runs.push(await measureInChild(modulePath, name, label));
        const rates = runs.map((r) => r.median);
        const rate = median(rates);
        const checksums = new Set(runs.map((r) => r.checksum));
        if (checksums.size !== 1)
          throw new Error(`${label} [${name}]: results differ between runs`);
        if (label === 'rules.estimate' && headline === 0) headline = rate;
        console.log(
          `${label} [${name}]: ${fmt(input.claims.length)} claims × ${RUNS} runs, ` +
            `median ${fmt(rate)} claims/s (processes ${rates.map(fmt).join(' / ')}; ` +
            `${ROUNDS} rounds each; checksum ${runs[0]?.checksum})`,
        );
      }
    }
    // A floor, not a target (docs/decisions/016): reported, never an exit code, because a
    // loaded or slow CI machine must not fail the build over it.
    const met = headline >= TARGET_PER_SECOND;
    if (rulesScenarios.length > 0) {
      console.log(
        `floor ${fmt(TARGET_PER_SECOND)} claims/s for rules.estimate [cq outpatient]: ${met ? 'met' : 'NOT met'} (${fmt(headline)}; load ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')})`,
      );
    }
    await measureReferenceData([
      path.join(outDir, 'pharmacy-generate.mjs'),
      path.join(outDir, 'pharmacy-search.mjs'),
    ]);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

if (process.env.BENCH_CHILD) await child(JSON.parse(process.env.BENCH_CHILD));
else await main();
