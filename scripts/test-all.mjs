// `npm test`: every test (unit + component, e2e on both builds) and the size budgets, then one
// closing line `Tests: N passed, M failed` (unit and e2e counted together).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (label, cmd, args) => {
  console.log(`\n== ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  return r.status === 0;
};

rmSync('test-results', { recursive: true, force: true });
let ok = true;
ok =
  run('unit and component tests', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/unit.json',
  ]) && ok;
const built = run('production and demo builds', 'npm', ['run', 'build:all']);
ok = built && ok;
if (built) {
  ok = run('e2e (Playwright, phone viewport)', 'npx', ['playwright', 'test']) && ok;
  ok = run('size budgets', 'node', ['scripts/budget.mjs']) && ok;
}
const counted = run('count', 'node', ['scripts/count-tests.mjs']);
process.exit(ok && counted ? 0 : 1);
