import { notFoundRoute } from '../route';
import { authHandlers } from './auth';
import { demoHandlers } from './demo';
import { meHandlers } from './me';

/**
 * Every endpoint (add new features' handlers here), then the 404. Faults, sessions and
 * idempotency are layers of `route` (route.ts), not handlers of their own.
 */
export const handlers = [...demoHandlers, ...authHandlers, ...meHandlers, notFoundRoute()];
