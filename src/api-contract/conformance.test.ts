import { API_BASE } from '@mocks/test-utils';
import { defineConformanceSuite } from '../../e2e/contract/vitest-suite';

// The conformance suite against the in-process demo backend (msw/node, src/test/setup.ts), so
// the mock keeps the published contract; scripts/test-contract.mjs runs the same scenarios over
// HTTP against the demo build or a real backend.
defineConformanceSuite({ baseUrl: API_BASE, phone: undefined, smsCode: undefined });
