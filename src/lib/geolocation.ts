import { create } from 'zustand';
import { DRAFT_STORAGE_PREFIX, registerStoreReset } from './store-registry';

/**
 * Where pharmacy lists measure from: the device's position (asked for once, with the person's
 * consent) or the centre of a district they chose. The device's position is personal data and
 * is never stored; a district picked by hand is kept for the tab's session (sessionStorage, not
 * localStorage), so a reload does not ask again, and is cleared at sign-out.
 */
export type Origin =
  { kind: 'device'; lat: number; lng: number } | { kind: 'area'; district: string; label: string };

export type LocationProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

interface LocationState {
  origin: Origin | null;
  problem: LocationProblem | null;
  asking: boolean;
  setOrigin: (origin: Origin | null) => void;
  request: () => Promise<void>;
}

const TIMEOUT_MS = 10_000;

/** The Geolocation API as a promise, with its failures named. */
export function currentPosition(): Promise<{ lat: number; lng: number }> {
  return new Promise((resolve, reject: (problem: LocationProblem) => void) => {
    if (typeof navigator === 'undefined' || !('geolocation' in navigator)) {
      reject('unsupported');
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ lat: position.coords.latitude, lng: position.coords.longitude }),
      (error) => {
        reject(
          error.code === error.PERMISSION_DENIED
            ? 'denied'
            : error.code === error.TIMEOUT
              ? 'timeout'
              : 'unavailable',
        );
      },
      // A pharmacy list needs a street, not a doorway: a recent fix will do.
      { enableHighAccuracy: false, timeout: TIMEOUT_MS, maximumAge: 60_000 },
    );
  });
}

// Under the draft prefix so a sign-out clears it even on a page where this module never loaded.
const AREA_KEY = `${DRAFT_STORAGE_PREFIX}pharmacies.area`;

function storedArea(): Origin | null {
  try {
    const raw = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(AREA_KEY);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'district' in parsed &&
      'label' in parsed &&
      typeof parsed.district === 'string' &&
      typeof parsed.label === 'string'
    )
      return { kind: 'area', district: parsed.district, label: parsed.label };
  } catch {
    // Storage blocked or a stale value: ask again.
  }
  return null;
}

function storeArea(origin: Origin | null): void {
  try {
    if (origin?.kind === 'area')
      sessionStorage.setItem(
        AREA_KEY,
        JSON.stringify({ district: origin.district, label: origin.label }),
      );
    else sessionStorage.removeItem(AREA_KEY);
  } catch {
    // Storage blocked: the choice lasts until the reload.
  }
}

export const useOrigin = create<LocationState>()((set) => ({
  origin: storedArea(),
  problem: null,
  asking: false,
  setOrigin: (origin) => {
    storeArea(origin);
    set({ origin, problem: null });
  },
  request: async () => {
    set({ asking: true, problem: null });
    try {
      const { lat, lng } = await currentPosition();
      storeArea(null);
      set({ origin: { kind: 'device', lat, lng }, asking: false });
    } catch (problem) {
      set({ problem: problem as LocationProblem, asking: false });
    }
  },
}));

registerStoreReset(() => {
  storeArea(null);
  useOrigin.setState({ origin: null, problem: null, asking: false });
});

/** The API's origin parameters for an origin. */
export function originQuery(origin: Origin): { lat: number; lng: number } | { district: string } {
  return origin.kind === 'device'
    ? { lat: origin.lat, lng: origin.lng }
    : { district: origin.district };
}
