import type { PrescriptionStatus } from '@/api-contract/prescriptions';
import type { PrescriptionRecord } from './store/records';

const DAY_MS = 86_400_000;

/**
 * When a prescription lapses (72 h; a long one up to 12 weeks): a domain rule that the
 * prescription handlers and settlement both read, so it lives beside neither.
 */
export function expiresAtMs(rx: Pick<PrescriptionRecord, 'issuedAtMs' | 'validDays'>): number {
  return rx.issuedAtMs + rx.validDays * DAY_MS;
}

/** Stored status, with `expired` worked out from the clock: nothing has to flip it. */
export function statusAt(
  rx: Pick<PrescriptionRecord, 'status' | 'issuedAtMs' | 'validDays'>,
  atMs: number,
): PrescriptionStatus {
  if (rx.status === 'to-collect' && atMs >= expiresAtMs(rx)) return 'expired';
  return rx.status;
}
