import * as z from 'zod/mini';
import {
  dispensingSchema,
  prescriptionListSchema,
  prescriptionSummarySchema,
  type Dispensing,
  type PrescriptionDetail,
  type PrescriptionList,
  type PrescriptionSummary,
} from '@/api-contract/prescriptions';
import { apiConfig } from '@/lib/api-config';
import { isApiError } from '@/lib/api-error';
import { OFFLINE_COPY_STORAGE_PREFIX } from '@/lib/store-registry';

/*
 * What a person needs at the pharmacy counter with no signal (docs/decisions/021): the last
 * prescription list they saw, and for each prescription sent for pick-up its code and pharmacy.
 * Nothing else of the detail (no diagnosis, doctor or drugs, no delivery address) is kept.
 *
 * sessionStorage, like the session token itself: the copy lives exactly as long as the session
 * can (this tab), and every sign-out (by hand, idle, expired) removes it by prefix.
 */

const LIST_KEY = `${OFFLINE_COPY_STORAGE_PREFIX}prescriptions`;
const PICKUPS_KEY = `${OFFLINE_COPY_STORAGE_PREFIX}pickup-codes`;

const listCopySchema = z.object({ savedAtMs: z.number(), list: prescriptionListSchema });
export type ListCopy = z.infer<typeof listCopySchema>;

const pickupCopySchema = z.object({
  savedAtMs: z.number(),
  asOfMs: z.number(),
  summary: prescriptionSummarySchema,
  dispensing: dispensingSchema,
});
export type PickupCopy = z.infer<typeof pickupCopySchema>;

const pickupCopiesSchema = z.record(z.string(), pickupCopySchema);

function read<T>(key: string, schema: z.ZodMiniType<T>): T | null {
  try {
    const raw = sessionStorage.getItem(key);
    if (raw === null) return null;
    const parsed = schema.safeParse(JSON.parse(raw));
    // A copy this version cannot read is no copy: the screen says it is offline instead.
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the screen works as before, without its offline copy.
  }
}

/** The session a request started in: an answer that arrives after sign-out is not kept. */
export function sessionAtRequest(): string | null {
  return apiConfig.hooks.getToken();
}

function stillSameSession(token: string | null): boolean {
  return token !== null && apiConfig.hooks.getToken() === token;
}

function readPickups(): Record<string, PickupCopy> {
  return read(PICKUPS_KEY, pickupCopiesSchema) ?? {};
}

function summaryOf(detail: PrescriptionDetail): PrescriptionSummary {
  return {
    id: detail.id,
    status: detail.status,
    hospitalName: detail.hospitalName,
    institutionLevel: detail.institutionLevel,
    department: detail.department,
    issuedAtMs: detail.issuedAtMs,
    validDays: detail.validDays,
    expiresAtMs: detail.expiresAtMs,
    kind: detail.kind,
    longTermWeeks: detail.longTermWeeks,
    itemCount: detail.itemCount,
    totalFen: detail.totalFen,
    revokedReason: detail.revokedReason,
    drugNames: [],
  };
}

function pickupOf(dispensing: Dispensing | null): Dispensing | null {
  if (dispensing === null || dispensing.method !== 'pickup') return null;
  // A pick-up has no address; set it to null all the same, so none could ever be stored.
  return { ...dispensing, address: null };
}

export function saveListCopy(list: PrescriptionList, token: string | null, nowMs: number): void {
  if (!stillSameSession(token)) return;
  // Drug names say what a person is treated for; the counter needs the code, not them.
  const kept = { ...list, items: list.items.map((rx) => ({ ...rx, drugNames: [] })) };
  write(LIST_KEY, { savedAtMs: nowMs, list: kept } satisfies ListCopy);
  // A code whose prescription is no longer waiting at the pharmacy is no longer needed.
  const waiting = new Set(list.items.filter((rx) => rx.status === 'sent').map((rx) => rx.id));
  const pickups = readPickups();
  const codes = Object.fromEntries(Object.entries(pickups).filter(([id]) => waiting.has(id)));
  if (Object.keys(codes).length !== Object.keys(pickups).length) write(PICKUPS_KEY, codes);
}

export function savePickupCopy(
  detail: PrescriptionDetail,
  token: string | null,
  nowMs: number,
): void {
  if (!stillSameSession(token)) return;
  // The list copy follows what is known of each prescription since, so that at the counter it
  // cannot call a prescription waiting for pick-up when its code is on the next screen.
  const listCopy = readListCopy();
  if (listCopy?.list.items.some((item) => item.id === detail.id)) {
    const items = listCopy.list.items.map((item) =>
      item.id === detail.id ? summaryOf(detail) : item,
    );
    write(LIST_KEY, { ...listCopy, list: { ...listCopy.list, items } } satisfies ListCopy);
  }
  const pickups = readPickups();
  const dispensing = detail.status === 'sent' ? pickupOf(detail.dispensing) : null;
  if (dispensing === null) {
    if (!(detail.id in pickups)) return;
    write(
      PICKUPS_KEY,
      Object.fromEntries(Object.entries(pickups).filter(([id]) => id !== detail.id)),
    );
    return;
  }
  pickups[detail.id] = {
    savedAtMs: nowMs,
    asOfMs: detail.asOfMs,
    summary: summaryOf(detail),
    dispensing,
  };
  write(PICKUPS_KEY, pickups);
}

export function readListCopy(): ListCopy | null {
  return read(LIST_KEY, listCopySchema);
}

export function readPickupCopy(id: string): PickupCopy | null {
  return readPickups()[id] ?? null;
}

/**
 * Whether a failure is one the last copy can stand in for: the network or the server is away.
 * Not an ended session (everything of the person goes) nor a request the server refused.
 */
export function copyCoversFailure(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.kind === 'session-expired') return false;
  if (error.kind === 'http') return error.status !== undefined && error.status >= 500;
  return true;
}
