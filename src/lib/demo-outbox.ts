import { create } from 'zustand';
import { registerStoreReset } from './store-registry';

/**
 * The demo backend "sends" SMS codes by returning them; the sign-in flow drops them here and
 * the demo banner shows them. In production the field never arrives, so this stays empty.
 */
interface DemoOutbox {
  smsCode: string | null;
  setSmsCode: (code: string | null) => void;
}

export const useDemoOutbox = create<DemoOutbox>((set) => ({
  smsCode: null,
  setSmsCode: (smsCode) => set({ smsCode }),
}));

registerStoreReset(() => useDemoOutbox.getState().setSmsCode(null));
