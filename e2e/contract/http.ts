import {
  apiErrorBodySchema,
  IDEMPOTENCY_KEY_HEADER,
  type ApiErrorBody,
} from '@/api-contract/common';
import {
  isMutation,
  publicEndpoints,
  endpoints,
  type Endpoint,
  type HttpMethod,
} from '@/api-contract/endpoints';

/**
 * A small HTTP client for the conformance suite: plain `fetch` against any base URL, so the same
 * scenarios run against the in-process demo backend, the demo build behind the bridge and a real
 * backend. It checks what every answer must satisfy whatever the scenario expects: error bodies
 * in the contract's error shape, 2xx bodies in the endpoint's response schema, 204 with no body.
 */

/** A rule of the contract that the target broke; the message says which and how. */
export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

export interface ContractRequest {
  /** A method of the API, or OPTIONS to see a backend refuse a method a path does not have. */
  method: HttpMethod | 'OPTIONS';
  /** Relative to the base URL, starting with `/`. */
  path: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is with a JSON content type, for bodies that are not JSON on purpose. */
  rawBody?: string;
  token?: string;
  /**
   * The Idempotency-Key. Mutations get a fresh one unless a scenario gives its own; `null` sends
   * none, to see the backend refuse.
   */
  idempotencyKey?: string | null;
  headers?: Readonly<Record<string, string>>;
}

export interface ContractResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; undefined when it is empty. */
  json: unknown;
  /** The error body of a non-2xx answer, already checked against the contract. */
  error: ApiErrorBody | undefined;
  /** The registry's endpoint this request addressed, if any. */
  endpoint: Endpoint | undefined;
}

const allEndpoints: readonly Endpoint[] = Object.values(endpoints);

function templateToRegExp(path: string): RegExp {
  const escaped = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`);
}

const endpointMatchers = allEndpoints.map((endpoint) => ({
  endpoint,
  pattern: templateToRegExp(endpoint.path),
}));

/** The registry's endpoint for a method and a concrete path (query string ignored). */
export function findEndpoint(method: string, path: string): Endpoint | undefined {
  const pathname = path.split('?')[0] ?? path;
  return endpointMatchers.find(
    ({ endpoint, pattern }) => endpoint.method === method && pattern.test(pathname),
  )?.endpoint;
}

export function isPublicEndpoint(endpoint: Endpoint): boolean {
  return publicEndpoints.includes(endpoint);
}

function randomDigits(count: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(count));
  return Array.from(bytes, (b) => String(b % 10)).join('');
}

/** A key nobody used before: a repeat of it is a replay only when a scenario means one. */
export function newIdempotencyKey(): string {
  return `conformance-${crypto.randomUUID()}`;
}

/** A valid mainland mobile number that is almost surely nobody's: 1[3-9] and nine digits. */
export function randomPhone(): string {
  const second = 3 + ((crypto.getRandomValues(new Uint8Array(1))[0] ?? 0) % 7);
  return `1${second}${randomDigits(9)}`;
}

function describeCall(request: ContractRequest): string {
  return `${request.method} ${request.path}`;
}

export class ContractHttp {
  readonly baseUrl: string;
  /** Every endpoint this client addressed, by operation id: the runner checks `covers` with it. */
  readonly reached = new Set<string>();

  constructor(baseUrl: string) {
    // `new URL(path, base)` would drop the base's own path (`/api`), so join by hand.
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  url(path: string): string {
    return `${this.baseUrl}${path.startsWith('/') ? path : `/${path}`}`;
  }

  async request(request: ContractRequest): Promise<ContractResponse> {
    const headers = new Headers({ Accept: 'application/json' });
    if (request.body !== undefined || request.rawBody !== undefined) {
      headers.set('Content-Type', 'application/json');
    }
    if (request.token !== undefined) headers.set('Authorization', `Bearer ${request.token}`);
    const key =
      request.idempotencyKey === undefined
        ? request.method !== 'OPTIONS' && isMutation({ method: request.method })
          ? newIdempotencyKey()
          : undefined
        : request.idempotencyKey;
    if (key !== undefined && key !== null) headers.set(IDEMPOTENCY_KEY_HEADER, key);
    for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);

    const body =
      request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
    let response: Response;
    try {
      response = await fetch(this.url(request.path), {
        method: request.method,
        headers,
        ...(body === undefined ? {} : { body }),
      });
    } catch (cause) {
      throw new Error(`${describeCall(request)}: no answer from ${this.baseUrl}`, { cause });
    }
    const endpoint = findEndpoint(request.method, request.path);
    if (endpoint !== undefined) this.reached.add(endpoint.id);
    const text = await response.text();
    return checkResponse(request, response, text, endpoint);
  }
}

function parseJson(request: ContractRequest, response: Response, text: string): unknown {
  if (text === '') return undefined;
  const type = response.headers.get('Content-Type') ?? '';
  if (!/[/+]json\b/i.test(type)) {
    throw new ContractViolation(
      `${describeCall(request)} → ${response.status} with Content-Type "${type}", expected JSON: ${text.slice(0, 200)}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ContractViolation(
      `${describeCall(request)} → ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`,
    );
  }
}

function checkResponse(
  request: ContractRequest,
  response: Response,
  text: string,
  endpoint: Endpoint | undefined,
): ContractResponse {
  const call = `${describeCall(request)} → ${response.status}`;
  const json = parseJson(request, response, text);
  const result = {
    status: response.status,
    headers: response.headers,
    text,
    json,
    endpoint,
  };

  if (!response.ok) {
    const parsed = apiErrorBodySchema.safeParse(json);
    if (!parsed.success) {
      throw new ContractViolation(
        `${call}: the error body does not match apiErrorBodySchema: ${text.slice(0, 200)}`,
      );
    }
    return { ...result, error: parsed.data };
  }

  if (endpoint !== undefined) {
    if (response.status !== endpoint.status) {
      throw new ContractViolation(`${call}: ${endpoint.id} answers ${endpoint.status} on success`);
    }
    if (endpoint.response === undefined) {
      if (text !== '')
        throw new ContractViolation(`${call}: expected no body, got ${text.slice(0, 200)}`);
    } else {
      const parsed = endpoint.response.safeParse(json);
      if (!parsed.success) {
        throw new ContractViolation(
          `${call}: the body does not match ${endpoint.id}'s response schema: ${parsed.error.message}`,
        );
      }
    }
  }
  return { ...result, error: undefined };
}
