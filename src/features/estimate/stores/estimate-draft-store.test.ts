import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJSONStorage } from 'zustand/middleware';
import { resetAllStores } from '@/lib/store-registry';
import { ESTIMATE_DRAFT_KEY, useEstimateDraft, type NewClaim } from './estimate-draft-store';

const blank: NewClaim = {
  date: '2024-03-05',
  kind: 'outpatient',
  level: 1,
  amountText: '',
  otherText: '',
  deductibleMetAtPrescriber: false,
  touched: false,
};

afterEach(() => useEstimateDraft.getState().reset());

describe('estimate draft store', () => {
  it('adds claims with fresh ids and edits one without touching the others', () => {
    const { addClaim, updateClaim } = useEstimateDraft.getState();
    const a = addClaim(blank);
    const b = addClaim(blank);
    expect(a).not.toBe(b);
    updateClaim(b, { amountText: '12.5', touched: true });
    expect(useEstimateDraft.getState().claims.map((c) => c.amountText)).toEqual(['', '12.5']);
  });

  it('puts a removed claim back where it was on undo', () => {
    const { addClaim, removeClaim, undoRemove } = useEstimateDraft.getState();
    const ids = [addClaim(blank), addClaim(blank), addClaim(blank)];
    removeClaim(ids[1] ?? '');
    expect(useEstimateDraft.getState().removed?.index).toBe(1);
    undoRemove();
    expect(useEstimateDraft.getState().claims.map((c) => c.id)).toEqual(ids);
    expect(useEstimateDraft.getState().removed).toBeNull();
  });

  it('is cleared by sign-out (the store registry), in memory and in the tab’s storage', () => {
    const { addClaim, setMember } = useEstimateDraft.getState();
    addClaim({ ...blank, amountText: '88.80' });
    setMember({
      policyId: 'x',
      status: 'retired',
      enrolment: 'unit',
      balanceText: '1',
      ageText: '70',
      baseText: '',
    });
    // Kept for this tab only, never for the next visitor on this device.
    expect(localStorage.getItem(ESTIMATE_DRAFT_KEY)).toBeNull();
    expect(sessionStorage.getItem(ESTIMATE_DRAFT_KEY)).toContain('88.80');
    resetAllStores();
    expect(useEstimateDraft.getState()).toMatchObject({
      claims: [],
      member: null,
      projection: null,
      removed: null,
      known: null,
    });
    expect(sessionStorage.getItem(ESTIMATE_DRAFT_KEY)).toBeNull();
  });

  it('is cleared by sign-out even on a page that never loaded this module (a lazy route)', () => {
    sessionStorage.setItem(ESTIMATE_DRAFT_KEY, '{"state":{"claims":[{"amountText":"88.80"}]}}');
    // Only the registry's own work: no reset of this store runs.
    useEstimateDraft.persist.setOptions({ storage: undefined });
    try {
      resetAllStores();
    } finally {
      useEstimateDraft.persist.setOptions({ storage: createJSONStorage(() => sessionStorage) });
    }
    expect(sessionStorage.getItem(ESTIMATE_DRAFT_KEY)).toBeNull();
  });
});

describe('estimate draft store across a reload', () => {
  /** A reload: the module (and its memory) starts again; the tab's sessionStorage stays. */
  async function reload() {
    vi.resetModules();
    const fresh = await import('./estimate-draft-store');
    return fresh.useEstimateDraft;
  }

  it('brings back the claims, amounts and member fields typed in this tab', async () => {
    const { addClaim, updateClaim, setMember, setProjection } = useEstimateDraft.getState();
    const a = addClaim(blank);
    addClaim({ ...blank, date: '2024-04-01', kind: 'pharmacy', level: 3 });
    updateClaim(a, { amountText: '300.5', touched: true });
    setMember({
      policyId: 'cq-employee-outpatient-2024',
      status: 'retired',
      enrolment: 'unit',
      balanceText: '250',
      ageText: '72',
      baseText: '',
    });
    setProjection({ visitsText: '2', costText: '150', kind: 'outpatient', level: 1 });
    const before = useEstimateDraft.getState();

    const reloaded = (await reload()).getState();
    expect(reloaded.claims).toEqual(before.claims);
    expect(reloaded.member).toEqual(before.member);
    expect(reloaded.projection).toEqual(before.projection);
    // A claim added after the reload gets an id of its own.
    expect(before.claims.map((c) => c.id)).not.toContain(reloaded.addClaim(blank));
  });

  it.each([
    ['not JSON', '{"state":'],
    ['another version', JSON.stringify({ state: { claims: [] }, version: 0 })],
    [
      'a claim of the wrong shape',
      JSON.stringify({
        state: {
          member: null,
          claims: [{ id: 'claim-1', amountText: 5 }],
          projection: null,
          nextId: 2,
          known: null,
        },
        version: 1,
      }),
    ],
  ])('drops what it cannot trust (%s) and starts empty', async (_, stored) => {
    sessionStorage.setItem(ESTIMATE_DRAFT_KEY, stored);
    const reloaded = (await reload()).getState();
    expect(reloaded).toMatchObject({ claims: [], member: null, projection: null, nextId: 1 });
  });
});
