// `npm test`: lint, every test (unit + component, e2e on both builds) and the size budgets, then one
// closing line `Tests: N passed, M failed` (unit, e2e and API conformance counted together).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';

const failedSteps = [];
const started = Date.now();
const seconds = (since) => Math.round((Date.now() - since) / 1000);
// Each step says how long it took, so the suite's time on a quiet or a loaded machine is read
// off a run's log, not guessed.
const run = (label, cmd, args, step) => {
  console.log(`\n== ${label}`);
  const stepStarted = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false, env: process.env });
  if (r.status !== 0 && step) failedSteps.push(step);
  console.log(`-- ${label}: ${seconds(stepStarted)} s`);
  return r.status === 0;
};

rmSync('test-results', { recursive: true, force: true });
let ok = true;
// The layering, no import cycle, no `any`: rules the code review would otherwise have to catch.
ok = run('lint (eslint)', 'npx', ['eslint', '.', '--max-warnings=0'], 'lint') && ok;
ok =
  run(
    'unit and component tests',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/unit.json',
    ],
    'unit',
  ) && ok;
const built = run('production and demo builds', 'npm', ['run', 'build:all'], 'builds');
ok = built && ok;
/** A port nobody listens on now: the OS picks it, then it is let go for the preview server. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

if (built) {
  // The e2e preview servers take free ports unless told which: a `vite preview` left on 4174 by
  // an interrupted run (or another checkout's) must not fail every e2e test with "already used".
  process.env.E2E_DEMO_PORT ??= String(await freePort());
  while (
    process.env.E2E_PROD_PORT === undefined ||
    process.env.E2E_PROD_PORT === process.env.E2E_DEMO_PORT
  )
    process.env.E2E_PROD_PORT = String(await freePort());
  console.log(
    `e2e servers: demo on ${process.env.E2E_DEMO_PORT}, production on ${process.env.E2E_PROD_PORT}`,
  );
  ok = run('e2e (Playwright, phone viewport)', 'npx', ['playwright', 'test'], 'e2e') && ok;
  // The API conformance suite against the demo backend as the demo build serves it (in the
  // page, reached over HTTP through a bridge); the in-process run is part of the unit tests.
  ok =
    run(
      'API conformance (demo build)',
      'node',
      ['scripts/test-contract.mjs', '--demo-build', '--dir', 'dist-demo'],
      'contract',
    ) && ok;
  ok = run('size budgets', 'node', ['scripts/budget.mjs'], 'budgets') && ok;
}
process.env.FAILED_STEPS = failedSteps.join(',');
console.log(`\nnpm test: ${seconds(started)} s before the count`);
const counted = run('count', 'node', ['scripts/count-tests.mjs']);
process.exit(ok && counted ? 0 : 1);
