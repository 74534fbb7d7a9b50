import { cqEmployeeOutpatient2024 } from './policies/cq-employee-outpatient-2024';
import { fzDrg2021 } from './policies/fz-drg-2021';
import { sxPharmacy2023 } from './policies/sx-pharmacy-2023';
import type { PolicyDefinition, PolicyInfo, SourceRef } from './types';

const DEFINITIONS = [cqEmployeeOutpatient2024, sxPharmacy2023, fzDrg2021] as const;

export type PolicyId = (typeof DEFINITIONS)[number]['id'];

export const POLICY_IDS: readonly PolicyId[] = DEFINITIONS.map((p) => p.id);

const BY_ID: ReadonlyMap<string, PolicyDefinition> = new Map(
  DEFINITIONS.map((p): [string, PolicyDefinition] => [p.id, p]),
);

export function findPolicy(id: unknown): PolicyDefinition | undefined {
  return typeof id === 'string' ? BY_ID.get(id) : undefined;
}

function rulesOf(p: PolicyDefinition): { source: SourceRef }[] {
  const rules: { source: SourceRef }[] = [p.effective, p.coverage, p.otherSchemes, p.deductible];
  if (p.deductible.per === 'visit') rules.push(p.deductible.waiver);
  rules.push(p.ratio);
  if (p.ratio.by === 'institution-level') rules.push(p.ratio.pharmacy);
  rules.push(p.cap, p.account, p.cash);
  return rules;
}

function toInfo(p: PolicyDefinition): PolicyInfo {
  const seen = new Set<string>();
  const sources: SourceRef[] = [];
  for (const { source } of rulesOf(p)) {
    const key = `${source.doc}\u0000${source.clause}`;
    if (!seen.has(key)) {
      seen.add(key);
      sources.push(source);
    }
  }
  const info: PolicyInfo = {
    id: p.id,
    region: p.region,
    titleKey: p.titleKey,
    regionKey: p.regionKey,
    effectiveFrom: p.effectiveFrom,
    kinds: p.coverage.kinds,
    sources,
  };
  return p.effectiveTo === undefined ? info : { ...info, effectiveTo: p.effectiveTo };
}

/** What the UI lists: one entry per bundled policy, with every source its rules cite. */
export const policies: readonly PolicyInfo[] = Object.freeze(DEFINITIONS.map(toInfo));

/** The full rule data of a policy, for screens that show parameters next to their sources. */
export function getPolicyDefinition(id: PolicyId): PolicyDefinition {
  const p = BY_ID.get(id);
  if (p === undefined) throw new RangeError(`getPolicyDefinition: unknown policy ${id}`);
  return p;
}
