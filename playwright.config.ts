import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// Ports and build folders can move so two runs can share a machine.
const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 4174);
const PROD_PORT = Number(process.env.E2E_PROD_PORT ?? 4175);
const DEMO_DIR = process.env.E2E_DEMO_DIR ?? 'dist-demo';
const PROD_DIR = process.env.E2E_PROD_DIR ?? 'dist';

export default defineConfig({
  testDir: './e2e',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // A forgotten test.only would run one test and report green.
  forbidOnly: Boolean(process.env.CI),
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results/e2e',
  use: {
    ...devices['Pixel 7'],
    baseURL: `http://127.0.0.1:${DEMO_PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_FLAGS],
    },
  },
  projects: [
    { name: 'demo', testIgnore: /(production|update)\.spec\.ts/ },
    {
      // The service-worker update runs once the rest of the demo suite is done, with the CPU to
      // itself: under two busy workers its new worker sometimes did not take control within the
      // wait (seen in 2 of 6 CI runs, never alone), which says nothing about the app.
      name: 'update',
      testMatch: /update\.spec\.ts/,
      dependencies: ['demo'],
    },
    {
      name: 'production',
      testMatch: /production\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${PROD_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --outDir ${DEMO_DIR} --port ${DEMO_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${DEMO_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir ${PROD_DIR} --port ${PROD_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PROD_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
