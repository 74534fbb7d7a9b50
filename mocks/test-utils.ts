import { expect } from 'vitest';
import type * as z from 'zod/mini';
import { apiErrorBodySchema, type ApiErrorBody } from '@/api-contract/common';

/** The base the app's client uses in tests (src/test/setup.ts). */
export const API_BASE = 'http://localhost/api';

export interface ApiCallResult<T> {
  status: number;
  headers: Headers;
  /** The 2xx body, already parsed with the contract schema. */
  data: T | undefined;
  /** The error body, already parsed with the contract's error schema. */
  error: ApiErrorBody | undefined;
}

/**
 * Calls the mock backend the way the app does and checks every answer against the contract:
 * 2xx bodies with `schema`, 204 with no body, everything else with the error schema.
 */
export async function callApi<S extends z.ZodMiniType>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH',
  path: string,
  options: {
    body?: unknown;
    rawBody?: string;
    token?: string;
    schema?: S;
    /** A mutation's key: a fresh one by default, as each call is an intent; null sends none. */
    idempotencyKey?: string | null;
  } = {},
): Promise<ApiCallResult<z.output<S>>> {
  const headers = new Headers({ Accept: 'application/json' });
  if (method !== 'GET' && options.idempotencyKey !== null) {
    headers.set('Idempotency-Key', options.idempotencyKey ?? crypto.randomUUID());
  }
  if (options.body !== undefined || options.rawBody !== undefined) {
    headers.set('Content-Type', 'application/json');
  }
  if (options.token !== undefined) headers.set('Authorization', `Bearer ${options.token}`);
  const response = await fetch(`${API_BASE}${path}`, {
    method,
    headers,
    body:
      options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  const json: unknown = text === '' ? undefined : JSON.parse(text);

  if (response.status === 204) {
    expect(text).toBe('');
    return { status: 204, headers: response.headers, data: undefined, error: undefined };
  }
  if (response.ok) {
    if (options.schema === undefined) throw new Error(`no schema given for ${method} ${path}`);
    return {
      status: response.status,
      headers: response.headers,
      data: options.schema.parse(json),
      error: undefined,
    };
  }
  return {
    status: response.status,
    headers: response.headers,
    data: undefined,
    error: apiErrorBodySchema.parse(json),
  };
}
