import { targetFromEnv } from './runner';
import { defineConformanceSuite } from './vitest-suite';

// The base URL and the test account come from scripts/test-contract.mjs (or CONTRACT_* variables).
defineConformanceSuite(targetFromEnv(process.env));
