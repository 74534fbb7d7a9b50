import { create } from 'zustand';

/** Filled by the service-worker registration in main.tsx; read by the update prompt. */
interface PwaState {
  needRefresh: boolean;
  update: (() => Promise<void>) | null;
  setNeedRefresh: (update: () => Promise<void>) => void;
  dismiss: () => void;
}

export const usePwa = create<PwaState>((set) => ({
  needRefresh: false,
  update: null,
  setNeedRefresh: (update) => set({ needRefresh: true, update }),
  dismiss: () => set({ needRefresh: false }),
}));
