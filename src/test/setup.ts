import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetMockDb, server } from '@mocks/node';
import { configureApiClient } from '@/lib/api-config';
import { resetConnectivity } from '@/lib/connectivity';
import { resetAllStores } from '@/lib/store-registry';

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
