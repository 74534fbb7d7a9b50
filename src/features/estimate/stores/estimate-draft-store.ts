import { create } from 'zustand';
import type { ClaimKind, Enrolment, InstitutionLevel, MemberStatus } from '@/rules';
import { registerStoreReset } from '@/lib/store-registry';

/*
 * What the person has typed into the estimator, kept as typed (text, not fen) so a half-typed
 * amount survives navigation. In memory only: health spending is personal data, so it never
 * reaches web storage, and sign-out clears it through the store registry.
 */

export interface MemberDraft {
  policyId: string;
  status: MemberStatus;
  enrolment: Enrolment;
  /** Personal account balance, in 元 as typed; '' counts as 0. */
  balanceText: string;
  /** Whole years; the year projection needs it for Chongqing retirees. */
  ageText: string;
  /** Monthly contribution base in 元; the year projection needs it for Chongqing employees. */
  baseText: string;
}

export interface ClaimDraft {
  id: string;
  /** YYYY-MM-DD from the date input; '' while cleared. */
  date: string;
  kind: ClaimKind;
  level: InstitutionLevel;
  amountText: string;
  /** '' means nothing was paid by other schemes. */
  otherText: string;
  deductibleMetAtPrescriber: boolean;
  /** Errors show once the person has typed in or left a field, not on a row just added. */
  touched: boolean;
}

export interface ProjectionDraft {
  visitsText: string;
  costText: string;
  kind: ClaimKind;
  level: InstitutionLevel;
}

export type NewClaim = Omit<ClaimDraft, 'id'>;

interface EstimateDraftState {
  /** null until the person changes something: the screen shows the profile's defaults. */
  member: MemberDraft | null;
  claims: ClaimDraft[];
  projection: ProjectionDraft | null;
  /** The last removed claim and where it stood, so a removal can be undone. */
  removed: { claim: ClaimDraft; index: number } | null;
  nextId: number;
  setMember: (member: MemberDraft) => void;
  addClaim: (claim: NewClaim) => string;
  updateClaim: (id: string, patch: Partial<NewClaim>) => void;
  removeClaim: (id: string) => void;
  undoRemove: () => void;
  setProjection: (projection: ProjectionDraft) => void;
  reset: () => void;
}

const INITIAL = {
  member: null,
  claims: [],
  projection: null,
  removed: null,
  nextId: 1,
} satisfies Partial<EstimateDraftState>;

export const useEstimateDraft = create<EstimateDraftState>((set, get) => ({
  ...INITIAL,
  setMember: (member) => set({ member }),
  addClaim: (claim) => {
    const id = `claim-${get().nextId}`;
    set((s) => ({ claims: [...s.claims, { ...claim, id }], nextId: s.nextId + 1, removed: null }));
    return id;
  },
  updateClaim: (id, patch) =>
    set((s) => ({ claims: s.claims.map((c) => (c.id === id ? { ...c, ...patch } : c)) })),
  removeClaim: (id) =>
    set((s) => {
      const index = s.claims.findIndex((c) => c.id === id);
      const claim = s.claims[index];
      if (claim === undefined) return s;
      return {
        claims: s.claims.filter((c) => c.id !== id),
        removed: { claim, index },
      };
    }),
  undoRemove: () =>
    set((s) => {
      if (s.removed === null) return s;
      const claims = [...s.claims];
      claims.splice(Math.min(s.removed.index, claims.length), 0, s.removed.claim);
      return { claims, removed: null };
    }),
  setProjection: (projection) => set({ projection }),
  reset: () => set(INITIAL),
}));

registerStoreReset(() => useEstimateDraft.getState().reset());
