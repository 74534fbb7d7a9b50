import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { resetClock } from './clock';
import { resetDb } from './db';
import { resetFaultRuntime } from './faults';
import { handlers } from './handlers';
import { resetRandomBytes } from './random';

/** The demo backend for Vitest: the same handlers and db the page uses. */
export const server = setupServer(
  ...handlers,
  // The app's static host, which the API client probes after a network failure: up, unless a
  // test replaces this with HttpResponse.error() to play a device with no network.
  http.head('*/connectivity.txt', () => new HttpResponse(null, { status: 200 })),
);

/** Back to the seed with no faults, the real clock and real randomness: call after each test. */
export function resetMockDb(): void {
  resetDb();
  resetClock();
  resetFaultRuntime();
  resetRandomBytes();
}
