// Adds up the unit and API conformance (Vitest JSON) and e2e (Playwright JSON) results into CI's
// closing line.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

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
} else {
  console.error('count-tests: no unit results');
  failed += 1;
}

// The conformance suite against the demo build: a Vitest JSON report of its own.
if (existsSync('test-results/contract.json')) {
  const contract = vitestCounts(JSON.parse(readFileSync('test-results/contract.json', 'utf8')));
  passed += contract.passed;
  failed += contract.failed;
} else {
  console.error('count-tests: no API conformance results');
  failed += 1;
}

if (existsSync('test-results/e2e.json')) {
  const e2e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
  const s = e2e.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
} else {
  console.error('count-tests: no e2e results');
  failed += 1;
}

console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
