import {
  demoTraceResaleSchema,
  TRACE_CODE_PATTERN,
  traceCodeCheckSchema,
  traceCodeDemoEndpoints,
  traceCodeEndpoints,
} from '@/api-contract/trace-codes';
import { fail, ok, type Answer } from '../http-utils';
import { route } from '../route';
import { checkTraceCode, resellTraceCode } from '../trace-codes';

/** The code from the path, or the 400 a code that is not 20 ASCII digits gets. */
function codeOf(params: Readonly<Record<string, string>>): string | Answer {
  const code = params.code ?? '';
  if (!TRACE_CODE_PATTERN.test(code)) {
    return fail('TRACE_CODE_INVALID', { message: 'A traceability code is 20 digits' });
  }
  return code;
}

/** Drug traceability codes: the check, and the demo console's second sale of a box. */
export const traceCodeHandlers = [
  route(traceCodeEndpoints.checkTraceCode, ({ tx, session, params }) => {
    const code = codeOf(params);
    if (typeof code !== 'string') return code;
    return ok(traceCodeCheckSchema, checkTraceCode(tx, code, session.personId));
  }),

  route(traceCodeDemoEndpoints.demoResellTraceCode, ({ tx, params }) => {
    const code = codeOf(params);
    if (typeof code !== 'string') return code;
    const sale = resellTraceCode(tx, code);
    if (sale === null) {
      return fail('NOT_FOUND', { message: 'No settlement that stands sold this box' });
    }
    return ok(demoTraceResaleSchema, { code, sale }, 201);
  }),
];
