import { isDeepStrictEqual } from 'node:util';
import { IDEMPOTENT_REPLAY_HEADER } from '@/api-contract/common';
import { ContractViolation, type ContractResponse } from './http';

/**
 * Assertions in the contract's words, with no test framework behind them, so the scenarios run
 * under Vitest today and under whatever runner a backend team prefers.
 */

function summary(response: ContractResponse): string {
  return `${response.status} ${response.text.slice(0, 300)}`;
}

export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ContractViolation(message);
}

/** The status, and for an error the `code` in its body. */
export function expectStatus(
  response: ContractResponse,
  status: number,
  code?: string,
  what = 'the answer',
): void {
  check(response.status === status, `${what}: expected ${status}, got ${summary(response)}`);
  if (code !== undefined) {
    check(
      response.error?.code === code,
      `${what}: expected code ${code}, got ${response.error?.code ?? 'none'} (${summary(response)})`,
    );
  }
}

/** An error status with one of the given codes. */
export function expectErrorCode(
  response: ContractResponse,
  status: number,
  codes: readonly string[],
  what = 'the answer',
): void {
  expectStatus(response, status, undefined, what);
  check(
    response.error !== undefined && codes.includes(response.error.code),
    `${what}: expected one of ${codes.join(', ')}, got ${summary(response)}`,
  );
}

export function expectEqual(actual: unknown, expected: unknown, what: string): void {
  check(
    isDeepStrictEqual(actual, expected),
    `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
  );
}

export function isReplay(response: ContractResponse): boolean {
  return response.headers.get(IDEMPOTENT_REPLAY_HEADER)?.toLowerCase() === 'true';
}

/** A second answer that is the first one again, marked as a replay. */
export function expectReplayOf(
  replay: ContractResponse,
  first: ContractResponse,
  what: string,
): void {
  check(!isReplay(first), `${what}: the first answer is marked ${IDEMPOTENT_REPLAY_HEADER}`);
  expectStatus(replay, first.status, undefined, `${what} (repeat)`);
  expectEqual(replay.json, first.json, `${what}: the repeat's body`);
  check(
    isReplay(replay),
    `${what}: the repeat lacks "${IDEMPOTENT_REPLAY_HEADER}: true" (got ${JSON.stringify(replay.headers.get(IDEMPOTENT_REPLAY_HEADER))})`,
  );
}
