import { afterAll, describe, expect, it } from 'vitest';
import { reauthEndpoints } from '@/api-contract/reauth';
import { settlementEndpoints } from '@/api-contract/settlement';
import { voucherEndpoints } from '@/api-contract/voucher';
import {
  apiRequest,
  type CallArgs,
  type CallableEndpoint,
  type CallOptions,
} from '@/lib/api-client';
import { configureApiClient } from '@/lib/api-config';
import { installManualClock } from './clock';
import { readState, resetDb, store, transact } from './db';
import { balanceFen } from './family-ledger';
import { resetFaultRuntime } from './faults';
import { createFaultHarness, prng, sleep, type Intent } from './fault-harness';
import { DRUGS } from './reference/drugs';
import { DEMO_VOUCHER_PASSWORD, personas } from './seed';
import { createSession } from './sessions';
import { recordsOf } from './store/store';

/*
 * The randomized fault test of settlement (issue 19, docs/decisions/022). Each sequence starts
 * from the seed as 张建国 (Chongqing retiree, 3,860.50 元 in his account) and runs a random mix of
 * counter work (scan a code, bill a walk-in at a hospital of a random level, withdraw, refund the
 * same day) and payments from the phone (account + WeChat Pay, the demo's outcome drawn each time:
 * paid, cancelled, failed, answer lost) through the real API client and its retry logic, while
 * the fault layer fails requests before the work, loses or delays answers after it, and holds
 * requests past the client's timeout. Double taps send one intent twice at once; "two tabs" pay
 * one bill with two intents (two keys) at once.
 *
 * After each sequence, with faults off, unknown intents are retried with their key, then:
 * - every bill's fund + account + cash is its total, to the fen;
 * - a paid bill's legs add up to its total, a refunded one's to 0, a pending or withdrawn one
 *   has none: nothing charged twice, nothing charged for a cancelled or failed payment;
 * - the personal account is the start less the account shares of bills that stand paid, and
 *   personal + paid-to-institutions is the start: no fen lost;
 * - the account never went below zero (checked after every step).
 */

const SEQUENCES = Number(process.env.SETTLEMENT_FAULT_SEQUENCES ?? 1000);
const SEED = Number(process.env.SETTLEMENT_FAULT_SEED ?? 20261202);
const FAULT_RATE_PERCENT = 7;
const HOLD_RATE = 0.03;
const CLIENT_TIMEOUT_MS = 8;
const HOLD_MS = 15;
const CALM_TIMEOUT_MS = 5_000;
const MAX_TRIES = 4;
const DEC_2026 = Date.parse('2026-12-02T10:00:00+08:00');
const HOSPITALS = ['hs-cq-1', 'hs-cq-2', 'hs-cq-3'] as const;
const DRUG_LIST = [...DRUGS.values()];

const cq = personas.find((p) => p.id === 'cq-retiree');
if (!cq) throw new Error('the Chongqing persona is missing');
const PERSON = cq.personId;

let twoTabs = 0;
const paymentOutcomes = new Map<string, number>();

describe('settlement under faults', () => {
  afterAll(() => {
    resetFaultRuntime();
    configureApiClient({ getToken: () => null });
  });

  it(`keeps every fen through ${SEQUENCES} random sequences`, { timeout: 900_000 }, async () => {
    const pick = prng(SEED);
    const { held, stats, setFaults, faultsOn, intent, attempt, tapTwice } = createFaultHarness({
      seed: SEED,
      faultRatePercent: FAULT_RATE_PERCENT,
      holdRate: HOLD_RATE,
      holdMs: HOLD_MS,
      maxTries: MAX_TRIES,
    });

    /** A request whose key the harness chooses: one per intent, reused on every retry. */
    const post =
      <const E extends CallableEndpoint>(
        endpoint: E,
        options: Omit<CallOptions<E>, 'idempotencyKey' | 'timeoutMs'>,
      ) =>
      (key: string) =>
        apiRequest(
          endpoint,
          ...([
            {
              ...options,
              idempotencyKey: key,
              timeoutMs: faultsOn() ? CLIENT_TIMEOUT_MS : CALM_TIMEOUT_MS,
            },
          ] as unknown as CallArgs<E>),
        );

    let token = '';
    configureApiClient({ getToken: () => token });
    let fenLost = 0;
    let doubleCharges = 0;
    let negative = 0;
    const startFen = cq.profile.insurance.personalAccountBalanceFen;

    resetDb();
    const seed = recordsOf(readState());
    for (let sequence = 0; sequence < SEQUENCES; sequence += 1) {
      store.load(structuredClone(seed));
      installManualClock(DEC_2026);
      setFaults(false);
      token = transact((tx) => createSession(tx, PERSON)).token;
      const grant = await apiRequest(reauthEndpoints.reauth, {
        body: { method: 'voucher-password', password: DEMO_VOUCHER_PASSWORD },
        idempotencyKey: `grant-${sequence}`,
      });
      setFaults(true);

      const all: Intent<unknown>[] = [];
      /** Bills the client was told of, with the hospital that made them. */
      const bills = new Map<string, string>();

      const scanAndBill = async () => {
        const codeIntent = intent(
          { code: all.length },
          post(voucherEndpoints.issueVoucherCode, { body: {} }),
        );
        all.push(codeIntent as Intent<unknown>);
        const code = await attempt(codeIntent);
        if (code.kind !== 'success') return;
        const hospital = HOSPITALS[Math.floor(pick() * HOSPITALS.length)] ?? 'hs-cq-3';
        const body = { institutionId: hospital, ecToken: code.data.ecToken };
        const visitIntent = intent(body, post(settlementEndpoints.openCounterVisit, { body }));
        all.push(visitIntent as Intent<unknown>);
        const visit = await attempt(visitIntent);
        if (visit.kind !== 'success') return;
        const lines = 1 + Math.floor(pick() * 3);
        const items = Array.from({ length: lines }, (_, n) => {
          const drug = DRUG_LIST[(Math.floor(pick() * DRUG_LIST.length) + n) % DRUG_LIST.length];
          if (!drug) throw new Error('no drug');
          const above = pick() < 0.15;
          return {
            drugCode: drug.code,
            quantity: 1 + Math.floor(pick() * (pick() < 0.2 ? 400 : 20)),
            unitPriceFen: above
              ? drug.unitPriceFen + 1 + Math.floor(pick() * 500)
              : drug.unitPriceFen,
          };
        });
        // One line per drug: a repeated drug is two lines of one drug, allowed, but keep it plain.
        const unique = [...new Map(items.map((i) => [i.drugCode, i])).values()];
        const settle = { prescriptionId: null, items: unique };
        const billIntent = intent(
          settle,
          post(settlementEndpoints.createSettlement, {
            params: { visitId: visit.data.id },
            body: settle,
          }),
        );
        all.push(billIntent as Intent<unknown>);
        const billed = await attempt(billIntent);
        if (billed.kind === 'success') bills.set(billed.data.id, hospital);
      };

      const pending = () =>
        readState()
          .settlements.where('personId', PERSON)
          .find((s) => s.status === 'pending');

      const payIntent = (id: string, cashFen: number, tab: string) => {
        const body = { channel: 'wechat' as const, cashFen, reauthGrant: grant.grant };
        return intent(
          { pay: id, tab, cashFen },
          post(settlementEndpoints.paySettlement, { params: { settlementId: id }, body }),
        );
      };

      const steps = 4 + Math.floor(pick() * 6);
      for (let step = 0; step < steps; step += 1) {
        const roll = pick();
        const open = pending();
        if (roll < 0.35 || open === undefined) {
          await scanAndBill();
        } else if (roll < 0.75) {
          const outcomes = ['paid', 'paid', 'cancelled', 'failed', 'lost'] as const;
          const outcome = outcomes[Math.floor(pick() * outcomes.length)] ?? 'paid';
          paymentOutcomes.set(outcome, (paymentOutcomes.get(outcome) ?? 0) + 1);
          transact((tx) => tx.paymentSettings.put({ id: 'current', outcome }));
          const cashFen = open.split.cashFen;
          const tabRoll = pick();
          if (tabRoll < 0.15) {
            // Two tabs: the same bill paid with two intents at once.
            twoTabs += 1;
            const a = payIntent(open.id, cashFen, 'a');
            const b = payIntent(open.id, cashFen, 'b');
            all.push(a as Intent<unknown>, b as Intent<unknown>);
            await Promise.all([attempt(a), attempt(b)]);
          } else {
            const i = payIntent(open.id, cashFen, 'one');
            all.push(i as Intent<unknown>);
            if (tabRoll < 0.35) await tapTwice(i);
            else await attempt(i);
          }
        } else if (roll < 0.9) {
          const paid = readState()
            .settlements.where('personId', PERSON)
            .filter((s) => s.status === 'paid');
          const target = paid[Math.floor(pick() * paid.length)];
          if (target) {
            const body = { institutionId: target.institutionId };
            const i = intent(
              { refund: target.id },
              post(settlementEndpoints.refundSettlement, {
                params: { settlementId: target.id },
                body,
              }),
            );
            all.push(i as Intent<unknown>);
            if (pick() < 0.2) await tapTwice(i);
            else await attempt(i);
          }
        } else {
          const body = { institutionId: open.institutionId };
          const i = intent(
            { cancel: open.id },
            post(settlementEndpoints.cancelSettlement, { params: { settlementId: open.id }, body }),
          );
          all.push(i as Intent<unknown>);
          await attempt(i);
        }
        if (balanceFen(readState(), PERSON, 'personal') < 0) negative += 1;
      }

      setFaults(false);
      transact((tx) => tx.paymentSettings.put({ id: 'current', outcome: 'paid' }));
      while (held.size > 0) await sleep(2);
      for (const i of all) {
        if (i.outcomes.at(-1)?.kind === 'unknown') {
          const outcome = await attempt(i);
          expect(outcome.kind, `sequence ${sequence}: an intent stays unknown`).not.toBe('unknown');
        }
      }
      while (held.size > 0) await sleep(2);

      const state = readState();
      const personal = balanceFen(state, PERSON, 'personal');
      const medical = balanceFen(state, PERSON, 'medical');
      let standingAccountFen = 0;
      for (const s of state.settlements.where('personId', PERSON)) {
        const split = s.split;
        fenLost += Math.abs(split.fundFen + split.accountFen + split.cashFen - split.totalFen);
        const legs = state.settlementLegs.where('settlementId', s.id);
        const legSum = legs.reduce((sum, l) => sum + l.amountFen, 0);
        const payments = legs.filter((l) => l.amountFen > 0);
        const byPayer = new Map<string, number>();
        for (const l of payments) byPayer.set(l.payer, (byPayer.get(l.payer) ?? 0) + 1);
        for (const count of byPayer.values()) if (count > 1) doubleCharges += count - 1;
        const ledger = state.ledger
          .where('personId', PERSON)
          .filter((e) => e.settlementId === s.id && e.account === 'personal' && e.amountFen < 0);
        if (ledger.length > 1) doubleCharges += ledger.length - 1;
        if (s.status === 'paid') {
          fenLost += Math.abs(legSum - split.totalFen);
          standingAccountFen += split.accountFen;
        } else if (s.status === 'refunded') {
          fenLost += Math.abs(legSum);
        } else {
          // Pending or withdrawn: a cancelled or failed payment charged nothing.
          fenLost += legs.length === 0 ? 0 : Math.abs(legSum) + 1;
        }
      }
      fenLost += Math.abs(personal - (startFen - standingAccountFen));
      fenLost += Math.abs(personal + medical - startFen);
      // Every bill the client was told of is the backend's.
      for (const id of bills.keys()) expect(state.settlements.has(id)).toBe(true);
      expect({ sequence, fenLost, doubleCharges, negative }).toEqual({
        sequence,
        fenLost: 0,
        doubleCharges: 0,
        negative: 0,
      });
    }

    console.log(
      `settlement faults: ${SEQUENCES} sequences, ${stats.faultsInjected + stats.holdsInjected} faults injected, ${fenLost} fen lost, ${doubleCharges} double charges`,
    );
    expect(stats.faultsInjected + stats.holdsInjected).toBeGreaterThan(SEQUENCES);
    expect(stats.doubleTaps).toBeGreaterThan(0);
    expect(twoTabs).toBeGreaterThan(0);
    for (const outcome of ['paid', 'cancelled', 'failed', 'lost']) {
      expect(paymentOutcomes.get(outcome) ?? 0).toBeGreaterThan(0);
    }
  });
});
