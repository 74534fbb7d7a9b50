/*
 * Every i18n key the rules module emits. The module has no human text of its own: the UI
 * translates these (src/i18n/*\/rules.ts) and a test checks both languages have each one.
 */

export const RULES_ERROR = {
  unknownPolicy: 'rules.error.unknownPolicy',
  invalidType: 'rules.error.invalidType',
  notFinite: 'rules.error.notFinite',
  fractionalFen: 'rules.error.fractionalFen',
  negativeFen: 'rules.error.negativeFen',
  amountTooLarge: 'rules.error.amountTooLarge',
  amountEmpty: 'rules.error.amountEmpty',
  amountNotANumber: 'rules.error.amountNotANumber',
  amountTooManyDecimals: 'rules.error.amountTooManyDecimals',
  otherSchemesExceedCost: 'rules.error.otherSchemesExceedCost',
  invalidDate: 'rules.error.invalidDate',
  invalidLevel: 'rules.error.invalidLevel',
  dateBeforePolicy: 'rules.error.dateBeforePolicy',
  dateAfterPolicy: 'rules.error.dateAfterPolicy',
  duplicateClaimId: 'rules.error.duplicateClaimId',
  duplicateYearSoFar: 'rules.error.duplicateYearSoFar',
  invalidId: 'rules.error.invalidId',
  unknownStatus: 'rules.error.unknownStatus',
  unknownEnrolment: 'rules.error.unknownEnrolment',
  unknownKind: 'rules.error.unknownKind',
  kindNotCovered: 'rules.error.kindNotCovered',
  tooManyClaims: 'rules.error.tooManyClaims',
  invalidAge: 'rules.error.invalidAge',
  invalidYear: 'rules.error.invalidYear',
  yearOutsidePolicy: 'rules.error.yearOutsidePolicy',
  invalidVisitsPerMonth: 'rules.error.invalidVisitsPerMonth',
} as const;

export const RULES_STEP = {
  otherSchemes: 'rules.step.otherSchemes',
  deductibleYear: 'rules.step.deductibleYear',
  deductibleYearMet: 'rules.step.deductibleYearMet',
  deductibleVisit: 'rules.step.deductibleVisit',
  deductibleMetAtPrescriber: 'rules.step.deductibleMetAtPrescriber',
  noDeductible: 'rules.step.noDeductible',
  ratioByLevel: 'rules.step.ratioByLevel',
  ratioPrescriberLevel: 'rules.step.ratioPrescriberLevel',
  ratioFlat: 'rules.step.ratioFlat',
  capWithin: 'rules.step.capWithin',
  capClamped: 'rules.step.capClamped',
  capExhausted: 'rules.step.capExhausted',
  noCapStated: 'rules.step.noCapStated',
  account: 'rules.step.account',
  cash: 'rules.step.cash',
  accountCreditEmployed: 'rules.step.accountCreditEmployed',
  accountCreditRetired: 'rules.step.accountCreditRetired',
  accountCreditNotStated: 'rules.step.accountCreditNotStated',
} as const;

export const RULES_POLICY = {
  cqTitle: 'rules.policy.cq-employee-outpatient-2024.title',
  cqRegion: 'rules.policy.cq-employee-outpatient-2024.region',
  sxTitle: 'rules.policy.sx-pharmacy-2023.title',
  sxRegion: 'rules.policy.sx-pharmacy-2023.region',
  fzTitle: 'rules.policy.fz-drg-2021.title',
  fzRegion: 'rules.policy.fz-drg-2021.region',
  doc002Title: 'rules.policy.doc.002.title',
  doc002Issuer: 'rules.policy.doc.002.issuer',
  doc002Number: 'rules.policy.doc.002.number',
  doc003Title: 'rules.policy.doc.003.title',
  doc003Issuer: 'rules.policy.doc.003.issuer',
  doc003Number: 'rules.policy.doc.003.number',
  doc004Title: 'rules.policy.doc.004.title',
  doc004Issuer: 'rules.policy.doc.004.issuer',
  doc004Number: 'rules.policy.doc.004.number',
} as const;

export type RulesErrorKey = (typeof RULES_ERROR)[keyof typeof RULES_ERROR];
export type RulesStepKey = (typeof RULES_STEP)[keyof typeof RULES_STEP];
export type RulesPolicyKey = (typeof RULES_POLICY)[keyof typeof RULES_POLICY];
export type RulesMessageKey = RulesErrorKey | RulesStepKey | RulesPolicyKey;

export const RULES_MESSAGE_KEYS: readonly RulesMessageKey[] = [
  ...Object.values(RULES_ERROR),
  ...Object.values(RULES_STEP),
  ...Object.values(RULES_POLICY),
];

export interface SourceDocKeys {
  title: RulesPolicyKey;
  issuer: RulesPolicyKey;
  /** The document's official number (文号), or words saying it has none. */
  number: RulesPolicyKey;
}

// A person checks a rule against the document by its title, issuer and number; the seed ids
// ('004') are this project's filing and mean nothing to them.
const DOC_KEYS: Readonly<Record<string, SourceDocKeys>> = {
  '002': {
    title: RULES_POLICY.doc002Title,
    issuer: RULES_POLICY.doc002Issuer,
    number: RULES_POLICY.doc002Number,
  },
  '003': {
    title: RULES_POLICY.doc003Title,
    issuer: RULES_POLICY.doc003Issuer,
    number: RULES_POLICY.doc003Number,
  },
  '004': {
    title: RULES_POLICY.doc004Title,
    issuer: RULES_POLICY.doc004Issuer,
    number: RULES_POLICY.doc004Number,
  },
};

/** The keys of a cited document's title, issuer and number, to show with a `source.clause`. */
export function sourceDocKeys(doc: string): SourceDocKeys | undefined {
  return DOC_KEYS[doc];
}
