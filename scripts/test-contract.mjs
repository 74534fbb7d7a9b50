// The API conformance suite (e2e/contract) against a base URL, or against the demo build
// through the bridge (scripts/demo-api-bridge.mjs). Writes test-results/contract.json and exits
// with vitest's status.
//
//   npm run test:contract -- --base-url http://host/api [--phone 138… --sms-code 123456]
//   npm run test:contract -- --demo-build [--dir dist-demo]
//
// CONTRACT_PHONE and CONTRACT_SMS_CODE work in place of --phone and --sms-code.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPORT = 'test-results/contract.json';
const READY = /^demo backend bridge: (http\S+)/;
const BRIDGE_START_TIMEOUT_MS = 120_000;

function usage(problem) {
  console.error(`test-contract: ${problem}
usage: npm run test:contract -- --base-url <url> [--phone <phone>] [--sms-code <code>]
       npm run test:contract -- --demo-build [--dir dist-demo] [--port 0]`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      'base-url': { type: 'string' },
      phone: { type: 'string' },
      'sms-code': { type: 'string' },
      'demo-build': { type: 'boolean', default: false },
      dir: { type: 'string', default: 'dist-demo' },
      // 0: any free port, so two runs on one machine do not collide.
      port: { type: 'string', default: '0' },
    },
  });
} catch (error) {
  usage(error.message);
}
const options = parsed.values;
if (options['demo-build'] === (options['base-url'] !== undefined)) {
  usage('give either --base-url or --demo-build');
}
if (options['base-url'] !== undefined) {
  let url;
  try {
    url = new URL(options['base-url']);
  } catch {
    usage(`--base-url ${options['base-url']} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') usage('--base-url must be http(s)');
}

/** Starts the bridge and resolves with its base URL once it prints its ready line. */
function startBridge() {
  const child = spawn(
    process.execPath,
    [
      fileURLToPath(new URL('./demo-api-bridge.mjs', import.meta.url)),
      '--dir',
      options.dir,
      '--port',
      options.port,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const ready = new Promise((done, failed) => {
    const timer = setTimeout(() => {
      failed(new Error(`the bridge was not ready within ${BRIDGE_START_TIMEOUT_MS / 1000} s`));
    }, BRIDGE_START_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`the bridge exited (${code}) before it was ready`));
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      console.log(line);
      const match = READY.exec(line);
      if (match) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
  });
  return { child, ready };
}

function stopBridge(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

function runVitest(baseUrl) {
  const env = { ...process.env, CONTRACT_BASE_URL: baseUrl };
  if (options.phone !== undefined) env.CONTRACT_PHONE = options.phone;
  if (options['sms-code'] !== undefined) env.CONTRACT_SMS_CODE = options['sms-code'];
  const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [
        vitest,
        'run',
        '--config',
        'vitest.contract.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${REPORT}`,
      ],
      { stdio: 'inherit', env },
    );
    child.once('exit', (code, signal) => {
      console.log(`test-contract: JSON report in ${REPORT}`);
      done(code ?? (signal ? 1 : 0));
    });
  });
}

let status = 1;
if (options['demo-build']) {
  const bridge = startBridge();
  const stop = () => void stopBridge(bridge.child);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const baseUrl = await bridge.ready;
    status = await runVitest(baseUrl);
  } catch (error) {
    console.error(`test-contract: ${error.message}`);
  } finally {
    await stopBridge(bridge.child);
  }
} else {
  status = await runVitest(options['base-url']);
}
process.exit(status);
