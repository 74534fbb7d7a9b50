import * as z from 'zod/mini';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  CLAIM_KINDS,
  ENROLMENTS,
  MEMBER_STATUSES,
  type ClaimKind,
  type Enrolment,
  type InstitutionLevel,
  type MemberStatus,
} from '@/rules';
import { DRAFT_STORAGE_PREFIX, registerStoreReset } from '@/lib/store-registry';

/*
 * What the person has typed into the estimator, kept as typed (text, not fen) so a half-typed
 * amount survives navigation, and kept for this tab in sessionStorage so it survives a reload
 * (also offline). sessionStorage, not localStorage: it ends with the tab, like the session, so
 * an estimate typed on a shared phone does not wait there for the next person. What is stored
 * is amounts, dates and the insurance facts the rules need (policy, status, enrolment, age,
 * balance, contribution base); never a name, ID number or phone. Sign-out clears memory and
 * storage through the store registry. Stored data is versioned and checked on read: anything
 * that does not fit (an older shape, a hand edit) is dropped, never trusted.
 */

// Under the registry's draft prefix, so sign-out clears it even on a page that never loaded
// this module.
export const ESTIMATE_DRAFT_KEY = `${DRAFT_STORAGE_PREFIX}estimate`;
const VERSION = 1;

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

/**
 * The signed-in person's insurance facts the estimate starts from, kept so an offline reload
 * still knows them. Only what the rules need: age instead of the birth date, nothing that names
 * the person.
 */
export interface KnownPerson {
  policyId: string | null;
  status: MemberStatus;
  enrolment: Enrolment;
  personalAccountBalanceFen: number;
  contributionBaseFen: number | null;
  age: number | null;
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
  known: KnownPerson | null;
  setMember: (member: MemberDraft) => void;
  addClaim: (claim: NewClaim) => string;
  updateClaim: (id: string, patch: Partial<NewClaim>) => void;
  removeClaim: (id: string) => void;
  undoRemove: () => void;
  setProjection: (projection: ProjectionDraft) => void;
  setKnown: (known: KnownPerson) => void;
  reset: () => void;
}

const INITIAL = {
  member: null,
  claims: [],
  projection: null,
  removed: null,
  nextId: 1,
  known: null,
} satisfies Partial<EstimateDraftState>;

const text = z.string().check(z.maxLength(40));
const kind = z.enum(CLAIM_KINDS);
const level = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const fen = z.int().check(z.nonnegative());

const memberSchema = z.object({
  policyId: text,
  status: z.enum(MEMBER_STATUSES),
  enrolment: z.enum(ENROLMENTS),
  balanceText: text,
  ageText: text,
  baseText: text,
});
const claimSchema = z.object({
  id: text,
  date: text,
  kind,
  level,
  amountText: text,
  otherText: text,
  deductibleMetAtPrescriber: z.boolean(),
  touched: z.boolean(),
});
const persistedSchema = z.object({
  member: z.nullable(memberSchema),
  claims: z.array(claimSchema).check(z.maxLength(200)),
  projection: z.nullable(z.object({ visitsText: text, costText: text, kind, level })),
  nextId: z.int().check(z.positive()),
  known: z.nullable(
    z.object({
      policyId: z.nullable(text),
      status: z.enum(MEMBER_STATUSES),
      enrolment: z.enum(ENROLMENTS),
      personalAccountBalanceFen: fen,
      contributionBaseFen: z.nullable(fen),
      age: z.nullable(z.int().check(z.nonnegative(), z.lte(150))),
    }),
  ),
});
type Persisted = z.infer<typeof persistedSchema>;

export const useEstimateDraft = create<EstimateDraftState>()(
  persist(
    (set, get) => ({
      ...INITIAL,
      setMember: (member) => set({ member }),
      addClaim: (claim) => {
        const id = `claim-${get().nextId}`;
        set((s) => ({
          claims: [...s.claims, { ...claim, id }],
          nextId: s.nextId + 1,
          removed: null,
        }));
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
      setKnown: (known) => set({ known }),
      reset: () => set(INITIAL),
    }),
    {
      name: ESTIMATE_DRAFT_KEY,
      version: VERSION,
      // When the browser refuses sessionStorage the draft simply lasts until reload.
      storage: createJSONStorage(() => sessionStorage),
      partialize: (s): Persisted => ({
        member: s.member,
        claims: s.claims,
        projection: s.projection,
        nextId: s.nextId,
        known: s.known,
      }),
      // An older version's draft is not guessed at: it is dropped below like any bad data.
      migrate: () => null,
      merge: (stored, current) => {
        const parsed = persistedSchema.safeParse(stored);
        if (!parsed.success) return current;
        const { claims, nextId } = parsed.data;
        // New ids must not collide with restored ones, whatever nextId said.
        const highest = Math.max(0, ...claims.map((c) => Number(/\d+$/.exec(c.id)?.[0] ?? 0)));
        return { ...current, ...parsed.data, nextId: Math.max(nextId, highest + 1) };
      },
    },
  ),
);

registerStoreReset(() => {
  useEstimateDraft.getState().reset();
  useEstimateDraft.persist.clearStorage();
});
