import { endpoints } from '@/api-contract/endpoints';
import { settlementSchema } from '@/api-contract/settlement';
import { traceCodeCheckSchema } from '@/api-contract/trace-codes';
import { check, expectEqual, expectStatus } from './checks';
import type { Scenario } from './runner';
import { firstDrug, grantFor, scan } from './scenarios-settlement';

const {
  checkTraceCode,
  demoResellTraceCode,
  issueVoucherCode,
  openCounterVisit,
  listCounterDrugs,
  createSettlement,
  paySettlement,
  reauth,
} = endpoints;

const codePath = (template: string, code: string) =>
  template.replace(/\{[^}]+\}/, encodeURIComponent(code));

/** A 20-digit code no box is likely to carry (a 9 where the demo's codes start with 8). */
function unusedCode(): string {
  let digits = '9';
  while (digits.length < 20) digits += String(Math.floor(Math.random() * 10));
  return digits;
}

/** The traceability-code check's scenarios (see scenarios.ts for what every scenario must do). */
export const traceCodeScenarios: Scenario[] = [
  {
    name: 'trace codes: a 20-digit code is answered in the contract’s shape; 19, 21 digits or a letter are 400; signed out is 401',
    covers: [checkTraceCode.id],
    run: async ({ http, signIn }) => {
      const { token } = await signIn();
      const code = unusedCode();
      const answer = await http.request({
        method: 'GET',
        path: codePath(checkTraceCode.path, code),
        token,
      });
      expectStatus(answer, 200);
      const result = traceCodeCheckSchema.parse(answer.json);
      expectEqual(result.code, code, 'the code checked');
      const expected =
        result.sales.length === 0
          ? 'never-sold'
          : result.sales.length === 1
            ? 'sold-once'
            : 'sold-more';
      expectEqual(result.status, expected, 'the status the sales make');
      for (const bad of [code.slice(1), `${code}1`, `${code.slice(1)}A`, '８'.repeat(20)]) {
        const refused = await http.request({
          method: 'GET',
          path: codePath(checkTraceCode.path, bad),
          token,
        });
        expectStatus(refused, 400, 'TRACE_CODE_INVALID', bad);
      }
      const anonymous = await http.request({
        method: 'GET',
        path: codePath(checkTraceCode.path, code),
      });
      expectStatus(anonymous, 401, 'UNAUTHENTICATED');
    },
  },
  {
    name: 'trace codes: a box paid at a counter is sold once; settled again (demo control) it is sold more than once',
    covers: [
      checkTraceCode.id,
      demoResellTraceCode.id,
      issueVoucherCode.id,
      openCounterVisit.id,
      listCounterDrugs.id,
      createSettlement.id,
      paySettlement.id,
      reauth.id,
    ],
    demoOnly: 'settles at the demo counter and uses its "settle this box again" control',
    run: async (context) => {
      const { http } = context;
      const { token } = await context.signIn('13800001111');
      const { visit } = await scan(context, token);
      const drug = await firstDrug(context);
      const billed = await http.request({
        method: 'POST',
        path: codePath(createSettlement.path, visit.id),
        body: {
          prescriptionId: null,
          items: [{ drugCode: drug.code, quantity: 1, unitPriceFen: drug.platformPriceFen }],
        },
      });
      expectStatus(billed, 201, undefined, 'bill');
      const s = settlementSchema.parse(billed.json);
      const code = s.items[0]?.traceCodes[0];
      check(code !== undefined, 'the bill carries a traceability code');
      const unpaid = await http.request({
        method: 'GET',
        path: codePath(checkTraceCode.path, code),
        token,
      });
      expectEqual(traceCodeCheckSchema.parse(unpaid.json).status, 'never-sold', 'a bill not paid');
      const paid = await http.request({
        method: 'POST',
        path: codePath(paySettlement.path, s.id),
        token,
        body: {
          channel: s.cashFen > 0 ? 'wechat' : null,
          cashFen: s.cashFen,
          reauthGrant: await grantFor(context, token),
        },
      });
      expectStatus(paid, 200, undefined, 'pay');
      const once = await http.request({
        method: 'GET',
        path: codePath(checkTraceCode.path, code),
        token,
      });
      const sold = traceCodeCheckSchema.parse(once.json);
      expectEqual(sold.status, 'sold-once', 'after payment');
      expectEqual(sold.sales[0]?.yours, true, 'his own sale');
      check(!once.text.includes(s.id), 'no settlement id is given out');

      const again = await http.request({
        method: 'POST',
        path: codePath(demoResellTraceCode.path, code),
      });
      expectStatus(again, 201, undefined, 'settle the box again');
      const twice = await http.request({
        method: 'GET',
        path: codePath(checkTraceCode.path, code),
        token,
      });
      const resold = traceCodeCheckSchema.parse(twice.json);
      expectEqual(resold.status, 'sold-more', 'after the second sale');
      expectEqual(resold.sales.length, 2, 'both sales');
    },
  },
];
