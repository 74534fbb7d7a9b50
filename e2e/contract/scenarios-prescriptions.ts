import type { ContractRequest } from './http';
import type { Scenario, ScenarioContext } from './runner';

/** The prescriptions feature's API scenarios (see scenarios.ts for what every scenario must do). */
export const prescriptionsScenarios: Scenario[] = [];

/** A harmless valid request for each of the feature's mutations (the Idempotency-Key checks). */
export const prescriptionsMutationSamples: Record<
  string,
  (context: ScenarioContext) => Promise<ContractRequest>
> = {};
