import {
  phoneSchema,
  sessionSchema,
  smsCodeResponseSchema,
  type Session,
} from '@/api-contract/auth';
import { ContractHttp, ContractViolation, randomPhone, type ContractResponse } from './http';
import { expectStatus } from './checks';

/** Where the suite runs and with which test account. */
export interface ContractTarget {
  /** The API base, e.g. `http://127.0.0.1:4300/api`; endpoint paths are appended to it. */
  baseUrl: string;
  /** A phone that can sign in on a real backend. */
  phone: string | undefined;
  /** The fixed SMS code the real backend accepts for `phone` (it sends no `demoCode`). */
  smsCode: string | undefined;
}

export interface TargetInfo extends ContractTarget {
  /** Answers `GET /__demo/state`: reset before every scenario, personas to sign in with. */
  demo: boolean;
}

/** Thrown to skip a scenario the target cannot run, with the reason to show. */
export class ScenarioSkipped extends Error {
  override name = 'ScenarioSkipped';
}

/** The demo persona a demo target signs in with when no phone is configured: 张建国, Chongqing. */
export const DEMO_PHONE = '13800001111';
export const DEMO_PERSONA_PHONES = ['13800001111', '13900002222', '13700003333'] as const;

const NO_PHONE =
  'needs a phone that can sign in: pass --phone or set CONTRACT_PHONE (a demo backend uses its personas)';
const NO_CODE =
  'needs the SMS code: the backend sent no demoCode and no test code is configured (--sms-code or CONTRACT_SMS_CODE)';

export interface ScenarioContext {
  http: ContractHttp;
  target: TargetInfo;
  skip: (reason: string) => never;
  /** The phone scenarios sign in with: the configured one, or the demo persona's. */
  testPhone: () => string;
  /**
   * A phone for scenarios that only request codes: a fresh random one on a demo backend (its
   * resend window is untouched), the test phone elsewhere, so a real backend texts nobody else.
   */
  codePhone: () => string;
  /** Requests a code and returns it (the demo's `demoCode` or the configured one), or skips. */
  obtainCode: (phone?: string) => Promise<{ phone: string; code: string; sent: ContractResponse }>;
  /** A fresh session for the phone (the test phone by default), or a skip. */
  signIn: (phone?: string) => Promise<Session>;
}

export interface Scenario {
  name: string;
  /** The registry ids (`endpoints.*.id`) this scenario calls; the runner checks it did. */
  covers: readonly string[];
  /** Needs the demo backend's controls or personas. */
  demoOnly?: string;
  run: (context: ScenarioContext) => Promise<void>;
}

function fail(message: string): never {
  throw new ContractViolation(message);
}

function skip(reason: string): never {
  throw new ScenarioSkipped(reason);
}

/** Reads the target from CONTRACT_* variables, as scripts/test-contract.mjs sets them. */
export function targetFromEnv(env: Readonly<Record<string, string | undefined>>): ContractTarget {
  const baseUrl = env.CONTRACT_BASE_URL;
  if (baseUrl === undefined || baseUrl === '') {
    throw new Error(
      'CONTRACT_BASE_URL is not set: run `npm run test:contract -- --base-url http://host/api`',
    );
  }
  const phone = env.CONTRACT_PHONE || undefined;
  const smsCode = env.CONTRACT_SMS_CODE || undefined;
  if (phone !== undefined && !phoneSchema.safeParse(phone).success) {
    throw new Error(`CONTRACT_PHONE "${phone}" is not a mainland mobile number`);
  }
  if (smsCode !== undefined && !/^\d{6}$/.test(smsCode)) {
    throw new Error(`CONTRACT_SMS_CODE "${smsCode}" is not 6 digits`);
  }
  return { baseUrl, phone, smsCode };
}

/** A target that answers `GET /__demo/state` with 200 is a demo backend. */
export async function inspectTarget(target: ContractTarget): Promise<TargetInfo> {
  const probe = await new ContractHttp(target.baseUrl).request({
    method: 'GET',
    path: '/__demo/state',
  });
  return { ...target, demo: probe.status === 200 };
}

async function resetDemo(target: TargetInfo): Promise<void> {
  // Its own client, so the reset does not count as the scenario reaching demoReset.
  const reset = await new ContractHttp(target.baseUrl).request({
    method: 'POST',
    path: '/__demo/reset',
  });
  expectStatus(reset, 200, undefined, 'resetting the demo backend before the scenario');
}

function createContext(http: ContractHttp, target: TargetInfo): ScenarioContext {
  const testPhone = (): string => target.phone ?? (target.demo ? DEMO_PHONE : skip(NO_PHONE));

  const obtainCode: ScenarioContext['obtainCode'] = async (phone = testPhone()) => {
    const sent = await http.request({ method: 'POST', path: '/auth/sms-code', body: { phone } });
    const configured = phone === target.phone ? target.smsCode : undefined;
    if (sent.status === 200) {
      const code = smsCodeResponseSchema.parse(sent.json).demoCode ?? configured;
      return code === undefined ? skip(NO_CODE) : { phone, code, sent };
    }
    // A fixed test code outlives the resend window, so a recent code is no obstacle.
    if (sent.status === 429 && configured !== undefined) return { phone, code: configured, sent };
    if (sent.status === 429 && !target.demo) skip(`${NO_CODE}; the resend window is still open`);
    return fail(`requesting a code for ${phone}: expected 200, got ${sent.status} ${sent.text}`);
  };

  return {
    http,
    target,
    skip,
    testPhone,
    codePhone: () => (target.demo ? randomPhone() : testPhone()),
    obtainCode,
    signIn: async (phone) => {
      const { code, phone: signedPhone } = await obtainCode(phone);
      const login = await http.request({
        method: 'POST',
        path: '/auth/login',
        body: { phone: signedPhone, code },
      });
      expectStatus(login, 200, undefined, `signing in as ${signedPhone}`);
      return sessionSchema.parse(login.json);
    },
  };
}

/**
 * Runs one scenario against the target: from the seed on a demo backend, then checks that it
 * called every endpoint it claims to cover. Throws ScenarioSkipped when the target cannot run it.
 */
export async function runScenario(scenario: Scenario, target: TargetInfo): Promise<void> {
  if (scenario.demoOnly !== undefined && !target.demo) skip(scenario.demoOnly);
  if (target.demo) await resetDemo(target);
  const http = new ContractHttp(target.baseUrl);
  await scenario.run(createContext(http, target));
  const missed = scenario.covers.filter((id) => !http.reached.has(id));
  if (missed.length > 0) {
    fail(`the scenario says it covers ${missed.join(', ')} but never called it`);
  }
}
