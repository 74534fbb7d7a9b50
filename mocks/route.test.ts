import { getResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { apiErrorBodySchema } from '@/api-contract/common';
import { endpoints, type Endpoint, type HttpMethod } from '@/api-contract/endpoints';
import { signInAs } from './counter-test-utils';
import { handlers } from './handlers';
import { ok } from './http-utils';
import { server } from './node';
import { route } from './route';
import { API_BASE } from './test-utils';

// src/test/setup.ts starts msw with these handlers and resets the db after every test.

const registry: readonly Endpoint[] = Object.values(endpoints);
const METHODS: readonly HttpMethod[] = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'];

async function send(method: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${API_BASE}${path}`, { method, headers });
  const text = await response.text();
  return { response, json: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

/** The registry's methods for a template path, as a set (the header's order is not the point). */
function declaredMethods(path: string): string[] {
  return registry
    .filter((endpoint) => endpoint.path === path)
    .map((endpoint) => endpoint.method)
    .sort();
}

const allowOf = (response: Response): string[] =>
  (response.headers.get('Allow') ?? '')
    .split(',')
    .map((method) => method.trim())
    .filter((method) => method !== '')
    .sort();

describe('a method a path does not have', () => {
  it.each([
    ['PUT', '/pharmacies', 'GET'],
    ['PATCH', '/pharmacies', 'GET'],
    ['OPTIONS', '/pharmacies', 'GET'],
    ['PATCH', '/auth/logout', 'POST'],
    ['DELETE', '/me', 'GET'],
    ['PUT', '/voucher/family', 'GET, POST'],
    ['GET', '/voucher/family/pm-0011223344556677', 'DELETE'],
    ['PUT', '/pharmacies/ph-000001', 'GET'],
    // msw routes a trailing slash as the path without it, so the method check does too.
    ['PUT', '/pharmacies/', 'GET'],
    ['GET', '/__demo/faults', 'PUT'],
  ])('%s %s → 405, Allow: %s, in the error shape', async (method, path, allow) => {
    const { response, json } = await send(method, path);
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe(allow);
    const body = apiErrorBodySchema.parse(json);
    expect(body.code).toBe('NOT_FOUND');
    expect(body.message).toContain(`${method} /api${path}`);
    expect(body.message).toContain(allow);
  });

  it('is 405 on every path of the registry, with Allow taken from the registry', async () => {
    const paths = [...new Set(registry.map((endpoint) => endpoint.path))];
    expect(paths.length).toBeGreaterThan(30);
    for (const template of paths) {
      const declared = declaredMethods(template);
      const path = template.replace(/\{[^}]+\}/g, 'x');
      const undeclared = METHODS.find((method) => !declared.includes(method));
      for (const method of [undeclared, 'OPTIONS'].filter((m) => m !== undefined)) {
        const { response } = await send(method, path);
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(allowOf(response), `${method} ${path}`).toEqual(declared);
      }
    }
  });

  it('answers HEAD with the status and Allow but no body', async () => {
    const { response, json } = await send('HEAD', '/pharmacies');
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET');
    expect(json).toBeUndefined();
  });

  it('still leaves an unknown path 404, whatever the method', async () => {
    for (const [method, path] of [
      ['PUT', '/no-such-resource'],
      ['OPTIONS', '/pharmacies/ph-000001/extra'],
      ['DELETE', '/counter'],
      ['PATCH', '/me/nothing'],
    ] as const) {
      const { response, json } = await send(method, path);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.headers.get('Allow'), `${method} ${path}`).toBeNull();
      expect(apiErrorBodySchema.parse(json).code).toBe('NOT_FOUND');
    }
  });

  it('leaves a declared method to its handler', async () => {
    const { response } = await send('GET', '/pharmacy-areas');
    expect(response.status).toBe(200);
  });

  it('takes no request outside /api/, so msw passes the app shell, chunks and probes through', async () => {
    for (const [method, url] of [
      ['GET', 'http://localhost/pharmacies'],
      ['PUT', 'http://localhost/me'],
      ['OPTIONS', 'http://localhost/assets/index.js'],
      ['GET', 'http://localhost/apiary/pharmacies'],
    ] as const) {
      expect(await getResponse(handlers, new Request(url, { method })), url).toBeUndefined();
    }
  });
});

describe('ids in paths', () => {
  const withId = {
    id: 'testGetThing',
    method: 'GET',
    path: '/test/things/{thingId}',
    summary: 'test only',
    tag: 'test',
    auth: false,
    params: {
      thingId: {
        description: 'A thing',
        schema: z.string().check(z.regex(/^th-\d{3}$/)),
      },
    },
    response: z.object({ id: z.string() }),
    status: 200,
    errors: [{ status: 404, codes: ['NOT_FOUND'], description: 'No such thing.' }],
  } as const satisfies Endpoint;

  it('answers a value that breaks its pattern as naming nothing, before the handler', async () => {
    const handler = vi.fn(({ params }: { params: Readonly<Record<string, string>> }) =>
      ok(z.object({ id: z.string() }), { id: params.thingId ?? '' }),
    );
    server.use(route(withId, handler));
    const good = await send('GET', '/test/things/th-123');
    expect(good.response.status).toBe(200);
    expect(handler).toHaveBeenCalledTimes(1);
    for (const bad of ['th-12', 'TH-123', 'th-1234', 'zz', '%20th-123']) {
      const { response, json } = await send('GET', `/test/things/${bad}`);
      expect(response.status, bad).toBe(404);
      const body = apiErrorBodySchema.parse(json);
      expect(body.code, bad).toBe('NOT_FOUND');
      expect(body.message, bad).toMatch(/^thingId: /);
    }
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('answers with the code the parameter names, when it has one', async () => {
    const traceLike = {
      ...withId,
      id: 'testTraceLike',
      path: '/test/codes/{code}',
      params: {
        code: {
          description: 'A code',
          schema: z.string().check(z.regex(/^\d{4}$/)),
          invalid: 'TRACE_CODE_INVALID',
        },
      },
      errors: [{ status: 400, codes: ['TRACE_CODE_INVALID'], description: 'Not 4 digits.' }],
    } as const satisfies Endpoint;
    server.use(route(traceLike, () => ok(z.object({ id: z.string() }), { id: 'x' })));
    const { response, json } = await send('GET', '/test/codes/12a4');
    expect(response.status).toBe(400);
    expect(apiErrorBodySchema.parse(json).code).toBe('TRACE_CODE_INVALID');
  });

  it('refuses to route a path parameter the endpoint does not describe', () => {
    const undescribed: Endpoint = { ...withId, params: {} };
    expect(() => route(undescribed, () => ok(z.object({}), {}))).toThrow(/thingId/);
  });

  it.each([
    ['/pharmacies/ph-00001', 404, 'NOT_FOUND'],
    ['/settlements/stl-xyz', 404, 'NOT_FOUND'],
    ['/counter/visits/visit-1', 404, 'NOT_FOUND'],
    ['/family/premiums/fp-1', 404, 'NOT_FOUND'],
    ['/prescriptions/rx-cq-1/pharmacies', 404, 'NOT_FOUND'],
    // The id names nothing, so the year (also bad) is not worth a word.
    ['/voucher/family/no-such-member/records?year=abcd', 404, 'NOT_FOUND'],
    ['/trace-codes/1234', 400, 'TRACE_CODE_INVALID'],
  ] as const)('GET %s is %i %s', async (path, status, code) => {
    const token = signInAs('user-cq-0001');
    const { response, json } = await send('GET', path, { Authorization: `Bearer ${token}` });
    expect(response.status).toBe(status);
    expect(apiErrorBodySchema.parse(json).code).toBe(code);
  });

  it('answers 401 before it looks at an id, so an anonymous caller learns nothing', async () => {
    const { response } = await send('GET', '/settlements/stl-xyz');
    expect(response.status).toBe(401);
  });
});
