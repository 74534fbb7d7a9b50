import { unmatchedRoute } from '../route';
import { authHandlers } from './auth';
import { demoHandlers } from './demo';
import { familyHandlers } from './family';
import { meHandlers } from './me';
import { pharmacyHandlers } from './pharmacies';
import { prescriptionHandlers } from './prescriptions';
import { reauthHandlers } from './reauth';
import { recordHandlers } from './records';
import { settlementHandlers } from './settlement';
import { traceCodeHandlers } from './trace-codes';
import { voucherHandlers } from './voucher';

/**
 * Every endpoint (add new features' handlers here), then the 405/404 of what none took. Faults, sessions and
 * idempotency are layers of `route` (route.ts), not handlers of their own.
 */
export const handlers = [
  ...demoHandlers,
  ...authHandlers,
  ...meHandlers,
  ...voucherHandlers,
  ...pharmacyHandlers,
  ...prescriptionHandlers,
  ...reauthHandlers,
  ...familyHandlers,
  ...settlementHandlers,
  ...recordHandlers,
  ...traceCodeHandlers,
  unmatchedRoute(),
];
