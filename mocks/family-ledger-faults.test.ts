import { afterAll, describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import type {
  familyBindingSchema,
  premiumReceiptSchema,
  transferResponseSchema,
  unbindRelativeResponseSchema,
} from '@/api-contract/family';
import { reauthEndpoints } from '@/api-contract/reauth';
import { familyEndpoints } from '@/api-contract/family';
import { apiRequest } from '@/lib/api-client';
import { configureApiClient } from '@/lib/api-config';
import { installManualClock } from './clock';
import { readState, resetDb, store, transact } from './db';
import { balanceFen, openAccountOf, createAccount } from './family-ledger';
import { resetFaultRuntime } from './faults';
import { createFaultHarness, prng, sleep, type Intent } from './fault-harness';
import { DEMO_VOUCHER_PASSWORD, personas } from './seed';
import { recordsOf } from './store/store';
import { createSession } from './sessions';

/*
 * The randomized fault test of the family ledger (issue 12, docs/decisions/012). Each sequence
 * starts from the seed, opens the Fuzhou employee's account, binds her household, then runs a
 * random mix of transfers, premium payments, unbinds (with refunds) and re-binds through the
 * real API client and its retry logic (one key per intent, reused while the outcome is
 * unknown), while the backend's fault layer fails requests before the work, loses or delays
 * answers after it, and holds requests past the client's timeout before their transaction.
 * Double taps send one intent twice at once; duplicates repeat a finished intent's key, or
 * start a new intent for a relative-year already paid.
 *
 * After each sequence, with faults off and every held request finished, intents still unknown
 * are retried once more with their key (as a person tapping "retry" later), and then:
 * - personal + family + premiums paid = the starting total, to the fen, and each equals what the
 *   client's successes add up to;
 * - no relative-year has two standing premiums;
 * - every success the client saw is in the ledger (its movement, with its key);
 * - nothing is in the ledger that the client was told failed (every movement's key is a success).
 */

const SEQUENCES = Number(process.env.FAMILY_FAULT_SEQUENCES ?? 1000);
const SEED = Number(process.env.FAMILY_FAULT_SEED ?? 20261122);
/** Each of "fail before", "answer lost" and "answer late" fires on this share of requests. */
const FAULT_RATE_PERCENT = 7;
/** Requests held before their transaction, past the client's timeout. */
const HOLD_RATE = 0.03;
const CLIENT_TIMEOUT_MS = 8;
const HOLD_MS = 15;
/** Without faults the client waits as long as it likes: the settling retries must get through. */
const CALM_TIMEOUT_MS = 5_000;
const MAX_TRIES = 4;
const NOV_2026 = Date.parse('2026-11-22T10:00:00+08:00');

const fz = personas.find((p) => p.id === 'fz-employee');
if (!fz) throw new Error('the Fuzhou persona is missing');
const PERSON = fz.personId;
const HOUSEHOLD = fz.profile.family;

let duplicates = 0;

describe('family ledger under faults', () => {
  afterAll(() => {
    resetFaultRuntime();
    configureApiClient({ getToken: () => null });
  });

  it(`keeps every fen through ${SEQUENCES} random sequences`, { timeout: 600_000 }, async () => {
    const pick = prng(SEED);
    const { held, stats, setFaults, faultsOn, intent, attempt, tapTwice } = createFaultHarness({
      seed: SEED,
      faultRatePercent: FAULT_RATE_PERCENT,
      holdRate: HOLD_RATE,
      holdMs: HOLD_MS,
      maxTries: MAX_TRIES,
    });

    const timeoutMs = () => (faultsOn() ? CLIENT_TIMEOUT_MS : CALM_TIMEOUT_MS);

    let token = '';
    configureApiClient({ getToken: () => token });
    let fenLost = 0;
    let doublePayments = 0;
    const startTotal = fz.profile.insurance.personalAccountBalanceFen;

    // The seed once (its password hashes are slow on purpose), then a copy per sequence.
    resetDb();
    const seed = recordsOf(readState());
    for (let sequence = 0; sequence < SEQUENCES; sequence += 1) {
      store.load(structuredClone(seed));
      installManualClock(NOV_2026);
      setFaults(false);
      token = transact((tx) => createSession(tx, PERSON)).token;
      transact((tx) => {
        const opened = createAccount(tx, PERSON);
        if (!opened.ok) throw new Error('could not open the account');
      });
      const grant = await apiRequest(reauthEndpoints.reauth, {
        body: { method: 'voucher-password', password: DEMO_VOUCHER_PASSWORD },
        idempotencyKey: `grant-${sequence}`,
      });

      // Bound relatives by household id → binding id (changes when re-bound).
      const bound = new Map<string, string>();
      const bindIntents: Intent<z.infer<typeof familyBindingSchema>>[] = [];
      const bind = async (memberIndex: number) => {
        const member = HOUSEHOLD[memberIndex];
        if (!member) return;
        const body = { relation: member.relation, name: member.name, idNumber: member.idNumber };
        const i = intent(body, (key: string) =>
          apiRequest(familyEndpoints.bindRelative, {
            body,
            idempotencyKey: key,
            timeoutMs: timeoutMs(),
          }),
        );
        bindIntents.push(i);
        const outcome = await attempt(i);
        if (outcome.kind === 'success') bound.set(member.id, outcome.data.id);
      };
      for (let m = 0; m < HOUSEHOLD.length; m += 1) await bind(m);

      setFaults(true);
      const transfers: Intent<z.infer<typeof transferResponseSchema>>[] = [];
      const payments: Intent<z.infer<typeof premiumReceiptSchema>>[] = [];
      const unbinds: Intent<z.infer<typeof unbindRelativeResponseSchema>>[] = [];

      const steps = 5 + Math.floor(pick() * 6);
      for (let step = 0; step < steps; step += 1) {
        const roll = pick();
        const memberIndex = Math.floor(pick() * HOUSEHOLD.length);
        const member = HOUSEHOLD[memberIndex];
        const bindingId = member ? bound.get(member.id) : undefined;
        const doubleTap = pick() < 0.2;
        if (roll < 0.35) {
          // Sometimes more than the personal balance: a definite refusal.
          const amountFen = 1 + Math.floor(pick() * (pick() < 0.1 ? 900_000 : 150_000));
          const body = { amountFen, reauthGrant: grant.grant };
          const i = intent({ amountFen }, (key: string) =>
            apiRequest(familyEndpoints.transferToFamily, {
              body,
              idempotencyKey: key,
              timeoutMs: timeoutMs(),
            }),
          );
          transfers.push(i);
          if (doubleTap) await tapTwice(i);
          else await attempt(i);
        } else if (roll < 0.75 && bindingId) {
          // 2026's window is closed in November 2026: a definite refusal, nothing moves.
          const year = pick() < 0.85 ? 2027 : 2026;
          const body = { relativeId: bindingId, year, amountFen: 40_000, reauthGrant: grant.grant };
          const i = intent({ relativeId: bindingId, year }, (key: string) =>
            apiRequest(familyEndpoints.payPremium, {
              body,
              idempotencyKey: key,
              timeoutMs: timeoutMs(),
            }),
          );
          payments.push(i);
          if (doubleTap) await tapTwice(i);
          else await attempt(i);
        } else if (roll < 0.87 && bindingId && member) {
          const i = intent({ unbind: bindingId }, (key: string) =>
            apiRequest(familyEndpoints.unbindRelative, {
              params: { id: bindingId },
              idempotencyKey: key,
              timeoutMs: timeoutMs(),
            }),
          );
          unbinds.push(i);
          const outcome = await attempt(i);
          if (outcome.kind === 'success') bound.delete(member.id);
        } else if (!bindingId) {
          await bind(memberIndex);
        } else {
          // A duplicate: a finished intent's request sent again with its key.
          const done = [...transfers, ...payments].filter((x) =>
            x.outcomes.some((o) => o.kind === 'success'),
          );
          const again = done[Math.floor(pick() * done.length)];
          const first = again?.outcomes.find((o) => o.kind === 'success');
          if (again && first) {
            duplicates += 1;
            const replay = await again.send(first.key).catch(() => undefined);
            if (replay !== undefined) expect(replay).toEqual(first.data);
          }
        }
      }

      // Faults off; wait for held requests, then retry every unknown intent with its key.
      setFaults(false);
      while (held.size > 0) await sleep(2);
      const all = [...bindIntents, ...transfers, ...payments, ...unbinds] as Intent<unknown>[];
      for (const i of all) {
        if (i.outcomes.at(-1)?.kind === 'unknown') {
          const outcome = await attempt(i);
          expect(outcome.kind, `sequence ${sequence}: an intent stays unknown`).not.toBe('unknown');
        }
      }
      while (held.size > 0) await sleep(2);

      const state = readState();
      const personal = balanceFen(state, PERSON, 'personal');
      const family = balanceFen(state, PERSON, 'family');
      const premiums = balanceFen(state, PERSON, 'premium');

      // What the client was told, intent by intent (a double tap's two answers are one intent).
      const succeeded = <T>(list: Intent<T>[]) =>
        list.flatMap((i) => {
          const wins = i.outcomes.filter((o) => o.kind === 'success');
          const first = wins[0];
          return first ? [first] : [];
        });
      const transferred = succeeded(transfers).reduce((s, o) => s + o.data.movement.amountFen, 0);
      const paid = succeeded(payments).reduce((s, o) => s + o.data.amountFen, 0);
      const refunded = succeeded(unbinds).reduce((s, o) => s + o.data.refundedFen, 0);

      fenLost +=
        Math.abs(personal + family + premiums - startTotal) +
        Math.abs(personal - (startTotal - transferred)) +
        Math.abs(premiums - (paid - refunded)) +
        Math.abs(family - (transferred - paid + refunded));

      const standing = new Map<string, number>();
      for (const premium of state.familyPremiums.all()) {
        if (premium.refundedAtMs !== null) continue;
        standing.set(premium.relativeYear, (standing.get(premium.relativeYear) ?? 0) + 1);
      }
      for (const count of standing.values()) if (count > 1) doublePayments += count - 1;

      // Every success is in the ledger, with the key of its intent.
      const movements = state.familyMovements.all();
      const ledgerMovementIds = new Set(state.ledger.all().map((e) => e.movementId));
      for (const i of [...transfers, ...payments]) {
        for (const o of i.outcomes) {
          if (o.kind !== 'success') continue;
          const id =
            'movement' in (o.data as object)
              ? (o.data as z.infer<typeof transferResponseSchema>).movement.id
              : state.familyPremiums.get((o.data as z.infer<typeof premiumReceiptSchema>).id)
                  ?.movementId;
          expect(
            id && ledgerMovementIds.has(id),
            `sequence ${sequence}: a success is missing`,
          ).toBe(true);
          expect(movements.find((m) => m.id === id)?.requestKey).toBe(o.key);
        }
      }
      // Nothing in the ledger that the client was told failed: every movement answers a success.
      const successKeys = new Set(
        all.flatMap((i) => i.outcomes.filter((o) => o.kind === 'success').map((o) => o.key)),
      );
      const failedKeys = new Set(
        all.flatMap((i) => i.outcomes.filter((o) => o.kind === 'failed').map((o) => o.key)),
      );
      for (const movement of movements) {
        expect(movement.requestKey !== null && successKeys.has(movement.requestKey)).toBe(true);
        expect(failedKeys.has(movement.requestKey ?? '')).toBe(false);
      }
      expect(openAccountOf(state, PERSON)).toBeDefined();
      expect({ sequence, fenLost, doublePayments }).toEqual({
        sequence,
        fenLost: 0,
        doublePayments: 0,
      });
    }

    console.log(
      `ledger faults: ${SEQUENCES} sequences, ${stats.faultsInjected + stats.holdsInjected} faults injected, ${fenLost} fen lost, ${doublePayments} double payments`,
    );
    expect(stats.faultsInjected + stats.holdsInjected).toBeGreaterThan(SEQUENCES);
    expect(stats.doubleTaps).toBeGreaterThan(0);
    expect(duplicates).toBeGreaterThan(0);
  });
});
