import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetMockDb, server } from '@mocks/node';
import { configureApiClient } from '@/lib/api-config';
import { resetConnectivity } from '@/lib/connectivity';
import { resetAllStores } from '@/lib/store-registry';

// findBy… and waitFor wait for a state; how long it takes depends on the machine's load, so the
// bound is generous (a state that never comes still fails, after 15 s).
configure({ asyncUtilTimeout: 15_000 });

// jsdom's browser asks for English, and the app starts in the browser's language; the tests
// read the app's first language, Chinese. A test about the browser's language stubs this getter.
Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['zh-CN', 'zh'] });

// Tests talk to the same stateful demo backend as the app; unknown requests fail loudly.
configureApiClient({ baseUrl: 'http://localhost/api' });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetMockDb();
  // Stores outlive a render; each test starts signed out with empty drafts.
  resetAllStores();
  resetConnectivity();
  sessionStorage.clear();
  localStorage.clear();
});
afterAll(() => server.close());
