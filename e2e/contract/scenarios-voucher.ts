import type { ContractRequest } from './http';
import type { Scenario, ScenarioContext } from './runner';

/** The voucher feature's API scenarios (see scenarios.ts for what every scenario must do). */
export const voucherScenarios: Scenario[] = [];

/** A harmless valid request for each of the feature's mutations (the Idempotency-Key checks). */
export const voucherMutationSamples: Record<
  string,
  (context: ScenarioContext) => Promise<ContractRequest>
> = {};
