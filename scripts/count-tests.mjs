// Adds up the unit (Vitest JSON) and e2e (Playwright JSON) results into CI's closing line.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

if (existsSync('test-results/unit.json')) {
  const unit = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numRuntimeErrorTestSuites ?? 0);
} else {
  console.error('count-tests: no unit results');
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
