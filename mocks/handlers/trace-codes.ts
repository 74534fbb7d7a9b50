import {
  demoTraceResaleSchema,
  traceCodeCheckSchema,
  traceCodeDemoEndpoints,
  traceCodeEndpoints,
} from '@/api-contract/trace-codes';
import { fail, ok } from '../http-utils';
import { route } from '../route';
import { checkTraceCode, resellTraceCode } from '../trace-codes';

/** Drug traceability codes: the check, and the demo console's second sale of a box. */
export const traceCodeHandlers = [
  // A code that is not 20 ASCII digits is refused before these, by its path parameter's pattern.
  route(traceCodeEndpoints.checkTraceCode, ({ tx, session, params }) =>
    ok(traceCodeCheckSchema, checkTraceCode(tx, params.code ?? '', session.personId)),
  ),

  route(traceCodeDemoEndpoints.demoResellTraceCode, ({ tx, params }) => {
    const code = params.code ?? '';
    const sale = resellTraceCode(tx, code);
    if (sale === null) {
      return fail('NOT_FOUND', { message: 'No settlement that stands sold this box' });
    }
    return ok(demoTraceResaleSchema, { code, sale }, 201);
  }),
];
