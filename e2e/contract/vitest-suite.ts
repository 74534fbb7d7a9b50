import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inspectTarget,
  runScenario,
  ScenarioSkipped,
  type ContractTarget,
  type TargetInfo,
} from './runner';
import { mutationsWithoutSample, scenarioGroups, uncoveredEndpoints } from './scenarios';

declare module 'vitest' {
  interface TaskMeta {
    /** Why the target could not run this scenario; in the JSON report beside the test. */
    skipReason?: string;
  }
}

/**
 * The scenarios as Vitest tests, one per scenario, run in order (they share the target's state).
 * Used by the suite against any base URL (conformance.contract.ts) and by `npm test` against the
 * in-process demo backend (src/api-contract/conformance.test.ts).
 */
export function defineConformanceSuite(target: ContractTarget): void {
  describe(`API conformance: ${target.baseUrl}`, () => {
    let info: TargetInfo | undefined;
    const skipped: string[] = [];
    beforeAll(async () => {
      info = await inspectTarget(target);
    });
    // The default reporter folds a passing file, notes and all: list what did not run, and why.
    afterAll(() => {
      if (skipped.length === 0) return;
      console.log(`Skipped against ${target.baseUrl}:\n${skipped.join('\n')}`);
    });

    for (const group of scenarioGroups) {
      describe.sequential(group.name, () => {
        for (const scenario of group.scenarios) {
          it(scenario.name, async (context) => {
            if (info === undefined) throw new Error('the target was not inspected');
            try {
              await runScenario(scenario, info);
            } catch (error) {
              if (error instanceof ScenarioSkipped) {
                context.task.meta.skipReason = error.message;
                skipped.push(`- ${scenario.name}: ${error.message}`);
                context.skip(error.message);
              }
              throw error;
            }
          });
        }
      });
    }

    describe('coverage', () => {
      it('every public endpoint has a scenario', () => {
        expect(
          uncoveredEndpoints(),
          'add scenarios for these to e2e/contract/scenarios.ts',
        ).toEqual([]);
      });
      it('every public mutation has a sample request for the Idempotency-Key checks', () => {
        expect(mutationsWithoutSample(), 'add them to mutationSamples').toEqual([]);
      });
    });
  });
}
