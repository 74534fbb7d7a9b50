/**
 * Hospitals the demo counter can play as an outpatient cashier: a few per insured region, each
 * with its level (一级 to 三级), which decides the pooling ratio of a walk-in visit. The names
 * are those the seeded prescriptions come from, plus one of each missing level. Reference data:
 * read-only, never persisted.
 */
export interface Hospital {
  readonly id: string;
  readonly name: string;
  readonly level: 1 | 2 | 3;
  readonly regionCode: string;
  readonly regionName: string;
}

export const HOSPITALS: readonly Hospital[] = [
  {
    id: 'hs-cq-3',
    name: '重庆医科大学附属第一医院',
    level: 3,
    regionCode: '500000',
    regionName: '重庆市',
  },
  {
    id: 'hs-cq-2',
    name: '重庆市渝中区人民医院',
    level: 2,
    regionCode: '500000',
    regionName: '重庆市',
  },
  {
    id: 'hs-cq-1',
    name: '渝中区七星岗街道社区卫生服务中心',
    level: 1,
    regionCode: '500000',
    regionName: '重庆市',
  },
  { id: 'hs-fz-3', name: '福建省立医院', level: 3, regionCode: '350100', regionName: '福州市' },
  { id: 'hs-fz-2', name: '福州市鼓楼区医院', level: 2, regionCode: '350100', regionName: '福州市' },
  {
    id: 'hs-fz-1',
    name: '福州市鼓楼区鼓东街道社区卫生服务中心',
    level: 1,
    regionCode: '350100',
    regionName: '福州市',
  },
  {
    id: 'hs-ty-3',
    name: '山西医科大学第二医院',
    level: 3,
    regionCode: '140100',
    regionName: '太原市',
  },
  {
    id: 'hs-ty-2',
    name: '太原市小店区人民医院',
    level: 2,
    regionCode: '140100',
    regionName: '太原市',
  },
  {
    id: 'hs-ty-1',
    name: '太原市小店区坞城街道社区卫生服务中心',
    level: 1,
    regionCode: '140100',
    regionName: '太原市',
  },
];

const BY_ID: ReadonlyMap<string, Hospital> = new Map(HOSPITALS.map((h) => [h.id, h]));

export function hospitalById(id: string): Hospital | undefined {
  return BY_ID.get(id);
}
