import { create } from 'zustand';
import { registerStoreReset } from './store-registry';

/**
 * The demo backend "sends" SMS codes by returning them; the sign-in flow drops them here and
 * the demo banner shows them. In production the field never arrives, so this stays empty.
 */
/**
 * What the demo backend had to do with its saved state on start (kept in step with
 * `storageNoticeSchema` in api-contract/demo.ts; lib does not import the contract's zod here).
 */
export type DemoStorageNotice = 'migrated' | 'reset-incompatible' | 'memory-only';

/**
 * Where the demo backend runs, when the banner should say so: in this tab only (no worker,
 * or a worker with no storage to share), or started again after it went away.
 */
export type DemoBackendNotice = 'this-tab-only' | 'backend-restarted';

interface DemoOutbox {
  smsCode: string | null;
  setSmsCode: (code: string | null) => void;
  /** Shown in the demo banner until dismissed; set by the demo backend when it starts. */
  storageNotice: DemoStorageNotice | null;
  setStorageNotice: (notice: DemoStorageNotice | null) => void;
  backendNotice: DemoBackendNotice | null;
  setBackendNotice: (notice: DemoBackendNotice | null) => void;
}

// Pure, and its reset registered only in demo builds: the production bundle, where nothing but
// dead demo branches names it, then drops the module entirely.
export const useDemoOutbox = /* @__PURE__ */ create<DemoOutbox>((set) => ({
  smsCode: null,
  setSmsCode: (smsCode) => set({ smsCode }),
  storageNotice: null,
  setStorageNotice: (storageNotice) => set({ storageNotice }),
  backendNotice: null,
  setBackendNotice: (backendNotice) => set({ backendNotice }),
}));

// A storage notice is about the device, not the person, so it survives a sign-out.
if (__DEMO__) registerStoreReset(() => useDemoOutbox.getState().setSmsCode(null));
