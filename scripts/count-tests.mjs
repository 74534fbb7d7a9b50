// Adds up the unit and API conformance (Vitest JSON) and e2e (Playwright JSON) results into CI's
// closing line.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
/** Failures each report accounts for; a missing report counts as one failure (below). */
const failedBySource = { unit: 1, contract: 1, e2e: 1 };

/**
 * Passed and failed of a Vitest JSON report. A file that fails to import, or whose beforeAll
 * throws, fails with no failed test in it: it counts as one failure of its own.
 */
function vitestCounts(report) {
  let failedCount = report.numFailedTests ?? 0;
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((a) => a.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) failedCount += 1;
  }
  return { passed: report.numPassedTests ?? 0, failed: failedCount };
}

if (existsSync('test-results/unit.json')) {
  const unit = vitestCounts(JSON.parse(readFileSync('test-results/unit.json', 'utf8')));
  passed += unit.passed;
  failed += unit.failed;
  failedBySource.unit = unit.failed;
} else {
  console.error('count-tests: no unit results');
  failed += 1;
}

// The conformance suite against the demo build: a Vitest JSON report of its own.
if (existsSync('test-results/contract.json')) {
  const contract = vitestCounts(JSON.parse(readFileSync('test-results/contract.json', 'utf8')));
  passed += contract.passed;
  failed += contract.failed;
  failedBySource.contract = contract.failed;
} else {
  console.error('count-tests: no API conformance results');
  failed += 1;
}

/** Titles of the tests in a Playwright JSON report whose outcome is `status`. */
function playwrightTitles(report, status) {
  const titles = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === status) titles.push([...path, spec.title].join(' › '));
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  return titles;
}

if (existsSync('test-results/e2e.json')) {
  const e2e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
  const s = e2e.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  // Errors outside any test (a web server that did not start, a spec that did not load, the
  // global timeout) leave tests unrun: each counts as a failure.
  const errors = e2e.errors ?? [];
  for (const error of errors) console.error(`count-tests: e2e error: ${error.message ?? error}`);
  failed += errors.length;
  failedBySource.e2e = (s.unexpected ?? 0) + errors.length;
  // Passed on retry: counted as passed, but named, so a flaky test is seen and mended.
  for (const title of playwrightTitles(e2e, 'flaky'))
    console.log(`flaky (passed on retry): ${title}`);
} else {
  console.error('count-tests: no e2e results');
  failed += 1;
}

// Steps of `npm test` that failed without a test report of their own saying so (a build, the
// budgets, a test runner that exited non-zero with every test passed): one failure each, so the
// closing line never reads 0 failed when the exit code says otherwise.
for (const step of (process.env.FAILED_STEPS ?? '').split(',').filter(Boolean)) {
  if ((failedBySource[step] ?? 0) > 0) continue;
  console.error(`count-tests: step failed: ${step}`);
  failed += 1;
}

console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
