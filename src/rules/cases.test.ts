import { describe, expect, it } from 'vitest';
import { estimate } from './estimate';
import { isRulesInputError } from './errors';
import type { EstimateInput } from './types';

/*
 * Runs the policy case files in ./cases (see ./cases/README.md): each case is an input, the
 * parts of the output it checks, and how many fen an amount may be off.
 */

const files = import.meta.glob<unknown>('./cases/*.json', { eager: true, import: 'default' });

interface Case {
  name: string;
  input: Record<string, unknown>;
  expected: Record<string, unknown>;
  marginFen: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file's cases, or a message naming what is wrong, so an analyst can fix the JSON. */
function readFile(file: string, content: unknown): { policy: string; cases: Case[] } {
  if (!isRecord(content) || typeof content.policy !== 'string' || !Array.isArray(content.cases)) {
    throw new Error(`${file}: needs "policy" (a policy id) and "cases" (a list)`);
  }
  const cases = content.cases.map((raw: unknown, i): Case => {
    const where = `${file}, case ${i + 1}`;
    if (!isRecord(raw) || typeof raw.name !== 'string' || raw.name === '')
      throw new Error(`${where}: needs a "name"`);
    if (!isRecord(raw.input)) throw new Error(`${where} (${raw.name}): needs an "input" object`);
    if (!isRecord(raw.expected))
      throw new Error(`${where} (${raw.name}): needs an "expected" object`);
    const margin = raw.marginFen ?? 0;
    if (typeof margin !== 'number' || !Number.isInteger(margin) || margin < 0)
      throw new Error(`${where} (${raw.name}): "marginFen" must be a whole number of fen ≥ 0`);
    return { name: raw.name, input: raw.input, expected: raw.expected, marginFen: margin };
  });
  return { policy: content.policy, cases };
}

/** Where `actual` differs from `expected` beyond the margin, as readable lines. */
function differences(actual: unknown, expected: unknown, margin: number, at: string): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${at}: expected a list, got ${JSON.stringify(actual)}`];
    return expected.flatMap((item: unknown, i) => {
      // Claims are matched by id, so a case need not list them in processing order or all of them.
      const id = isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
      const match =
        id === undefined ? actual[i] : actual.find((a: unknown) => isRecord(a) && a.id === id);
      return differences(match, item, margin, id === undefined ? `${at}[${i}]` : `${at}[id=${id}]`);
    });
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) return [`${at}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([key, value]) =>
      differences(actual[key], value, margin, at ? `${at}.${key}` : key),
    );
  }
  if (typeof expected === 'number' && typeof actual === 'number') {
    // Only amounts (names ending in Fen) get the margin; years, ids and levels must be exact.
    const allowed = at.endsWith('Fen') ? margin : 0;
    return Math.abs(actual - expected) <= allowed
      ? []
      : [`${at}: expected ${expected}${allowed ? ` ± ${allowed}` : ''}, got ${actual}`];
  }
  return Object.is(actual, expected)
    ? []
    : [`${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

function outcome(input: EstimateInput): unknown {
  try {
    return estimate(input);
  } catch (error) {
    if (isRulesInputError(error)) return { error: { path: error.path, code: error.code } };
    throw error;
  }
}

const entries = Object.entries(files);

describe('policy case files (src/rules/cases/*.json)', () => {
  it('finds at least one file per bundled policy', () => {
    expect(entries.length).toBeGreaterThanOrEqual(3);
  });

  for (const [file, content] of entries) {
    const { policy, cases } = readFile(file, content);
    describe(file, () => {
      for (const c of cases) {
        it(c.name, () => {
          const input = { policyId: policy, ...c.input } as unknown as EstimateInput;
          expect(differences(outcome(input), c.expected, c.marginFen, '')).toEqual([]);
        });
      }
    });
  }
});
