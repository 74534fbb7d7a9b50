import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import process from 'node:process';
import { compileErrors, validate, type ValidationResult } from '@readme/openapi-parser';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { API_ERROR_CODES, IDEMPOTENCY_KEY_HEADER } from './common';
import { declaredErrors, endpoints, isMutation, publicEndpoints, type Endpoint } from './endpoints';
import {
  buildOpenApiDocument,
  type OpenApiDocument,
  type OpenApiMethod,
  type OperationObject,
  type ParameterObject,
  type ReferenceObject,
} from './openapi';

// Not `new URL(…, import.meta.url)`: under jsdom, URL is jsdom's and node:url refuses it.
const DOCUMENT_PATH = resolve(import.meta.dirname, '../../docs/api/openapi.json');
const STALE_MESSAGE = 'docs/api/openapi.json is stale: run npm run openapi';

// The committed file is Prettier's formatting of the document, so `format:check` passes over it
// and comparing text catches every change, key order included.
async function documentText(document: OpenApiDocument): Promise<string> {
  const options = await prettier.resolveConfig(DOCUMENT_PATH);
  return prettier.format(JSON.stringify(document), { ...options, filepath: DOCUMENT_PATH });
}

function readCommitted(): string {
  try {
    return readFileSync(DOCUMENT_PATH, 'utf8');
  } catch {
    return '';
  }
}

type ValidatorInput = Exclude<Parameters<typeof validate>[0], string>;

async function validateDocument(document: unknown): Promise<ValidationResult> {
  // The validator rewrites $refs in place, so it gets a copy. Its input type is a union of
  // openapi-types' typings; what it checks is the value, which is what we want checked.
  return validate(structuredClone(document) as ValidatorInput);
}

function operationOf(document: OpenApiDocument, method: string, path: string): OperationObject {
  const operation = document.paths[path]?.[method.toLowerCase() as OpenApiMethod];
  if (!operation) throw new Error(`${method} ${path} is not in the document`);
  return operation;
}

function operationsOf(document: OpenApiDocument): OperationObject[] {
  return Object.values(document.paths).flatMap((item) => Object.values(item));
}

function resolveParameter(
  document: OpenApiDocument,
  parameter: ParameterObject | ReferenceObject,
): ParameterObject | undefined {
  if (!('$ref' in parameter)) return parameter;
  return document.components.parameters[parameter.$ref.replace('#/components/parameters/', '')];
}

/** The codes an error response allows (its `code` enum). */
function codesOf(operation: OperationObject, status: number): unknown {
  const schema = operation.responses[String(status)]?.content?.['application/json']?.schema;
  return codeEnumsIn(schema);
}

/** Every value of a `code` property's `enum`, wherever a schema has one. */
function codeEnumsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(codeEnumsIn);
  if (value === null || typeof value !== 'object') return [];
  const own: unknown = (value as { properties?: { code?: { enum?: unknown } } }).properties?.code
    ?.enum;
  return [
    ...(Array.isArray(own) ? own.map(String) : []),
    ...Object.values(value).flatMap(codeEnumsIn),
  ];
}

/** Every string in a JSON value, keys included. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [key, ...stringsIn(item)]);
  }
  return [];
}

const document = buildOpenApiDocument();

describe('the published OpenAPI document', () => {
  it('is committed as generated (docs/api/openapi.json)', async () => {
    const generated = await documentText(document);
    if (process.env.UPDATE_OPENAPI === 'true') {
      mkdirSync(dirname(DOCUMENT_PATH), { recursive: true });
      writeFileSync(DOCUMENT_PATH, generated);
    }
    expect(readCommitted(), STALE_MESSAGE).toBe(generated);
  });

  it('comes out the same every time and whatever the order of the registry', async () => {
    const text = await documentText(document);
    expect(await documentText(buildOpenApiDocument())).toBe(text);
    expect(await documentText(buildOpenApiDocument([...publicEndpoints].reverse()))).toBe(text);
  });

  it('is valid OpenAPI 3.1 to an independent validator', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await validateDocument(document);
    expect(result.specification).toBe('OpenAPI');
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('is checked by a validator that does reject a broken document', async () => {
    const broken = {
      ...document,
      paths: { '/me': { get: { operationId: 'getMe', responses: { 200: {} } } } },
    };
    expect((await validateDocument(broken)).valid).toBe(false);
  });

  it('describes the query parameters of the lists that take them', () => {
    const list = operationOf(document, 'GET', '/pharmacies');
    const query = (list.parameters ?? []).filter(
      (p): p is ParameterObject => 'in' in p && p.in === 'query',
    );
    expect(query.map((p) => p.name)).toEqual(
      expect.arrayContaining(['lat', 'lng', 'district', 'openNow', 'q', 'limit']),
    );
    expect(query.find((p) => p.name === 'limit')?.schema).toMatchObject({
      type: 'integer',
      minimum: 1,
    });
    for (const endpoint of publicEndpoints) {
      const names = (operationOf(document, endpoint.method, endpoint.path).parameters ?? [])
        .filter((p): p is ParameterObject => 'in' in p && p.in === 'query')
        .map((p) => p.name);
      expect(names, endpoint.id).toEqual((endpoint.query ?? []).map((p) => p.name));
    }
  });

  it('says what a list does when it gets both lat/lng and district: the district wins', () => {
    for (const path of ['/pharmacies', '/prescriptions/{prescriptionId}/pharmacies']) {
      const query = (operationOf(document, 'GET', path).parameters ?? []).filter(
        (p): p is ParameterObject => 'in' in p && p.in === 'query',
      );
      const described = (name: string) => query.find((p) => p.name === name)?.description ?? '';
      for (const name of ['lat', 'lng']) {
        expect(described(name), `${path} ${name}`).toMatch(/Ignored when `district` is given/);
        expect(described(name), `${path} ${name}`).toMatch(/still refused when out of range/);
      }
      expect(described('district'), path).toMatch(/wins over `lat` and `lng`/);
    }
  });

  it('gives every path parameter a description and a pattern, and declares the answer to a value that breaks it', () => {
    let checked = 0;
    for (const endpoint of publicEndpoints) {
      const operation = operationOf(document, endpoint.method, endpoint.path);
      const inPath = (operation.parameters ?? []).filter(
        (p): p is ParameterObject => 'in' in p && p.in === 'path',
      );
      const names = [...endpoint.path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => name);
      expect(
        inPath.map((p) => p.name),
        endpoint.id,
      ).toEqual(names);
      for (const parameter of inPath) {
        checked += 1;
        expect(parameter.description, `${endpoint.id} ${parameter.name}`).toMatch(/\w{3}/);
        const pattern = parameter.schema.pattern;
        expect(pattern, `${endpoint.id} ${parameter.name}`).toMatch(/^\^.*\$$/);
        // A value no id can have: refused with a code the operation lists.
        expect(new RegExp(pattern ?? '').test('zz'), `${endpoint.id} ${parameter.name}`).toBe(
          false,
        );
        const declared = endpoint.params?.[parameter.name];
        const code = declared?.invalid ?? 'NOT_FOUND';
        const status = declaredErrors(endpoint).find((e) => e.codes.includes(code))?.status;
        expect(status, `${endpoint.id} ${parameter.name} ${code}`).toBeDefined();
        expect(codesOf(operation, status ?? 0), endpoint.id).toContain(code);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('declares that logout succeeds for a token that names no session, and is 401 without one', () => {
    const logout = operationOf(document, 'POST', '/auth/logout');
    expect(logout.security).toEqual([{ bearer: [] }]);
    expect(logout.responses['204']?.description).toMatch(/unknown, expired or signed out/);
    const unauthenticated = logout.responses['401']?.description ?? '';
    expect(unauthenticated).toMatch(/[Nn]o bearer token/);
    // The shared 401 says an unknown token is refused: not here.
    expect(unauthenticated).not.toMatch(/unknown or signed out\.$/);
    expect(unauthenticated).toMatch(/204/);
  });

  it('tells how a method a path does not have is answered: 405 with Allow', () => {
    expect(document.info.description).toMatch(/405/);
    expect(document.info.description).toMatch(/`Allow`/);
  });

  it('has every public endpoint with its method, and no demo-only one', () => {
    const operations = operationsOf(document);
    expect(operations).toHaveLength(publicEndpoints.length);
    for (const endpoint of publicEndpoints) {
      expect(operationOf(document, endpoint.method, endpoint.path).operationId).toBe(endpoint.id);
    }
    const registry: readonly Endpoint[] = Object.values(endpoints);
    const demoOnly = registry.filter((endpoint) => endpoint.demoOnly === true);
    expect(demoOnly.length).toBeGreaterThan(0);
    const operationIds = operations.map((operation) => operation.operationId);
    for (const endpoint of demoOnly) expect(operationIds).not.toContain(endpoint.id);
    expect(Object.keys(document.paths).filter((path) => path.includes('/__demo'))).toEqual([]);
  });

  it('asks every mutation, and only a mutation, for an Idempotency-Key and lists its 422', () => {
    expect(publicEndpoints.filter(isMutation).length).toBeGreaterThan(0);
    for (const endpoint of publicEndpoints) {
      const operation = operationOf(document, endpoint.method, endpoint.path);
      const parameters = (operation.parameters ?? []).map((p) => resolveParameter(document, p));
      const keyParameter = expect.objectContaining({
        name: IDEMPOTENCY_KEY_HEADER,
        in: 'header',
        required: true,
      });
      if (isMutation(endpoint)) {
        expect(parameters, endpoint.id).toContainEqual(keyParameter);
        expect(codesOf(operation, 422), endpoint.id).toContain('IDEMPOTENCY_KEY_REUSED');
      } else {
        expect(parameters, endpoint.id).not.toContainEqual(keyParameter);
      }
    }
  });

  it('asks every endpoint that needs a sign-in for a bearer token and lists its 401', () => {
    for (const endpoint of publicEndpoints) {
      const operation = operationOf(document, endpoint.method, endpoint.path);
      if (endpoint.auth) {
        expect(operation.security, endpoint.id).toEqual([{ bearer: [] }]);
        expect(codesOf(operation, 401), endpoint.id).toEqual(['UNAUTHENTICATED']);
      } else {
        expect(operation.security, endpoint.id).toEqual([]);
        expect(operation.responses, endpoint.id).not.toHaveProperty('401');
      }
    }
    expect(document.components.securitySchemes.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
  });

  it('lists BAD_REQUEST exactly where there is a body to break', () => {
    for (const endpoint of publicEndpoints) {
      const codes = codesOf(operationOf(document, endpoint.method, endpoint.path), 400);
      if (endpoint.request) expect(codes, endpoint.id).toContain('BAD_REQUEST');
      else expect(codes, endpoint.id).not.toContain('BAD_REQUEST');
    }
  });

  it('uses no error code the client does not know', () => {
    const known: readonly string[] = API_ERROR_CODES;
    const listed = codeEnumsIn(document);
    // In prose a code is either in backticks or has an underscore no English word has.
    const codeLike = /`([A-Z][A-Z0-9_]+)`|\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/g;
    const mentioned = stringsIn(document).flatMap((text) =>
      [...text.matchAll(codeLike)].map(([, quoted, bare]) => quoted ?? bare ?? ''),
    );
    // Not vacuous: the responses do list codes and the prose does name them.
    expect(listed).toContain('UNAUTHENTICATED');
    expect(mentioned).toContain('UNAUTHENTICATED');
    expect(mentioned).toContain('IDEMPOTENCY_KEY_REUSED');
    const unknown = [...new Set([...listed, ...mentioned])].filter((code) => !known.includes(code));
    expect(unknown).toEqual([]);
  });
});

describe('the generator, on endpoints still to come', () => {
  // A schema named in zod's global registry, nested in requests and responses alike.
  const moneySchema = z
    .object({ amountFen: z.int() })
    .register(z.globalRegistry, { id: 'TestMoney' });
  const voucherSchema = z.object({ id: z.string(), price: moneySchema });
  const payRequestSchema = z.object({ price: moneySchema });
  const future: Endpoint[] = [
    {
      id: 'getVoucher',
      method: 'GET',
      path: '/vouchers/{voucherId}',
      summary: 'A voucher',
      tag: 'voucher',
      auth: true,
      response: voucherSchema,
      status: 200,
      errors: [{ status: 404, codes: ['NOT_FOUND'], description: 'No such voucher.' }],
    },
    {
      id: 'payVoucher',
      method: 'POST',
      path: '/vouchers/{voucherId}/payments',
      summary: 'Pay for a voucher',
      tag: 'voucher',
      auth: true,
      request: payRequestSchema,
      response: voucherSchema,
      status: 201,
      errors: [],
    },
    {
      id: 'searchVouchers',
      method: 'GET',
      path: '/vouchers',
      summary: 'Find vouchers by price',
      tag: 'voucher',
      auth: true,
      request: payRequestSchema,
      response: z.array(voucherSchema),
      status: 200,
      errors: [],
    },
  ];
  const built = buildOpenApiDocument(future);

  it('makes a valid document of them', async () => {
    const result = await validateDocument(built);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('declares path parameters', () => {
    expect(operationOf(built, 'GET', '/vouchers/{voucherId}').parameters).toEqual([
      { name: 'voucherId', in: 'path', required: true, schema: { type: 'string' } },
    ]);
  });

  it('gives globally named schemas a component each, for requests and responses apart', () => {
    const { schemas } = built.components;
    expect(schemas.TestMoney).toMatchObject({ additionalProperties: false });
    expect(schemas.TestMoneyInput).not.toHaveProperty('additionalProperties');
    expect(schemas.GetVoucherResponse).toMatchObject({
      properties: { price: { $ref: '#/components/schemas/TestMoney' } },
    });
    expect(schemas.PayVoucherRequest).toMatchObject({
      properties: { price: { $ref: '#/components/schemas/TestMoneyInput' } },
    });
    // A schema answering two endpoints is one component.
    expect(operationOf(built, 'POST', '/vouchers/{voucherId}/payments').responses['201']).toEqual(
      expect.objectContaining({
        content: {
          'application/json': { schema: { $ref: '#/components/schemas/GetVoucherResponse' } },
        },
      }),
    );
  });

  it('lists BAD_REQUEST for a body that is no mutation', () => {
    expect(codesOf(operationOf(built, 'GET', '/vouchers'), 400)).toEqual(['BAD_REQUEST']);
  });

  it('refuses two endpoints with one operationId', () => {
    const [first] = future;
    if (!first) throw new Error('no endpoint');
    expect(() => buildOpenApiDocument([first, { ...first, path: '/other' }])).toThrow(
      'Two endpoints share the id getVoucher',
    );
  });
});
