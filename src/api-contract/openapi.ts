import * as z from 'zod/mini';
import {
  apiErrorBodySchema,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_KEY_MAX_LENGTH,
  IDEMPOTENCY_KEY_TTL_HOURS,
  idempotencyKeySchema,
  IDEMPOTENT_REPLAY_HEADER,
  type ApiErrorCode,
} from './common';
import {
  declaredErrors,
  isMutation,
  publicEndpoints,
  type Endpoint,
  type EndpointError,
  type HttpMethod,
  type QueryParameter,
} from './endpoints';

/**
 * The published API contract as an OpenAPI 3.1 document, built from the endpoint registry alone:
 * an endpoint appears here by being added to `endpoints`, with no code of its own.
 * `docs/api/openapi.json` is this document; `openapi.test.ts` fails when the file is stale and
 * `npm run openapi` rewrites it.
 */

/** The contract's version: bump it when a change is one a backend or a client would notice. */
export const API_CONTRACT_VERSION = '0.2.0';

export type JsonSchema = z.core.JSONSchema.JSONSchema;

// A type, not an interface: a `$ref` is also a JSON Schema, which needs an index signature.
export type ReferenceObject = { $ref: string };

export interface ParameterObject {
  name: string;
  in: 'header' | 'path' | 'query';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface HeaderObject {
  description: string;
  schema: JsonSchema;
}

export interface MediaTypeObject {
  schema: JsonSchema;
}

export interface RequestBodyObject {
  required: true;
  content: Record<string, MediaTypeObject>;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, ReferenceObject>;
  content?: Record<string, MediaTypeObject>;
}

export type SecurityRequirementObject = Record<string, string[]>;

export interface OperationObject {
  operationId: string;
  summary: string;
  tags: string[];
  security: SecurityRequirementObject[];
  parameters?: (ParameterObject | ReferenceObject)[];
  requestBody?: RequestBodyObject;
  responses: Record<string, ResponseObject>;
}

export type OpenApiMethod = Lowercase<HttpMethod>;
export type PathItemObject = Partial<Record<OpenApiMethod, OperationObject>>;

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, PathItemObject>;
  components: {
    securitySchemes: Record<string, { type: 'http'; scheme: 'bearer'; description: string }>;
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, ParameterObject>;
    headers: Record<string, HeaderObject>;
  };
}

const JSON_MEDIA_TYPE = 'application/json';
const BEARER = 'bearer';
const API_ERROR_SCHEMA = 'ApiError';
const IDEMPOTENCY_KEY_PARAMETER = 'IdempotencyKey';
const IDEMPOTENT_REPLAYED_COMPONENT = 'IdempotentReplayed';
const RETRY_AFTER_COMPONENT = 'RetryAfter';
const RETRY_AFTER_HEADER = 'Retry-After';
// The statuses at which HTTP gives Retry-After a meaning (RFC 9110, 10.2.3).
const RETRY_AFTER_STATUSES: readonly number[] = [429, 503];
// OpenAPI's own order of the operations of a path.
const METHOD_ORDER: readonly HttpMethod[] = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'];
// What OpenAPI allows as a component's name.
const COMPONENT_NAME = /^[A-Za-z0-9._-]+$/;
// Where zod's registry conversion puts nested schemas that need a name but are not registered.
const SHARED = '__shared';
const SUCCESS_DESCRIPTIONS: Record<Endpoint['status'], string> = {
  200: 'OK',
  201: 'Created',
  204: 'Done; no body.',
};

const ref = (section: keyof OpenApiDocument['components'], name: string): ReferenceObject => ({
  $ref: `#/components/${section}/${name}`,
});

const pascalCase = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1);

// Code-unit order, not localeCompare: the document must come out the same on every machine.
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => byCodeUnit(a, b)));
}

function description(): string {
  const missing: ApiErrorCode = 'IDEMPOTENCY_KEY_MISSING';
  const invalid: ApiErrorCode = 'IDEMPOTENCY_KEY_INVALID';
  const reused: ApiErrorCode = 'IDEMPOTENCY_KEY_REUSED';
  const unauthenticated: ApiErrorCode = 'UNAUTHENTICATED';
  const notFound: ApiErrorCode = 'NOT_FOUND';
  const traceCodeInvalid: ApiErrorCode = 'TRACE_CODE_INVALID';
  return [
    'The API a real backend implements for 医保通, the mobile web app for China’s basic medical insurance (医保): signing in by SMS code, the insured person’s profile, insurance and family, and the services built on them. The app’s demo mode answers the same contract from a mock backend inside the page.',
    '## Money',
    'Every amount of money is an integer number of fen (分; 100 fen = 1 yuan), in fields whose names end in `Fen`. No amount is ever in decimal yuan.',
    '## Errors',
    `Every non-2xx answer has an \`${API_ERROR_SCHEMA}\` body. Its \`code\` is stable and is what the app shows a message for; \`message\` is for logs only. Each response lists the codes it may carry.`,
    `A method a path does not have is 405 with an \`Allow\` header listing the ones it has, and the code \`${notFound}\` (no such operation); a path that is not in this document is 404 \`${notFound}\`.`,
    '## Ids in paths',
    `Every path parameter has a pattern. A value that breaks it names nothing and gets the answer an unknown one gets: 404 \`${notFound}\` (a traceability code: 400 \`${traceCodeInvalid}\`).`,
    '## Signing in',
    `Operations with the \`${BEARER}\` security scheme need \`Authorization: Bearer <token>\` with the token a sign-in returned; without a valid one they answer 401 \`${unauthenticated}\`. Signing out is the exception: a token that names no session any more is already signed out, so it gets the success answer, and only a request with no token at all is 401.`,
    '## Idempotency',
    `Every mutation (any method but GET) must carry an \`${IDEMPOTENCY_KEY_HEADER}\` header: 1–${IDEMPOTENCY_KEY_MAX_LENGTH} printable ASCII characters, no spaces (a UUID in practice), made once per user intent and reused on every retry of that intent.`,
    [
      `- A repeat with the same key and the same method, path and body returns the first answer unchanged, with the header \`${IDEMPOTENT_REPLAY_HEADER}: true\`, and changes nothing.`,
      `- The same key with another method, path or body is refused: 422 \`${reused}\`.`,
      `- A missing key is 400 \`${missing}\`; a malformed one is 400 \`${invalid}\`.`,
      `- Keys are remembered for ${IDEMPOTENCY_KEY_TTL_HOURS} hours per signed-in person (per anonymous caller on the operations that need no sign-in, such as signing in); after that a key may be used again.`,
    ].join('\n'),
  ].join('\n\n');
}

interface ConvertedSchemas {
  /** The component name each zod schema got. */
  names: Map<z.ZodMiniType, string>;
  schemas: Record<string, JsonSchema>;
}

/** Calls `rename` on every `$ref` in converted schemas, in place (they are our own copies). */
function renameRefs(value: unknown, rename: (ref: string) => string): void {
  if (Array.isArray(value)) {
    for (const item of value) renameRefs(item, rename);
  } else if (typeof value === 'object' && value !== null) {
    if ('$ref' in value && typeof value.$ref === 'string') value.$ref = rename(value.$ref);
    for (const item of Object.values(value)) renameRefs(item, rename);
  }
}

/**
 * Converts one direction's schemas into components. One registry conversion for all of them
 * turns a named schema nested in another (a session's `user` is a profile) into a `$ref`.
 */
function convertSchemas(
  named: readonly (readonly [string, z.ZodMiniType])[],
  io: 'input' | 'output',
): ConvertedSchemas {
  const registry = z.registry<{ id: string }>();
  const names = new Map<z.ZodMiniType, string>();
  // One schema used by several endpoints takes the first of their names in sorted order, so the
  // document does not change when the registry lists endpoints in another order.
  const sorted = [...named].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, schema] of sorted) {
    if (names.has(schema)) continue;
    names.set(schema, name);
    registry.add(schema, { id: name });
  }
  const converted = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    uri: (id) => ref('schemas', id).$ref,
  });
  const schemas: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(converted.schemas)) {
    if (name === SHARED) continue;
    // `$schema` is the document's dialect already, and an `$id` that is only a fragment is no
    // valid 2020-12 identifier.
    const embedded: JsonSchema = { ...schema };
    delete embedded.$schema;
    delete embedded.$id;
    schemas[name] = embedded;
  }
  // A nested schema with an `id` in zod's global registry (`.meta({ id })`) comes back in
  // `__shared`, referenced as `…/__shared#/$defs/<id>`: it becomes a component of its own.
  const sharedPrefix = `${ref('schemas', SHARED).$ref}#/$defs/`;
  for (const [name, schema] of Object.entries(converted.schemas[SHARED]?.$defs ?? {})) {
    if (name in schemas) throw new Error(`Two schemas want the component name ${name}`);
    schemas[name] = schema;
  }
  renameRefs(schemas, (target) =>
    target.startsWith(sharedPrefix)
      ? ref('schemas', target.slice(sharedPrefix.length)).$ref
      : target,
  );
  return { names, schemas };
}

/**
 * One set of components from both directions. A globally named schema can come out of both with
 * different JSON (zod closes output objects with `additionalProperties: false`); its request form
 * is then renamed `<name>Input`.
 */
function mergeDirections(
  requests: ConvertedSchemas,
  responses: ConvertedSchemas,
): { schemas: Record<string, JsonSchema>; requestNames: Map<z.ZodMiniType, string> } {
  const renamed = new Map<string, string>();
  for (const [name, schema] of Object.entries(requests.schemas)) {
    const other = responses.schemas[name];
    if (other === undefined || JSON.stringify(other) === JSON.stringify(schema)) continue;
    const inputName = `${name}Input`;
    if (inputName in requests.schemas || inputName in responses.schemas) {
      throw new Error(`Cannot rename the request form of ${name}: ${inputName} is taken`);
    }
    renamed.set(name, inputName);
  }
  const requestSchemas: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(requests.schemas)) {
    requestSchemas[renamed.get(name) ?? name] = schema;
  }
  const prefix = ref('schemas', '').$ref;
  renameRefs(requestSchemas, (target) => {
    const inputName = target.startsWith(prefix)
      ? renamed.get(target.slice(prefix.length))
      : undefined;
    return inputName === undefined ? target : ref('schemas', inputName).$ref;
  });
  const schemas = sortedRecord({ ...responses.schemas, ...requestSchemas });
  for (const name of Object.keys(schemas)) {
    if (!COMPONENT_NAME.test(name)) throw new Error(`${name} is not a valid component name`);
  }
  const requestNames = new Map(
    [...requests.names].map(([schema, name]) => [schema, renamed.get(name) ?? name] as const),
  );
  return { schemas, requestNames };
}

function nameOf(names: Map<z.ZodMiniType, string>, schema: z.ZodMiniType): string {
  const name = names.get(schema);
  if (name === undefined) throw new Error('A schema of the registry was not converted');
  return name;
}

function errorResponses(endpoint: Endpoint): Record<string, ResponseObject> {
  const byStatus = new Map<number, EndpointError[]>();
  for (const error of declaredErrors(endpoint)) {
    byStatus.set(error.status, [...(byStatus.get(error.status) ?? []), error]);
  }
  const responses: Record<string, ResponseObject> = {};
  for (const [status, errors] of [...byStatus].sort(([a], [b]) => a - b)) {
    const codes = [...new Set(errors.flatMap((error) => error.codes))];
    const lines = errors.map(
      (error) => `${error.codes.map((code) => `\`${code}\``).join(', ')}: ${error.description}`,
    );
    responses[String(status)] = {
      description: lines.length === 1 ? (lines[0] ?? '') : lines.map((l) => `- ${l}`).join('\n'),
      ...(RETRY_AFTER_STATUSES.includes(status)
        ? { headers: { [RETRY_AFTER_HEADER]: ref('headers', RETRY_AFTER_COMPONENT) } }
        : {}),
      content: {
        [JSON_MEDIA_TYPE]: {
          schema: {
            allOf: [ref('schemas', API_ERROR_SCHEMA), { properties: { code: { enum: codes } } }],
          },
        },
      },
    };
  }
  return responses;
}

function pathParameters(endpoint: Endpoint): ParameterObject[] {
  return [...endpoint.path.matchAll(/\{([^}]+)\}/g)].map(([, name = '']) => {
    const declared = endpoint.params?.[name];
    if (declared === undefined)
      return { name, in: 'path', required: true, schema: { type: 'string' } };
    const schema: JsonSchema = {
      ...z.toJSONSchema(declared.schema, { target: 'draft-2020-12', io: 'input' }),
    };
    delete schema.$schema;
    return { name, in: 'path', required: true, description: declared.description, schema };
  });
}

function queryParameter({ name, description, required, schema }: QueryParameter): ParameterObject {
  const { enum: values, ...rest } = schema;
  return {
    name,
    in: 'query',
    required: required ?? false,
    description,
    schema: { ...rest, ...(values ? { enum: [...values] } : {}) },
  };
}

function operation(
  endpoint: Endpoint,
  requestNames: Map<z.ZodMiniType, string>,
  responseNames: Map<z.ZodMiniType, string>,
): OperationObject {
  const mutation = isMutation(endpoint);
  const parameters: (ParameterObject | ReferenceObject)[] = [
    ...pathParameters(endpoint),
    ...(endpoint.query ?? []).map(queryParameter),
    ...(mutation ? [ref('parameters', IDEMPOTENCY_KEY_PARAMETER)] : []),
  ];
  const json = (names: Map<z.ZodMiniType, string>, schema: z.ZodMiniType) => ({
    [JSON_MEDIA_TYPE]: { schema: ref('schemas', nameOf(names, schema)) },
  });
  const success: ResponseObject = {
    description:
      endpoint.endsSession === true
        ? `${SUCCESS_DESCRIPTIONS[endpoint.status]} Also the answer to a token that names no session (unknown, expired or signed out already): that session has ended.`
        : SUCCESS_DESCRIPTIONS[endpoint.status],
    ...(mutation
      ? { headers: { [IDEMPOTENT_REPLAY_HEADER]: ref('headers', IDEMPOTENT_REPLAYED_COMPONENT) } }
      : {}),
    ...(endpoint.response ? { content: json(responseNames, endpoint.response) } : {}),
  };
  return {
    operationId: endpoint.id,
    summary: endpoint.summary,
    tags: [endpoint.tag],
    security: endpoint.auth ? [{ [BEARER]: [] }] : [],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(endpoint.request
      ? { requestBody: { required: true, content: json(requestNames, endpoint.request) } }
      : {}),
    responses: { [String(endpoint.status)]: success, ...errorResponses(endpoint) },
  };
}

function assertUnique(endpoints: readonly Endpoint[]): void {
  const seen = new Set<string>();
  for (const key of endpoints.flatMap((e) => [`id ${e.id}`, `route ${e.method} ${e.path}`])) {
    if (seen.has(key)) throw new Error(`Two endpoints share the ${key}`);
    seen.add(key);
  }
}

function idempotencyKeyJsonSchema(): JsonSchema {
  const schema: JsonSchema = {
    ...z.toJSONSchema(idempotencyKeySchema, { target: 'draft-2020-12', io: 'input' }),
  };
  delete schema.$schema;
  return schema;
}

/**
 * The OpenAPI 3.1 document of the given endpoints (the published ones by default). Its key order
 * is fixed (paths and schemas sorted, methods in OpenAPI's order, statuses ascending) whatever the
 * registry's order, so a check can compare it with the committed file as text.
 */
export function buildOpenApiDocument(
  endpoints: readonly Endpoint[] = publicEndpoints,
): OpenApiDocument {
  assertUnique(endpoints);
  // Requests are what a client may send (zod's input), responses what it gets (zod's output).
  const responses = convertSchemas(
    [
      [API_ERROR_SCHEMA, apiErrorBodySchema],
      ...endpoints.flatMap((e) =>
        e.response ? [[`${pascalCase(e.id)}Response`, e.response] as const] : [],
      ),
    ],
    'output',
  );
  const requests = convertSchemas(
    endpoints.flatMap((e) =>
      e.request ? [[`${pascalCase(e.id)}Request`, e.request] as const] : [],
    ),
    'input',
  );
  const { schemas, requestNames } = mergeDirections(requests, responses);

  const paths: Record<string, PathItemObject> = {};
  const byRoute = [...endpoints].sort(
    (a, b) =>
      byCodeUnit(a.path, b.path) || METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method),
  );
  for (const endpoint of byRoute) {
    const method = endpoint.method.toLowerCase() as OpenApiMethod;
    paths[endpoint.path] = {
      ...paths[endpoint.path],
      [method]: operation(endpoint, requestNames, responses.names),
    };
  }

  return {
    openapi: '3.1.0',
    info: { title: '医保通 API', version: API_CONTRACT_VERSION, description: description() },
    servers: [{ url: '/api' }],
    tags: [...new Set(endpoints.map((e) => e.tag))].sort(byCodeUnit).map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        [BEARER]: {
          type: 'http',
          scheme: 'bearer',
          description: 'The `token` a sign-in returned; it ends at sign-out.',
        },
      },
      schemas,
      parameters: {
        [IDEMPOTENCY_KEY_PARAMETER]: {
          name: IDEMPOTENCY_KEY_HEADER,
          in: 'header',
          required: true,
          description:
            'Made once per user intent and reused on every retry of it; a repeat with the same key replays the first answer.',
          schema: idempotencyKeyJsonSchema(),
        },
      },
      headers: {
        [IDEMPOTENT_REPLAYED_COMPONENT]: {
          description: `\`true\` when this is the stored answer to an earlier request with the same ${IDEMPOTENCY_KEY_HEADER}; nothing was changed this time. Absent otherwise.`,
          schema: { type: 'string', enum: ['true'] },
        },
        [RETRY_AFTER_COMPONENT]: {
          description: 'Seconds to wait before trying again; the same as `retryAfterSeconds`.',
          schema: { type: 'integer', minimum: 0 },
        },
      },
    },
  };
}
