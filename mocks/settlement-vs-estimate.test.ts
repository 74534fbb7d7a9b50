import { chinaDateOf } from '@/rules/dates';
import { describe, expect, it } from 'vitest';
import { reauthEndpoints } from '@/api-contract/reauth';
import { settlementEndpoints, type Settlement } from '@/api-contract/settlement';
import { voucherEndpoints } from '@/api-contract/voucher';
import {
  apiRequest,
  type CallArgs,
  type CallableEndpoint,
  type CallOptions,
} from '@/lib/api-client';
import { configureApiClient } from '@/lib/api-config';
import { estimate, type Claim, type Enrolment } from '@/rules';
import { installManualClock, now } from './clock';
import { readState, resetDb, store, transact } from './db';
import { balanceFen } from './family-ledger';
import { DRUGS } from './reference/drugs';
import { hospitalById } from './reference/hospitals';
import { DEMO_VOUCHER_PASSWORD, personas } from './seed';
import { createSession } from './sessions';
import { recordsOf } from './store/store';

/*
 * What the counter settles is what the estimator says (issue 19, docs/decisions/022). Random
 * sequences of walk-in bills at Chongqing hospitals of every level, each scanned, billed and paid
 * through the API like a counter and a phone, for a member whose status, enrolment and account
 * balance vary, on dates that run on (across 31 December in some sequences). Then one `estimate`
 * over the whole sequence's claims, from the opening balance, must give every bill's fund,
 * account and cash to the fen: the backend's year so far (deductible and cap used, from its own
 * records) and its account are the rules' own.
 */

const SEQUENCES = Number(process.env.SETTLEMENT_ESTIMATE_SEQUENCES ?? 100);
const CLAIMS_PER_SEQUENCE = 10;
const SEED = 20261203;
const HOSPITALS = ['hs-cq-1', 'hs-cq-2', 'hs-cq-3'] as const;
const DRUG_LIST = [...DRUGS.values()];

const cq = personas.find((p) => p.id === 'cq-retiree');
if (!cq) throw new Error('the Chongqing persona is missing');
const PERSON = cq.personId;

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A request that is its own intent: a new key each time. */
const post = <const E extends CallableEndpoint>(
  endpoint: E,
  options: Omit<CallOptions<E>, 'idempotencyKey'>,
) =>
  apiRequest(
    endpoint,
    ...([{ ...options, idempotencyKey: crypto.randomUUID() }] as unknown as CallArgs<E>),
  );

describe('settlement vs estimate', () => {
  it(
    `settles ${SEQUENCES * CLAIMS_PER_SEQUENCE} random claims as estimate does`,
    { timeout: 900_000 },
    async () => {
      const pick = prng(SEED);
      let token = '';
      configureApiClient({ getToken: () => token });
      resetDb();
      const seed = recordsOf(readState());
      let claimsCompared = 0;
      let differ = 0;
      let yearsCrossed = 0;

      for (let sequence = 0; sequence < SEQUENCES; sequence += 1) {
        store.load(structuredClone(seed));
        const crossesYear = pick() < 0.3;
        const clock = installManualClock(
          Date.parse(crossesYear ? '2026-12-30T09:00:00+08:00' : '2026-03-02T09:00:00+08:00'),
        );
        const status = pick() < 0.5 ? 'retired' : 'employed';
        const enrolments: Enrolment[] = ['unit', 'individual-tier1', 'individual-tier2'];
        const enrolment = enrolments[Math.floor(pick() * enrolments.length)] ?? 'unit';
        // The opening balance: anything from empty to plenty, so the account runs out in some.
        const openingFen = Math.floor(pick() * 600_000);
        transact((tx) => {
          const person = tx.persons.get(PERSON);
          if (!person) throw new Error('no person');
          tx.persons.put({
            ...structuredClone(person),
            insurance: { ...structuredClone(person.insurance), status, enrolment },
          } as never);
          const delta = openingFen - balanceFen(tx, PERSON, 'personal');
          tx.ledger.insert({
            id: `adjust-${sequence}`,
            personId: PERSON,
            account: 'personal',
            kind: delta >= 0 ? 'credit' : 'debit',
            amountFen: delta,
            atMs: now(),
          });
        });
        token = transact((tx) => createSession(tx, PERSON)).token;
        const grant = await post(reauthEndpoints.reauth, {
          body: { method: 'voucher-password', password: DEMO_VOUCHER_PASSWORD },
        });

        const settled: { claim: Claim; bill: Settlement }[] = [];
        for (let n = 0; n < CLAIMS_PER_SEQUENCE; n += 1) {
          // Hours to weeks between visits; a year-end sequence crosses into the next year.
          clock.advance(Math.floor((pick() < 0.5 ? 3_600_000 : 4 * 86_400_000) * pick()) + 60_000);
          const code = await post(voucherEndpoints.issueVoucherCode, { body: {} });
          const hospital = HOSPITALS[Math.floor(pick() * HOSPITALS.length)] ?? 'hs-cq-3';
          const visit = await post(settlementEndpoints.openCounterVisit, {
            body: { institutionId: hospital, ecToken: code.ecToken },
          });
          const lines = 1 + Math.floor(pick() * 3);
          const items = new Map<
            string,
            { drugCode: string; quantity: number; unitPriceFen: number }
          >();
          for (let l = 0; l < lines; l += 1) {
            const drug = DRUG_LIST[Math.floor(pick() * DRUG_LIST.length)];
            if (!drug) throw new Error('no drug');
            const big = pick() < 0.15;
            items.set(drug.code, {
              drugCode: drug.code,
              quantity: 1 + Math.floor(pick() * (big ? 999 : 30)),
              unitPriceFen:
                pick() < 0.2 ? drug.unitPriceFen + 1 + Math.floor(pick() * 300) : drug.unitPriceFen,
            });
          }
          const bill = await post(settlementEndpoints.createSettlement, {
            params: { visitId: visit.id },
            body: { prescriptionId: null, items: [...items.values()] },
          });
          // Grants last five minutes and the clock runs on by hours: each payment asks again.
          Object.assign(
            grant,
            await post(reauthEndpoints.reauth, {
              body: { method: 'voucher-password', password: DEMO_VOUCHER_PASSWORD },
            }),
          );
          const paid = await post(settlementEndpoints.paySettlement, {
            params: { settlementId: bill.id },
            body: {
              channel: bill.cashFen > 0 ? 'wechat' : null,
              cashFen: bill.cashFen,
              reauthGrant: grant.grant,
            },
          });
          expect(paid.status).toBe('paid');
          const level = hospitalById(hospital)?.level ?? 3;
          settled.push({
            bill: paid,
            claim: {
              id: paid.id,
              date: chinaDateOf(now()),
              kind: 'outpatient',
              institutionLevel: level,
              policyRangeFen: paid.policyRangeFen,
            },
          });
        }
        if (settled.some((s) => s.claim.date.startsWith('2027'))) yearsCrossed += 1;

        const person = readState().persons.get(PERSON);
        if (!person?.insurance.policyId) throw new Error('no policy');
        const whole = estimate({
          policyId: person.insurance.policyId,
          member: { status, enrolment },
          personalAccountBalanceFen: openingFen,
          claims: settled.map((s) => s.claim),
        });
        whole.claims.forEach((claim, i) => {
          const bill = settled[claim.inputIndex]?.bill;
          claimsCompared += 1;
          const outsideFen = bill?.outsideClaim.reduce((sum, part) => sum + part.amountFen, 0) ?? 0;
          const same =
            bill !== undefined &&
            bill.fundFen === claim.fundFen &&
            bill.accountFen === claim.accountFen &&
            bill.cashFen === claim.cashFen + outsideFen &&
            bill.fundFen + bill.accountFen + bill.cashFen === bill.totalFen;
          if (!same) {
            differ += 1;
            console.error(`sequence ${sequence}, claim ${i}:`, { claim, bill });
          }
        });
        expect(balanceFen(readState(), PERSON, 'personal')).toBe(
          whole.personalAccountBalanceAfterFen,
        );
      }

      console.log(`settlement vs estimate: ${claimsCompared} claims, ${differ} differ`);
      expect(claimsCompared).toBeGreaterThanOrEqual(1_000);
      expect(yearsCrossed).toBeGreaterThan(0);
      expect(differ).toBe(0);
    },
  );
});
