import * as z from 'zod/mini';
import { describe, expect, it, vi } from 'vitest';
import { API_ERROR_CODES } from '@/api-contract/common';
import { declaredErrors, endpoints, type Endpoint } from '@/api-contract/endpoints';
import { ambiguousCodes, declaredStatus, registryStatus, statusesByCode } from './error-statuses';
import { fail } from './http-utils';
import { server } from './node';
import { route } from './route';
import { callApi } from './test-utils';

const registry: readonly Endpoint[] = Object.values(endpoints);

describe('the status of an error code comes from the contract', () => {
  it('gives every code of the contract a status somewhere in the registry', () => {
    const statuses = statusesByCode(registry);
    expect(API_ERROR_CODES.filter((code) => !statuses.has(code))).toEqual([]);
  });

  it('gives each code one status across the registry, bar the ones its endpoint resolves', () => {
    // ID_NUMBER_INVALID is 422 on the e-voucher's identity checks and 400 on binding a relative:
    // the same code, two published statuses, so the route layer resolves it by its endpoint.
    expect(ambiguousCodes()).toEqual(['ID_NUMBER_INVALID']);
    for (const code of API_ERROR_CODES.filter((c) => !ambiguousCodes().includes(c))) {
      expect(statusesByCode(registry).get(code), code).toHaveLength(1);
    }
    expect(declaredStatus(endpoints.activateVoucher, 'ID_NUMBER_INVALID')).toBe(422);
    expect(declaredStatus(endpoints.bindRelative, 'ID_NUMBER_INVALID')).toBe(400);
    expect(() => registryStatus('ID_NUMBER_INVALID')).toThrow(/name the endpoint/);
  });

  it('gives a code one status on each endpoint', () => {
    for (const endpoint of registry) {
      const seen = new Map<string, number>();
      for (const error of declaredErrors(endpoint)) {
        for (const code of error.codes) {
          expect(seen.get(code) ?? error.status, `${endpoint.id} ${code}`).toBe(error.status);
          seen.set(code, error.status);
        }
      }
    }
  });

  it('counts the shared answers as declared: 401, the idempotency codes, 500', () => {
    expect(declaredStatus(endpoints.payPremium, 'UNAUTHENTICATED')).toBe(401);
    expect(declaredStatus(endpoints.payPremium, 'IDEMPOTENCY_KEY_REUSED')).toBe(422);
    expect(declaredStatus(endpoints.getMe, 'SERVER_ERROR')).toBe(500);
    expect(declaredStatus(endpoints.getMe, 'IDEMPOTENCY_KEY_MISSING')).toBeUndefined();
  });
});

describe('the route layer', () => {
  const testEndpoint = (id: string, errors: Endpoint['errors']) =>
    ({
      id,
      method: 'POST',
      path: `/test/${id}`,
      summary: 'test only',
      tag: 'test',
      auth: false,
      request: z.object({ idNumber: z.string() }),
      status: 204,
      errors,
    }) as const satisfies Endpoint;

  it('answers a refusal with the status its endpoint declares for the code', async () => {
    const as400 = testEndpoint('as400', [
      { status: 400, codes: ['ID_NUMBER_INVALID'], description: 'test' },
    ]);
    const as422 = testEndpoint('as422', [
      { status: 422, codes: ['ID_NUMBER_INVALID'], description: 'test' },
    ]);
    server.use(
      route(as400, () => fail('ID_NUMBER_INVALID', { message: 'bad' })),
      route(as422, () => fail('ID_NUMBER_INVALID')),
    );
    const first = await callApi('POST', '/test/as400', {
      body: { idNumber: 'x' },
      idempotencyKey: 'k1',
    });
    expect(first.status).toBe(400);
    expect(first.error).toEqual({ code: 'ID_NUMBER_INVALID', message: 'bad' });
    const second = await callApi('POST', '/test/as422', {
      body: { idNumber: 'x' },
      idempotencyKey: 'k2',
    });
    expect(second.status).toBe(422);
    expect(second.error?.code).toBe('ID_NUMBER_INVALID');
  });

  it('refuses, in dev and tests, a code its endpoint does not declare', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const undeclared = testEndpoint('undeclared', []);
    server.use(route(undeclared, () => fail('FAMILY_WINDOW_CLOSED')));
    const result = await callApi('POST', '/test/undeclared', {
      body: { idNumber: 'x' },
      idempotencyKey: 'k3',
    });
    expect(result.status).toBe(500);
    expect(result.error?.code).toBe('SERVER_ERROR');
    expect(String(logged.mock.calls[0]?.[1])).toMatch(
      /undeclared answered FAMILY_WINDOW_CLOSED, which its contract does not declare/,
    );
  });
});
