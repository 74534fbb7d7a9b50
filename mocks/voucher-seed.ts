import type { InsuredRegionRecord } from './store/records';

/**
 * The personas' insured regions. Everyone is insured where their profile says; the Taiyuan
 * employee also still has a record in Jinzhong from a former job that was never transferred
 * (转移接续), so activation shows the region step and explains the stale record.
 */
export function seedInsuredRegions(): InsuredRegionRecord[] {
  return [
    region('user-cq-0001', '500000', '重庆市', 'current', '2026-10-31'),
    region('user-fz-0001', '350100', '福州市', 'current', '2026-10-31'),
    region('user-ty-0001', '140100', '太原市', 'current', '2026-10-31'),
    region('user-ty-0001', '140700', '晋中市', 'stale', '2021-06-30'),
  ];
}

function region(
  personId: string,
  code: string,
  name: string,
  status: InsuredRegionRecord['status'],
  updatedOn: string,
): InsuredRegionRecord {
  return { id: `ir-${personId}-${code}`, personId, code, name, status, updatedOn };
}
