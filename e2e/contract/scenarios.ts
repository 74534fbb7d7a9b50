import { sessionSchema, smsCodeResponseSchema } from '@/api-contract/auth';
import { IDEMPOTENCY_KEY_MAX_LENGTH } from '@/api-contract/common';
import { demoStateSchema, switchPersonaResponseSchema } from '@/api-contract/demo';
import {
  declaredErrors,
  endpoints,
  isMutation,
  MUTATION_ERRORS,
  publicEndpoints,
  type Endpoint,
  type HttpMethod,
} from '@/api-contract/endpoints';
import { profileSchema } from '@/api-contract/profile';
import {
  check,
  expectEqual,
  expectErrorCode,
  expectReplayOf,
  expectStatus,
  isReplay,
} from './checks';
import {
  newIdempotencyKey,
  randomPhone,
  type ContractRequest,
  type ContractResponse,
} from './http';
import { DEMO_PERSONA_PHONES, DEMO_PHONE, type Scenario, type ScenarioContext } from './runner';
import { familyMutationSamples, familyScenarios } from './scenarios-family';
import { prescriptionsMutationSamples, prescriptionsScenarios } from './scenarios-prescriptions';
import { recordScenarios } from './scenarios-records';
import { settlementMutationSamples, settlementScenarios } from './scenarios-settlement';
import { traceCodeScenarios } from './scenarios-trace-codes';
import { voucherMutationSamples, voucherScenarios } from './scenarios-voucher';

/**
 * The API scenarios a backend must pass, written against the registry (src/api-contract).
 * A new endpoint needs a scenario that covers it, and a new mutation a sample request below;
 * the coverage checks fail until both exist.
 */

const { sendSmsCode, login, logout, getMe, demoState, demoFaults, demoReset, demoPersona } =
  endpoints;

function wrongCode(code: string): string {
  return code === '000000' ? '111111' : '000000';
}

/**
 * A code request went through: 200, or 429 on a real backend, whose test phone may still be in
 * the resend window of an earlier scenario (a demo target is reset before each one).
 */
function expectCodeRequested(answer: ContractResponse, demo: boolean, what = 'sms-code'): void {
  if (!demo && answer.status === 429) expectStatus(answer, 429, 'SMS_TOO_SOON', what);
  else expectStatus(answer, 200, undefined, what);
}

/**
 * A valid request for each mutation of the published API, for the checks every mutation must
 * pass (Idempotency-Key missing or invalid). Sent only where the key is refused, so it must be
 * harmless if a non-conforming backend carries it out.
 */
export const mutationSamples: Readonly<
  Record<string, (context: ScenarioContext) => Promise<ContractRequest>>
> = {
  [sendSmsCode.id]: async (context) => ({
    method: 'POST',
    path: sendSmsCode.path,
    body: { phone: context.codePhone() },
  }),
  [login.id]: async (context) => ({
    method: 'POST',
    path: login.path,
    body: { phone: context.codePhone(), code: '000000' },
  }),
  [logout.id]: async (context) => ({
    method: 'POST',
    path: logout.path,
    token: (await context.signIn()).token,
  }),
  ...voucherMutationSamples,
  ...prescriptionsMutationSamples,
  ...familyMutationSamples,
  ...settlementMutationSamples,
};

/** Codes the registry allows for a 400 from this endpoint. */
function badRequestCodes(endpoint: Endpoint): string[] {
  return [...MUTATION_ERRORS, ...endpoint.errors]
    .filter((error) => error.status === 400)
    .flatMap((error) => error.codes)
    .filter((code) => !code.startsWith('IDEMPOTENCY_KEY_'));
}

const signInScenarios: Scenario[] = [
  {
    name: 'sign-in: an SMS code, then login, returns a session for that phone',
    covers: [sendSmsCode.id, login.id],
    run: async (context) => {
      const { phone, code, sent } = await context.obtainCode();
      if (sent.status === 200) {
        const body = smsCodeResponseSchema.parse(sent.json);
        check(body.resendAfterSeconds > 0 && body.expiresInSeconds > 0, 'the code has windows');
      }
      const answer = await context.http.request({
        method: 'POST',
        path: login.path,
        body: { phone, code },
      });
      expectStatus(answer, 200);
      const session = sessionSchema.parse(answer.json);
      expectEqual(session.user.phone, phone, "the session user's phone");
      if (context.target.demo && phone === DEMO_PHONE) {
        expectEqual(session.user.name, '张建国', "the demo persona's name");
        expectEqual(session.user.insurance.regionName, '重庆市', "the demo persona's region");
      }
    },
  },
  {
    name: 'sign-in: a wrong code is 400 SMS_CODE_WRONG',
    covers: [sendSmsCode.id, login.id],
    run: async (context) => {
      const { phone, code } = await context.obtainCode();
      const answer = await context.http.request({
        method: 'POST',
        path: login.path,
        body: { phone, code: wrongCode(code) },
      });
      expectStatus(answer, 400, 'SMS_CODE_WRONG');
    },
  },
  {
    name: 'sign-in: a phone that is not a mainland mobile number is 400 PHONE_INVALID',
    covers: [sendSmsCode.id, login.id],
    run: async ({ http }) => {
      for (const phone of ['1381234', '23812345678', '1380000111a']) {
        const sent = await http.request({
          method: 'POST',
          path: sendSmsCode.path,
          body: { phone },
        });
        expectStatus(sent, 400, 'PHONE_INVALID', `sms-code for ${phone}`);
        const answer = await http.request({
          method: 'POST',
          path: login.path,
          body: { phone, code: '123456' },
        });
        expectStatus(answer, 400, 'PHONE_INVALID', `login with ${phone}`);
      }
    },
  },
  {
    name: 'sign-in: a second code within 60 s (another key) is 429 SMS_TOO_SOON with Retry-After',
    covers: [sendSmsCode.id],
    run: async ({ http, codePhone, target }) => {
      const phone = codePhone();
      const first = await http.request({ method: 'POST', path: sendSmsCode.path, body: { phone } });
      expectCodeRequested(first, target.demo, 'the first request');
      const second = await http.request({
        method: 'POST',
        path: sendSmsCode.path,
        body: { phone },
      });
      expectStatus(second, 429, 'SMS_TOO_SOON');
      const retryAfter = second.error?.retryAfterSeconds;
      check(
        retryAfter !== undefined && retryAfter >= 1 && retryAfter <= 60,
        `retryAfterSeconds should be 1–60, got ${String(retryAfter)}`,
      );
      expectEqual(second.headers.get('Retry-After'), String(retryAfter), 'the Retry-After header');
    },
  },
  {
    name: 'sign-in: a valid number of nobody insured gets a code but login is 404 NOT_FOUND',
    covers: [sendSmsCode.id, login.id],
    run: async (context) => {
      const phone = randomPhone();
      if (!context.target.demo) {
        context.skip('needs the code sent to an unregistered number, which only a demo shows');
      }
      const { code } = await context.obtainCode(phone);
      const answer = await context.http.request({
        method: 'POST',
        path: login.path,
        body: { phone, code },
      });
      expectStatus(answer, 404, 'NOT_FOUND');
    },
  },
  {
    name: 'sign-in: logout is 204, then the token is refused on /me with 401',
    covers: [logout.id, getMe.id],
    run: async ({ http, signIn }) => {
      const { token } = await signIn();
      expectStatus(await http.request({ method: 'GET', path: getMe.path, token }), 200);
      const answer = await http.request({ method: 'POST', path: logout.path, token });
      expectStatus(answer, 204);
      check(answer.text === '', `204 with a body: ${answer.text}`);
      const after = await http.request({ method: 'GET', path: getMe.path, token });
      expectStatus(after, 401, 'UNAUTHENTICATED', '/me after logout');
    },
  },
  {
    name: 'sign-in: logout without a token is 401 before any Idempotency-Key check',
    covers: [logout.id],
    run: async ({ http }) => {
      const answer = await http.request({
        method: 'POST',
        path: logout.path,
        idempotencyKey: null,
      });
      expectStatus(answer, 401, 'UNAUTHENTICATED');
      const withKey = await http.request({ method: 'POST', path: logout.path });
      expectStatus(withKey, 401, 'UNAUTHENTICATED', 'logout with a key but no token');
    },
  },
  {
    name: 'sign-in: logout with a token that names no session (unknown, or signed out already) is 204, as documented',
    covers: [logout.id],
    run: async ({ http, signIn }) => {
      const unknown = await http.request({
        method: 'POST',
        path: logout.path,
        token: 'f'.repeat(48),
      });
      expectStatus(unknown, 204, undefined, 'logout with an unknown token');
      const { token } = await signIn();
      expectStatus(await http.request({ method: 'POST', path: logout.path, token }), 204);
      // Another key: a new request, not a replay, for a session that has ended.
      const again = await http.request({ method: 'POST', path: logout.path, token });
      expectStatus(again, 204, undefined, 'a second logout of the ended session');
      check(!isReplay(again), 'the second logout had its own key but was answered as a replay');
    },
  },
];

const profileScenarios: Scenario[] = [
  {
    name: "profile: GET /me returns the signed-in person's profile",
    covers: [getMe.id],
    run: async ({ http, signIn, target }) => {
      const session = await signIn();
      const me = await http.request({ method: 'GET', path: getMe.path, token: session.token });
      expectStatus(me, 200);
      const profile = profileSchema.parse(me.json);
      expectEqual(profile, session.user, "/me against the session's user");
      if (target.demo && profile.phone === DEMO_PHONE) {
        expectEqual(profile.name, '张建国', "the demo persona's name");
      }
    },
  },
  {
    name: 'profile: GET /me without a token, or with an unknown or malformed one, is 401',
    covers: [getMe.id],
    run: async ({ http }) => {
      const cases: Array<[string, Readonly<Record<string, string>>]> = [
        ['no token', {}],
        ['an unknown token', { Authorization: `Bearer ${'f'.repeat(48)}` }],
        ['a Basic header', { Authorization: 'Basic dXNlcjpwYXNz' }],
        ['an empty bearer', { Authorization: 'Bearer ' }],
      ];
      for (const [what, headers] of cases) {
        const answer = await http.request({ method: 'GET', path: getMe.path, headers });
        expectStatus(answer, 401, 'UNAUTHENTICATED', `/me with ${what}`);
      }
    },
  },
];

// Near 东街口, Fuzhou (WGS-84): a place for the lists that need one.
const FUZHOU = 'lat=26.085000&lng=119.296000';

/** The published GETs with an id in their path. */
function idGets(): Endpoint[] {
  return publicEndpoints.filter((e) => e.method === 'GET' && e.path.includes('{'));
}

const REFUSED_METHODS: readonly ('PUT' | 'PATCH' | 'OPTIONS')[] = ['PUT', 'PATCH', 'OPTIONS'];

/**
 * PUT, PATCH and OPTIONS on each published path (of the ones that need a sign-in, or not) that
 * does not have them: 405, the contract's error shape (the client checks it), and an `Allow`
 * that lists every method the path has and not the one refused. Only these methods are sent: a
 * real backend that wrongly takes one is not asked to delete or create anything.
 */
async function expectMethodsRefused(
  http: ScenarioContext['http'],
  signedIn: boolean,
  token: string | undefined,
): Promise<void> {
  const methodsByPath = new Map<string, HttpMethod[]>();
  for (const endpoint of publicEndpoints) {
    if (endpoint.auth !== signedIn) continue;
    methodsByPath.set(endpoint.path, [
      ...(methodsByPath.get(endpoint.path) ?? []),
      endpoint.method,
    ]);
  }
  check(methodsByPath.size > 0, 'no published paths to try');
  for (const [template, methods] of methodsByPath) {
    const path = template.replace(/\{\w+\}/g, 'zz');
    for (const method of REFUSED_METHODS.filter((m) => !(methods as string[]).includes(m))) {
      const what = `${method} ${path}`;
      const answer = await http.request({
        method,
        path,
        ...(token === undefined ? {} : { token }),
      });
      expectStatus(answer, 405, undefined, what);
      const allow = (answer.headers.get('Allow') ?? '')
        .split(',')
        .map((m) => m.trim().toUpperCase())
        .filter((m) => m !== '');
      for (const declared of methods) {
        check(
          allow.includes(declared),
          `${what}: Allow should list ${declared}, got "${allow.join(', ')}"`,
        );
      }
      check(!allow.includes(method), `${what}: Allow lists the method it refused`);
    }
  }
}

/** Bodies that break any object schema; the first one the endpoint's schema refuses is sent. */
const SCHEMA_BREAKERS: readonly unknown[] = [[], 42, 'text', null, {}];

const errorScenarios: Scenario[] = [
  {
    name: 'errors: an unknown path is 404 NOT_FOUND',
    covers: [],
    run: async ({ http }) => {
      const path = `/__conformance/no-such-path-${randomPhone()}`;
      expectStatus(await http.request({ method: 'GET', path }), 404, 'NOT_FOUND', `GET ${path}`);
      expectStatus(await http.request({ method: 'POST', path }), 404, 'NOT_FOUND', `POST ${path}`);
    },
  },
  {
    name: 'errors: PUT, PATCH or OPTIONS on a path that needs no sign-in and lacks it is 405 with Allow',
    covers: [],
    run: async ({ http }) => {
      await expectMethodsRefused(http, false, undefined);
    },
  },
  {
    name: 'errors: PUT, PATCH or OPTIONS on a signed-in path that lacks it is 405 with Allow',
    covers: [],
    run: async ({ http, signIn }) => {
      await expectMethodsRefused(http, true, (await signIn()).token);
    },
  },
  {
    name: 'errors: a path id that breaks its pattern gets the answer of an unknown one',
    covers: idGets().map((endpoint) => endpoint.id),
    run: async ({ http, signIn }) => {
      const token = (await signIn()).token;
      for (const endpoint of idGets()) {
        // Every id pattern refuses `zz` (src/api-contract/openapi.test.ts checks it).
        const path = endpoint.path.replace(/\{\w+\}/g, 'zz');
        const where = endpoint.query?.some((p) => p.name === 'lat') ? `${path}?${FUZHOU}` : path;
        const [name = ''] = Object.keys(endpoint.params ?? {});
        const code = endpoint.params?.[name]?.invalid ?? 'NOT_FOUND';
        const status = declaredErrors(endpoint).find((e) => e.codes.includes(code))?.status;
        check(status !== undefined, `${endpoint.id} does not declare ${code}`);
        const answer = await http.request({
          method: 'GET',
          path: where,
          ...(endpoint.auth ? { token } : {}),
        });
        expectStatus(answer, status, code, `GET ${where}`);
      }
    },
  },
  {
    name: 'errors: a body that is not JSON is 400 BAD_REQUEST on every mutation with a body',
    covers: publicEndpoints
      .filter((endpoint) => isMutation(endpoint) && endpoint.request !== undefined)
      .map((endpoint) => endpoint.id),
    run: async ({ http, signIn }) => {
      for (const endpoint of publicEndpoints) {
        if (!isMutation(endpoint) || endpoint.request === undefined) continue;
        const token = endpoint.auth ? (await signIn()).token : undefined;
        const answer = await http.request({
          method: endpoint.method,
          path: endpoint.path,
          rawBody: '{"phone":"13800001111"',
          ...(token === undefined ? {} : { token }),
        });
        expectStatus(answer, 400, 'BAD_REQUEST', `${endpoint.id} with a truncated JSON body`);
      }
    },
  },
  {
    name: "errors: a body that breaks the schema is 400 with one of the endpoint's codes",
    covers: publicEndpoints
      .filter((endpoint) => isMutation(endpoint) && endpoint.request !== undefined)
      .map((endpoint) => endpoint.id),
    run: async ({ http, signIn }) => {
      for (const endpoint of publicEndpoints) {
        const schema = endpoint.request;
        if (!isMutation(endpoint) || schema === undefined) continue;
        const body = SCHEMA_BREAKERS.find((candidate) => !schema.safeParse(candidate).success);
        check(body !== undefined, `${endpoint.id}: no sample body breaks its request schema`);
        const token = endpoint.auth ? (await signIn()).token : undefined;
        const answer = await http.request({
          method: endpoint.method,
          path: endpoint.path,
          rawBody: JSON.stringify(body),
          ...(token === undefined ? {} : { token }),
        });
        expectErrorCode(
          answer,
          400,
          badRequestCodes(endpoint),
          `${endpoint.id} with ${JSON.stringify(body)}`,
        );
      }
    },
  },
  {
    name: 'errors: a refused body changes nothing (no code sent, no resend window)',
    covers: [sendSmsCode.id],
    demoOnly: 'checks the resend window of a fresh number, which only a demo can text freely',
    run: async ({ http }) => {
      const phone = randomPhone();
      const broken = await http.request({
        method: 'POST',
        path: sendSmsCode.path,
        rawBody: `{"phone":"${phone}"`,
      });
      expectStatus(broken, 400, 'BAD_REQUEST');
      const sent = await http.request({ method: 'POST', path: sendSmsCode.path, body: { phone } });
      expectStatus(sent, 200, undefined, 'a valid request after the refused one');
    },
  },
];

function keyScenarios(): Scenario[] {
  const invalidKeys: Array<[string, string]> = [
    [`${IDEMPOTENCY_KEY_MAX_LENGTH + 1} characters`, 'k'.repeat(IDEMPOTENCY_KEY_MAX_LENGTH + 1)],
    ['a space', 'conformance key'],
    ['a tab', 'conformance\tkey'],
  ];
  return publicEndpoints.filter(isMutation).flatMap((endpoint): Scenario[] => {
    const sample = mutationSamples[endpoint.id];
    const missingSample: Scenario = {
      name: `idempotency: ${endpoint.id} has a sample request`,
      covers: [],
      run: async () => {
        check(false, `add a sample request for ${endpoint.id} to mutationSamples`);
      },
    };
    if (sample === undefined) return [missingSample];
    return [
      {
        name: `idempotency: ${endpoint.method} ${endpoint.path} without an Idempotency-Key is 400 IDEMPOTENCY_KEY_MISSING`,
        covers: [endpoint.id],
        run: async (context) => {
          const request = await sample(context);
          const answer = await context.http.request({ ...request, idempotencyKey: null });
          expectStatus(answer, 400, 'IDEMPOTENCY_KEY_MISSING');
        },
      },
      {
        name: `idempotency: ${endpoint.method} ${endpoint.path} with a key too long or with spaces or control characters is 400 IDEMPOTENCY_KEY_INVALID`,
        covers: [endpoint.id],
        run: async (context) => {
          const request = await sample(context);
          for (const [what, key] of invalidKeys) {
            const answer = await context.http.request({ ...request, idempotencyKey: key });
            expectStatus(answer, 400, 'IDEMPOTENCY_KEY_INVALID', `a key with ${what}`);
          }
        },
      },
    ];
  });
}

const idempotencyScenarios: Scenario[] = [
  {
    name: 'idempotency: a key of 255 printable characters is accepted',
    covers: [sendSmsCode.id],
    run: async ({ http, codePhone, target }) => {
      const printable = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i)).join(
        '',
      );
      const key = `${newIdempotencyKey()}${printable}${printable}${printable}`.slice(
        0,
        IDEMPOTENCY_KEY_MAX_LENGTH,
      );
      const answer = await http.request({
        method: 'POST',
        path: sendSmsCode.path,
        body: { phone: codePhone() },
        idempotencyKey: key,
      });
      expectCodeRequested(answer, target.demo);
    },
  },
  {
    name: 'idempotency: logout with a token but no key is 400 and the session stays',
    covers: [logout.id, getMe.id],
    run: async ({ http, signIn }) => {
      const { token } = await signIn();
      const answer = await http.request({
        method: 'POST',
        path: logout.path,
        token,
        idempotencyKey: null,
      });
      expectStatus(answer, 400, 'IDEMPOTENCY_KEY_MISSING');
      expectStatus(await http.request({ method: 'GET', path: getMe.path, token }), 200);
    },
  },
  {
    name: 'idempotency: repeating sms-code with the same key replays the first answer and sends no new code',
    covers: [sendSmsCode.id],
    run: async ({ http, codePhone, target }) => {
      const phone = codePhone();
      const key = newIdempotencyKey();
      const request: ContractRequest = {
        method: 'POST',
        path: sendSmsCode.path,
        body: { phone },
        idempotencyKey: key,
      };
      const first = await http.request(request);
      expectCodeRequested(first, target.demo);
      const repeat = await http.request(request);
      expectReplayOf(repeat, first, 'sms-code');
      // The window still counts from the first request: the repeat started nothing new.
      const another = await http.request({ ...request, idempotencyKey: newIdempotencyKey() });
      expectStatus(another, 429, 'SMS_TOO_SOON', 'a new key within 60 s');
      if (target.demo) {
        // The code of the first answer still signs in, so no second code replaced it. Only a
        // persona can sign in, so this half runs on a persona's phone.
        const personaKey = newIdempotencyKey();
        const personaRequest = {
          ...request,
          body: { phone: DEMO_PHONE },
          idempotencyKey: personaKey,
        };
        const sent = await http.request(personaRequest);
        expectStatus(sent, 200);
        expectReplayOf(await http.request(personaRequest), sent, 'sms-code for a persona');
        const code = smsCodeResponseSchema.parse(sent.json).demoCode;
        check(code !== undefined, 'the demo backend sent no demoCode');
        const signedIn = await http.request({
          method: 'POST',
          path: login.path,
          body: { phone: DEMO_PHONE, code },
        });
        expectStatus(signedIn, 200, undefined, 'login with the first code after the repeat');
      }
    },
  },
  {
    name: 'idempotency: repeating login with the same key returns the same session',
    covers: [sendSmsCode.id, login.id, getMe.id],
    run: async ({ http, obtainCode }) => {
      const { phone, code } = await obtainCode();
      const request: ContractRequest = {
        method: 'POST',
        path: login.path,
        body: { phone, code },
        idempotencyKey: newIdempotencyKey(),
      };
      const first = await http.request(request);
      expectStatus(first, 200);
      const repeat = await http.request(request);
      expectReplayOf(repeat, first, 'login');
      const { token } = sessionSchema.parse(repeat.json);
      expectStatus(await http.request({ method: 'GET', path: getMe.path, token }), 200);
    },
  },
  {
    name: 'idempotency: repeating logout with the same key replays 204',
    covers: [logout.id, getMe.id],
    run: async ({ http, signIn }) => {
      const { token } = await signIn();
      const request: ContractRequest = {
        method: 'POST',
        path: logout.path,
        token,
        idempotencyKey: newIdempotencyKey(),
      };
      const first = await http.request(request);
      expectStatus(first, 204);
      expectReplayOf(await http.request(request), first, 'logout');
      const me = await http.request({ method: 'GET', path: getMe.path, token });
      expectStatus(me, 401, 'UNAUTHENTICATED');
    },
  },
  {
    name: 'idempotency: the same key with another body is 422 IDEMPOTENCY_KEY_REUSED',
    covers: [sendSmsCode.id],
    run: async ({ http, codePhone }) => {
      const key = newIdempotencyKey();
      await http.request({
        method: 'POST',
        path: sendSmsCode.path,
        body: { phone: codePhone() },
        idempotencyKey: key,
      });
      const reused = await http.request({
        method: 'POST',
        path: sendSmsCode.path,
        body: { phone: randomPhone() },
        idempotencyKey: key,
      });
      expectStatus(reused, 422, 'IDEMPOTENCY_KEY_REUSED');
    },
  },
  {
    name: 'idempotency: the same key on another endpoint is 422 IDEMPOTENCY_KEY_REUSED',
    covers: [sendSmsCode.id, login.id],
    run: async ({ http, codePhone }) => {
      const key = newIdempotencyKey();
      const phone = codePhone();
      await http.request({
        method: 'POST',
        path: sendSmsCode.path,
        body: { phone },
        idempotencyKey: key,
      });
      const reused = await http.request({
        method: 'POST',
        path: login.path,
        body: { phone, code: '000000' },
        idempotencyKey: key,
      });
      expectStatus(reused, 422, 'IDEMPOTENCY_KEY_REUSED');
    },
  },
  {
    name: 'idempotency: keys are scoped per signed-in person',
    covers: [logout.id, getMe.id],
    demoOnly: 'needs two people who can sign in (the demo personas)',
    run: async ({ http, signIn }) => {
      const [firstPhone = DEMO_PHONE, secondPhone = DEMO_PHONE] = DEMO_PERSONA_PHONES;
      const first = await signIn(firstPhone);
      const second = await signIn(secondPhone);
      const key = newIdempotencyKey();
      const one = await http.request({
        method: 'POST',
        path: logout.path,
        token: first.token,
        idempotencyKey: key,
      });
      expectStatus(one, 204);
      const other = await http.request({
        method: 'POST',
        path: logout.path,
        token: second.token,
        idempotencyKey: key,
      });
      expectStatus(other, 204, undefined, "the second person's logout with the same key");
      check(!isReplay(other), "another person's request was answered with a replay");
      const me = await http.request({ method: 'GET', path: getMe.path, token: second.token });
      expectStatus(me, 401, 'UNAUTHENTICATED', "/me after the second person's logout");
    },
  },
];

const demoOnly = 'a demo-backend control, not part of the published API';

const demoScenarios: Scenario[] = [
  {
    name: 'demo: the state lists the personas',
    covers: [demoState.id],
    demoOnly,
    run: async ({ http }) => {
      const answer = await http.request({ method: 'GET', path: demoState.path });
      expectStatus(answer, 200);
      const state = demoStateSchema.parse(answer.json);
      expectEqual(
        state.personas.map((persona) => persona.phone).sort(),
        [...DEMO_PERSONA_PHONES].sort(),
        'the persona phones',
      );
      const zhang = state.personas.find((persona) => persona.phone === DEMO_PHONE);
      expectEqual([zhang?.name, zhang?.regionName], ['张建国', '重庆市'], DEMO_PHONE);
    },
  },
  {
    name: 'demo: reset answers the seed state and signs everyone out',
    covers: [demoReset.id, getMe.id],
    demoOnly,
    run: async ({ http, signIn }) => {
      const { token } = await signIn();
      const reset = await http.request({ method: 'POST', path: demoReset.path });
      expectStatus(reset, 200);
      const me = await http.request({ method: 'GET', path: getMe.path, token });
      expectStatus(me, 401, 'UNAUTHENTICATED', '/me after a reset');
    },
  },
  {
    name: 'demo: a persona signs in without a code; an unknown one is 404',
    covers: [demoState.id, demoPersona.id, getMe.id],
    demoOnly,
    run: async ({ http }) => {
      const state = demoStateSchema.parse(
        (await http.request({ method: 'GET', path: demoState.path })).json,
      );
      for (const persona of state.personas) {
        const answer = await http.request({
          method: 'POST',
          path: demoPersona.path,
          body: { personaId: persona.id },
        });
        expectStatus(answer, 200);
        const session = switchPersonaResponseSchema.parse(answer.json);
        const me = await http.request({ method: 'GET', path: getMe.path, token: session.token });
        expectEqual(profileSchema.parse(me.json).phone, persona.phone, `${persona.id} on /me`);
      }
      const unknown = await http.request({
        method: 'POST',
        path: demoPersona.path,
        body: { personaId: 'nobody' },
      });
      expectStatus(unknown, 404, 'NOT_FOUND');
    },
  },
  {
    name: 'demo: faults round-trip, and a bad body is 400 and changes nothing',
    covers: [demoState.id, demoFaults.id],
    demoOnly,
    run: async ({ http }) => {
      const before = demoStateSchema.parse(
        (await http.request({ method: 'GET', path: demoState.path })).json,
      );
      const same = await http.request({
        method: 'PUT',
        path: demoFaults.path,
        body: before.faults,
      });
      expectStatus(same, 200);
      expectEqual(demoStateSchema.parse(same.json).faults, before.faults, 'the faults sent back');
      const bad = await http.request({
        method: 'PUT',
        path: demoFaults.path,
        body: { ...before.faults, errorRate: 101 },
      });
      expectStatus(bad, 400, 'BAD_REQUEST');
      const after = demoStateSchema.parse(
        (await http.request({ method: 'GET', path: demoState.path })).json,
      );
      expectEqual(after.faults, before.faults, 'the faults after a refused change');
    },
  },
];

export const scenarioGroups: ReadonlyArray<{ name: string; scenarios: readonly Scenario[] }> = [
  { name: 'sign-in', scenarios: signInScenarios },
  { name: 'profile', scenarios: profileScenarios },
  { name: 'errors', scenarios: errorScenarios },
  { name: 'idempotency', scenarios: [...keyScenarios(), ...idempotencyScenarios] },
  { name: 'demo backend', scenarios: demoScenarios },
  { name: 'e-voucher', scenarios: voucherScenarios },
  { name: 'prescriptions and pharmacies', scenarios: prescriptionsScenarios },
  { name: 'family mutual-aid account', scenarios: familyScenarios },
  { name: 'settlement at the counter', scenarios: settlementScenarios },
  { name: 'medical-expense records', scenarios: recordScenarios },
  { name: 'drug traceability codes', scenarios: traceCodeScenarios },
];

export const scenarios: readonly Scenario[] = scenarioGroups.flatMap((group) => group.scenarios);

/** Public endpoints no scenario covers: a new feature's endpoints land here until tested. */
export function uncoveredEndpoints(): string[] {
  const covered = new Set(scenarios.flatMap((scenario) => scenario.covers));
  return publicEndpoints.filter((endpoint) => !covered.has(endpoint.id)).map((e) => e.id);
}

/** Public mutations without a sample request for the Idempotency-Key checks. */
export function mutationsWithoutSample(): string[] {
  return publicEndpoints
    .filter((endpoint) => isMutation(endpoint) && mutationSamples[endpoint.id] === undefined)
    .map((endpoint) => endpoint.id);
}
