import type { ContractRequest } from './http';
import type { Scenario, ScenarioContext } from './runner';

/** The family feature's API scenarios (see scenarios.ts for what every scenario must do). */
export const familyScenarios: Scenario[] = [];

/** A harmless valid request for each of the feature's mutations (the Idempotency-Key checks). */
export const familyMutationSamples: Record<
  string,
  (context: ScenarioContext) => Promise<ContractRequest>
> = {};
