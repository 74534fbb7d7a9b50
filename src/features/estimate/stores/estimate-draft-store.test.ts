import { afterEach, describe, expect, it } from 'vitest';
import { resetAllStores } from '@/lib/store-registry';
import { useEstimateDraft, type NewClaim } from './estimate-draft-store';

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

  it('is cleared by sign-out (the store registry) and never written to web storage', () => {
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
    expect(localStorage.length + sessionStorage.length).toBe(0);
    resetAllStores();
    expect(useEstimateDraft.getState()).toMatchObject({
      claims: [],
      member: null,
      projection: null,
      removed: null,
    });
  });
});
