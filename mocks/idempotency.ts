import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_KEY_TTL_HOURS,
  idempotencyKeySchema,
} from '@/api-contract/common';
import { canonicalJson } from '@/lib/canonical-json';
import { fail, type Answer, type Reply } from './http-utils';
import type { IdempotencyRecord } from './store/records';
import type { Tx } from './store/store';

/**
 * Idempotency keys, as payment APIs (Stripe, Adyen) honour them: the first request with a key
 * runs, and its answer is stored with a fingerprint of the request in the same transaction as
 * the change it made; a repeat with the same key and the same request gets that answer again
 * and changes nothing, a repeat with another request is refused (422). A retry after a lost
 * answer therefore can never do the work twice. Keys are kept per person (per caller for the
 * sign-in endpoints, which have no person yet) for 24 hours of the demo clock.
 */
export const IDEMPOTENCY_TTL_MS = IDEMPOTENCY_KEY_TTL_HOURS * 60 * 60 * 1000;
/** Bounds the persisted demo state; far more than a demo makes in a day. */
export const MAX_IDEMPOTENCY_RECORDS = 2_000;

/** The request's key, or the 400 to answer. */
export function readIdempotencyKey(request: Request): { key: string } | { reply: Answer } {
  const raw = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (raw === null || raw === '') {
    return {
      reply: fail('IDEMPOTENCY_KEY_MISSING', {
        message: `Every mutation needs an ${IDEMPOTENCY_KEY_HEADER} header`,
      }),
    };
  }
  if (!idempotencyKeySchema.safeParse(raw).success) {
    return {
      reply: fail('IDEMPOTENCY_KEY_INVALID', {
        message: `${IDEMPOTENCY_KEY_HEADER} must be 1–255 printable ASCII characters`,
      }),
    };
  }
  return { key: raw };
}

/**
 * cyrb53 (a public-domain 53-bit string hash): enough to tell two request bodies apart in a demo,
 * synchronous (SubtleCrypto is async and missing on plain-HTTP LAN demos). A real backend
 * would keep a SHA-256.
 */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return `${method} ${path} ${cyrb53(canonicalJson(body ?? null))}`;
}

export function idempotencyScope(personId: string | null): string {
  return personId === null ? 'anonymous' : `person:${personId}`;
}

/** What an earlier request with this key decided: replay its answer, refuse, or nothing yet. */
export function lookupIdempotency(
  tx: Tx,
  scope: string,
  key: string,
  fingerprint: string,
  nowMs: number,
): { replay: Reply } | { reply: Answer } | undefined {
  const record = tx.idempotency.get(`${scope} ${key}`);
  if (record === undefined || nowMs - record.createdAtMs >= IDEMPOTENCY_TTL_MS) return undefined;
  if (record.fingerprint !== fingerprint) {
    return {
      reply: fail('IDEMPOTENCY_KEY_REUSED', {
        message: `This ${IDEMPOTENCY_KEY_HEADER} was used for a different request`,
      }),
    };
  }
  return {
    replay: {
      status: record.status,
      body: record.body === null ? undefined : (JSON.parse(record.body) as unknown),
      headers: { ...record.headers },
    },
  };
}

/** Stores the answer beside the change, in the same transaction, and forgets expired keys. */
export function rememberIdempotency(
  tx: Tx,
  scope: string,
  key: string,
  fingerprint: string,
  reply: Reply,
  nowMs: number,
): void {
  const live: IdempotencyRecord[] = [];
  for (const record of tx.idempotency.all()) {
    if (nowMs - record.createdAtMs >= IDEMPOTENCY_TTL_MS) tx.idempotency.delete(record.id);
    else live.push(record as IdempotencyRecord);
  }
  const overflow = live.length + 1 - MAX_IDEMPOTENCY_RECORDS;
  if (overflow > 0) {
    live.sort((a, b) => a.createdAtMs - b.createdAtMs);
    for (const old of live.slice(0, overflow)) tx.idempotency.delete(old.id);
  }
  tx.idempotency.put({
    id: `${scope} ${key}`,
    scope,
    key,
    fingerprint,
    status: reply.status,
    body: reply.body === undefined ? null : JSON.stringify(reply.body),
    headers: { ...reply.headers },
    createdAtMs: nowMs,
  });
}
