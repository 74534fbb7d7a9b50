import { http } from 'msw';
import { applyFaults } from '../faults';
import { apiError, isApiRequest, isDemoControlRequest } from '../http-utils';
import { authHandlers } from './auth';
import { demoHandlers } from './demo';
import { meHandlers } from './me';

// Runs first for every non-demo API request and falls through (returns nothing) unless a
// fault fires, so each resource handler stays free of fault code.
const faultHandler = http.all(
  ({ request }) => isApiRequest(request) && !isDemoControlRequest(request),
  () => applyFaults(),
);

// Last: an API path without a handler gets a clear 404 in the contract's error shape, instead
// of falling through to the dev server's index.html.
const notFoundHandler = http.all(
  ({ request }) => isApiRequest(request),
  ({ request }) =>
    apiError(404, 'NOT_FOUND', {
      message: `The demo backend has no ${request.method} ${new URL(request.url).pathname}`,
    }),
);

/** Order matters: faults, then resources (add new features' handlers here), then the 404. */
export const handlers = [
  faultHandler,
  ...demoHandlers,
  ...authHandlers,
  ...meHandlers,
  notFoundHandler,
];
