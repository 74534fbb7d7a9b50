import * as z from 'zod/mini';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { insuredRegionSchema, type InsuredRegion } from '@/api-contract/voucher';
import { DRAFT_STORAGE_PREFIX, registerStoreReset } from '@/lib/store-registry';

/*
 * What the person typed into the activation wizard and where they were, so going back keeps it
 * and leaving mid-way resumes there. sessionStorage under the draft prefix: it ends with the
 * tab, and sign-out clears it even on a page that never loaded this module. The ID number is
 * kept as typed only for this tab (the wizard needs it again at the last step); the password is
 * never written anywhere: it lives in memory while the wizard is open.
 */

export const ACTIVATION_DRAFT_KEY = `${DRAFT_STORAGE_PREFIX}voucher-activation`;
const VERSION = 1;

export const WIZARD_STEPS = ['consent', 'identity', 'region', 'face', 'password'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

interface ActivationDraft {
  step: WizardStep;
  consented: boolean;
  name: string;
  idNumber: string;
  /** The regions the backend reported at the identity step. */
  regions: InsuredRegion[];
  regionCode: string | null;
  faceCheckId: string | null;
  faceCheckValidUntilMs: number | null;
}

interface ActivationDraftState extends ActivationDraft {
  /** In memory only. */
  password: string;
  confirmation: string;
  update: (change: Partial<ActivationDraft & { password: string; confirmation: string }>) => void;
  reset: () => void;
}

const EMPTY: ActivationDraft & { password: string; confirmation: string } = {
  step: 'consent',
  consented: false,
  name: '',
  idNumber: '',
  regions: [],
  regionCode: null,
  faceCheckId: null,
  faceCheckValidUntilMs: null,
  password: '',
  confirmation: '',
};

const storedSchema = z.object({
  step: z.enum(WIZARD_STEPS),
  consented: z.boolean(),
  name: z.string().check(z.maxLength(40)),
  idNumber: z.string().check(z.maxLength(40)),
  regions: z.array(insuredRegionSchema),
  regionCode: z.nullable(z.string()),
  faceCheckId: z.nullable(z.string()),
  faceCheckValidUntilMs: z.nullable(z.number()),
});

export const useActivationDraft = create<ActivationDraftState>()(
  persist(
    (set) => ({
      ...EMPTY,
      update: (change) => set(change),
      reset: () => set(EMPTY),
    }),
    {
      name: ACTIVATION_DRAFT_KEY,
      version: VERSION,
      storage: createJSONStorage(() => sessionStorage),
      partialize: ({
        step,
        consented,
        name,
        idNumber,
        regions,
        regionCode,
        faceCheckId,
        faceCheckValidUntilMs,
      }) => ({
        step,
        consented,
        name,
        idNumber,
        regions,
        regionCode,
        faceCheckId,
        faceCheckValidUntilMs,
      }),
      // Anything that does not fit (an older shape, a hand edit) is dropped, never trusted.
      merge: (persisted, current) => {
        const parsed = storedSchema.safeParse(persisted);
        return parsed.success ? { ...current, ...parsed.data } : current;
      },
    },
  ),
);

registerStoreReset(() => {
  useActivationDraft.getState().reset();
  try {
    sessionStorage.removeItem(ACTIVATION_DRAFT_KEY);
  } catch {
    // No storage, nothing kept.
  }
});
