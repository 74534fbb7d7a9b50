import type { FamilyRelation, FamilySource, PaymentWindow } from '@/api-contract/family';
import { FAMILY_RELATIONS } from '@/api-contract/family';

/**
 * The family mutual-aid account's rules by region, as data with their sources
 * (../shared/reference/POLICY-FACTS.md §4, §5, §8; docs/decisions/012). A region that is not
 * here is "not supported" by the demo backend: its province has not connected its platform.
 *
 * Figures no source gives (how many relatives, the refund rule, later years' premiums) are
 * marked `basis: 'assumed'`: configurable data with a note, never a hard-coded truth.
 */

interface RelationRule {
  effectiveFrom: string;
  allowed: readonly FamilyRelation[];
  source: FamilySource;
}

interface PremiumFigure {
  year: number;
  premiumFen: number;
  source: FamilySource;
}

export interface FamilyRegionRules {
  /** Two-digit province prefix of the 6-digit region code. */
  province: string;
  code: string;
  name: string;
  /** Newest last; the one in force is the last whose date has come. */
  relationRules: readonly RelationRule[];
  maxRelatives: number;
  limitSource: FamilySource;
  premiums: readonly PremiumFigure[];
  /** For a year Y: the main period in Y−1 and the grace period at the start of Y. */
  windowsFor: (year: number) => PaymentWindow[];
  refundRule: {
    onUnbind: 'unstarted-premiums-to-family' | 'none';
    onClose: 'balance-to-personal';
    source: FamilySource;
  };
}

const NATIONAL_2024: RelationRule = {
  // 国办发〔2024〕38号 (2024-07-26): near relatives, in force in every province from December 2024.
  effectiveFrom: '2024-12-01',
  allowed: FAMILY_RELATIONS,
  source: {
    doc: '国办发〔2024〕38号',
    basis: 'official',
    note: '近亲属：配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女；2024年12月起各省施行',
    en: {
      doc: 'State Council General Office, Guobanfa [2024] No. 38',
      note: 'Near relatives: spouse, parents, children, siblings, grandparents and grandchildren on either side; in force in every province from December 2024',
    },
  },
};

const SPOUSE_PARENTS_CHILDREN: readonly FamilyRelation[] = ['spouse', 'father', 'mother', 'child'];

const ASSUMED_PREMIUM: FamilySource = {
  doc: '未见公布标准',
  basis: 'assumed',
  note: '沿用2025年下限 400 元，演示假设',
  en: {
    doc: 'No published figure',
    note: 'The 2025 floor of ¥400 carried forward; a demo assumption',
  },
};

/**
 * National minimum individual premium of urban-rural resident insurance (POLICY-FACTS §8).
 * 2026–2028: no figure found; the 2025 floor is carried forward and marked as assumed.
 */
const NATIONAL_PREMIUMS: readonly PremiumFigure[] = [
  {
    year: 2023,
    premiumFen: 38_000,
    source: {
      doc: '医保发〔2024〕19号',
      basis: 'official',
      note: '2023年个人缴费标准 380 元',
      en: {
        doc: 'National Healthcare Security Administration, Yibaofa [2024] No. 19',
        note: 'Individual premium for 2023: ¥380',
      },
    },
  },
  {
    year: 2024,
    premiumFen: 40_000,
    source: {
      doc: '医保发〔2024〕19号',
      basis: 'official',
      note: '2024年个人缴费标准 400 元，财政补助 670 元',
      en: {
        doc: 'National Healthcare Security Administration, Yibaofa [2024] No. 19',
        note: 'Individual premium for 2024: ¥400, with a government subsidy of ¥670',
      },
    },
  },
  {
    year: 2025,
    premiumFen: 40_000,
    source: {
      doc: '各省2025年度居民医保缴费通知',
      basis: 'reported',
      note: '个人缴费不低于 400 元，财政补助 700 元',
      en: {
        doc: "Provinces' notices on the 2025 resident insurance premium",
        note: 'Individual premium at least ¥400, with a government subsidy of ¥700',
      },
    },
  },
  {
    year: 2026,
    premiumFen: 40_000,
    source: ASSUMED_PREMIUM,
  },
  {
    year: 2027,
    premiumFen: 40_000,
    source: ASSUMED_PREMIUM,
  },
  {
    year: 2028,
    premiumFen: 40_000,
    source: ASSUMED_PREMIUM,
  },
];

const LIMIT_ASSUMED: FamilySource = {
  doc: '来源未载明人数上限',
  basis: 'assumed',
  note: '演示设定为 6 人，可按地区配置',
  en: {
    doc: 'No source states a limit on the number of relatives',
    note: 'The demo sets 6; it can be configured per region',
  },
};

const REFUND_ASSUMED: FamilyRegionRules['refundRule'] = {
  onUnbind: 'unstarted-premiums-to-family',
  onClose: 'balance-to-personal',
  source: {
    doc: '来源未载明退费规则',
    basis: 'assumed',
    note: '解绑时尚未开始享受待遇年度的保费退回共济账户；注销时共济账户余额退回个人账户',
    en: {
      doc: 'No source states the refund rules',
      note: 'On unbinding, premiums for years whose cover has not started go back to the family account; on closing, its balance goes back to the personal account',
    },
  },
};

/** Fujian (闽政办〔2025〕3号, reported): 1 Sep–31 Dec for the next year, grace to end of February. */
function fujianWindows(year: number, source: FamilySource): PaymentWindow[] {
  const february = new Date(Date.UTC(year, 2, 0)).getUTCDate();
  return [
    {
      kind: 'main',
      opensOn: `${year - 1}-09-01`,
      closesOn: `${year - 1}-12-31`,
      benefitsFrom: 'year-start',
      source,
    },
    {
      kind: 'grace',
      opensOn: `${year}-01-01`,
      closesOn: `${year}-02-${String(february).padStart(2, '0')}`,
      benefitsFrom: 'payment-day',
      source,
    },
  ];
}

// POLICY-FACTS (family mutual aid, Fujian payment window): grace-period cover starts on the
// day of payment (缴费之日起), the words the pay screen and the receipt's date use too.
const FUJIAN_WINDOW_SOURCE: FamilySource = {
  doc: '闽政办〔2025〕3号',
  basis: 'reported',
  note: '集中缴费期 9月1日至12月31日，次年1月1日起享受待遇；缓缴期至2月底，缴费之日起享受待遇',
  en: {
    doc: 'Fujian Provincial Government General Office, Minzhengban [2025] No. 3',
    note: 'Main payment period 1 September to 31 December, cover from 1 January; late payment until the end of February, cover from the day of payment',
  },
};
const CHONGQING_WINDOW_SOURCE: FamilySource = {
  doc: '来源未载明重庆缴费期',
  basis: 'assumed',
  note: '演示按福建缴费期设置',
  en: {
    doc: "No source states Chongqing's payment period",
    note: "The demo uses Fujian's payment period",
  },
};

export const FAMILY_REGION_RULES: readonly FamilyRegionRules[] = [
  {
    province: '35',
    code: '350000',
    name: '福建省',
    relationRules: [
      {
        // Fujian opened family mutual aid in December 2023 for parents, spouse and children
        // (seed 000_f3a37cce9ddcc562; POLICY-FACTS §5).
        effectiveFrom: '2023-12-01',
        allowed: SPOUSE_PARENTS_CHILDREN,
        source: {
          doc: '福建省医疗保障局 2023年12月 家庭共济',
          basis: 'reported',
          note: '父母、配偶、子女',
          en: {
            doc: 'Fujian Healthcare Security Administration, family mutual aid, December 2023',
            note: 'Parents, spouse and children',
          },
        },
      },
      NATIONAL_2024,
    ],
    maxRelatives: 6,
    limitSource: LIMIT_ASSUMED,
    premiums: NATIONAL_PREMIUMS,
    windowsFor: (year) => fujianWindows(year, FUJIAN_WINDOW_SOURCE),
    refundRule: REFUND_ASSUMED,
  },
  {
    province: '50',
    code: '500000',
    name: '重庆市',
    relationRules: [
      {
        // 国办发〔2021〕14号: the employee account may pay for spouse, parents and children.
        effectiveFrom: '2021-04-22',
        allowed: SPOUSE_PARENTS_CHILDREN,
        source: {
          doc: '国办发〔2021〕14号',
          basis: 'official',
          note: '配偶、父母、子女',
          en: {
            doc: 'State Council General Office, Guobanfa [2021] No. 14',
            note: 'Spouse, parents and children',
          },
        },
      },
      NATIONAL_2024,
    ],
    maxRelatives: 6,
    limitSource: LIMIT_ASSUMED,
    premiums: NATIONAL_PREMIUMS,
    windowsFor: (year) => fujianWindows(year, CHONGQING_WINDOW_SOURCE),
    refundRule: REFUND_ASSUMED,
  },
];

export function regionRulesFor(regionCode: string): FamilyRegionRules | undefined {
  return FAMILY_REGION_RULES.find((rules) => rules.province === regionCode.slice(0, 2));
}

/** The relation rule in force on `today` (YYYY-MM-DD). */
export function relationRuleOn(rules: FamilyRegionRules, today: string): RelationRule | undefined {
  return [...rules.relationRules].reverse().find((rule) => rule.effectiveFrom <= today);
}

export function premiumFor(rules: FamilyRegionRules, year: number): PremiumFigure | undefined {
  return rules.premiums.find((figure) => figure.year === year);
}

/** The window open on `today` for `year`, else the next one to open, else null. */
export function windowFor(
  rules: FamilyRegionRules,
  year: number,
  today: string,
): { window: PaymentWindow | null; open: boolean } {
  const windows = rules.windowsFor(year);
  const open = windows.find((w) => w.opensOn <= today && today <= w.closesOn);
  if (open) return { window: open, open: true };
  return { window: windows.find((w) => today < w.opensOn) ?? null, open: false };
}
