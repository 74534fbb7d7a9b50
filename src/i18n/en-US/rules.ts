import type { Translation } from '../types';
import type { rules as zh } from '../zh-CN/rules';

export const rules: Translation<typeof zh> = {
  error: {
    unknownPolicy: 'We could not find this reimbursement policy. Please choose it again.',
    invalidType: 'This entry is not in the right form. Please check it and enter it again.',
    notFinite: 'Please enter a valid amount.',
    fractionalFen: 'Amounts can only go down to the fen (0.01 yuan).',
    negativeFen: 'The amount cannot be negative.',
    amountTooLarge: 'The amount cannot be more than ¥{{max}}.',
    amountEmpty: 'Please enter an amount.',
    amountNotANumber: 'Please enter the amount as a number, for example 12.34.',
    amountTooManyDecimals: 'Use at most {{maxDecimals}} decimal places (down to the fen).',
    otherSchemesExceedCost:
      'The ¥{{paid}} already paid by other cover cannot be more than the in-scope cost of ¥{{cost}}.',
    invalidDate:
      'This date does not exist or is not written as year-month-day, for example 2024-03-01.',
    invalidLevel: 'The hospital level can only be 1, 2 or 3.',
    dateBeforePolicy:
      'On {{date}} this policy had not started yet (it starts on {{effectiveFrom}}).',
    dateAfterPolicy: 'On {{date}} this policy had already ended (it ran until {{effectiveTo}}).',
    duplicateClaimId: 'Two costs have the same number ({{id}}). Please remove the duplicate.',
    duplicateYearSoFar: 'The amounts already used in {{year}} are given twice.',
    invalidId: 'This cost has no number.',
    unknownStatus: 'Please choose working or retired.',
    unknownEnrolment:
      'Please choose how you are insured: through your employer, individual tier 1 or individual tier 2.',
    unknownKind:
      'Please choose the kind of cost: outpatient visit, pharmacy purchase or hospital stay.',
    kindNotCovered:
      'This policy does not cover this kind of cost. Please choose another policy or kind of cost.',
    tooManyClaims: 'At most {{max}} costs can be estimated at once.',
    invalidAge: 'Please enter an age in whole years from 0 to 150.',
    invalidYear: 'Please enter a valid year, for example 2024.',
    yearOutsidePolicy:
      '{{year}} is outside the period of this policy (it starts on {{effectiveFrom}}).',
    invalidVisitsPerMonth: 'Please enter visits per month as a whole number from 0 to {{max}}.',
  },
  step: {
    otherSchemes:
      'Special-disease, hypertension/diabetes or negotiated-drug cover already paid ¥{{change}}; the remaining ¥{{after}} is reimbursed under this policy.',
    deductibleYear:
      'Deductible of ¥{{deductible}} a year: ¥{{change}} of this cost goes towards it and is not reimbursed; ¥{{remainingAfter}} still to go this year.',
    deductibleYearMet:
      'This year’s ¥{{deductible}} deductible has already been reached, so nothing is deducted this time.',
    deductibleVisit:
      'Deductible of ¥{{deductible}} per visit: ¥{{change}} is deducted first and not reimbursed.',
    deductibleMetAtPrescriber:
      'The hospital that wrote the prescription already charged this visit’s ¥{{deductible}} deductible, so the pharmacy does not charge it again.',
    noDeductible: 'This policy has no deductible: reimbursement starts from the first yuan.',
    ratioByLevel:
      'At a $t(estimate.level.{{level}}) the insurance pays {{ratio}}%: ¥{{before}} × {{ratio}}% = ¥{{after}}.',
    ratioPrescriberLevel:
      'Drugs bought at a pharmacy on prescription are paid at the rate of the prescribing $t(estimate.level.{{level}}), {{ratio}}%: ¥{{before}} × {{ratio}}% = ¥{{after}}.',
    ratioFlat: 'The insurance pays {{ratio}}%: ¥{{before}} × {{ratio}}% = ¥{{after}}.',
    capWithin:
      'At most ¥{{cap}} is paid a year: this cost is paid in full, ¥{{remainingAfter}} left for this year.',
    capClamped:
      'At most ¥{{cap}} is paid a year: only ¥{{remainingBefore}} was left, so the payment goes down from ¥{{before}} to ¥{{after}}.',
    capExhausted:
      'At most ¥{{cap}} is paid a year: this year’s amount is used up, so the ¥{{before}} that would have been paid is not.',
    noCapStated: 'The policy text sets no yearly maximum, so none is applied here.',
    account:
      'Your share is ¥{{before}}; your personal account pays ¥{{change}} of it (balance ¥{{remainingBefore}} → ¥{{remainingAfter}}).',
    cash: 'The remaining ¥{{before}} is yours to pay (cash, WeChat, Alipay and so on).',
    accountCreditEmployed:
      'Working members get {{ratio}}% of their contribution base of ¥{{base}} into the personal account each month: ¥{{credit}}.',
    accountCreditRetired:
      'Retired members (age {{age}}) get a fixed ¥{{credit}} into the personal account each month; the amount is higher from age {{ageThreshold}}.',
    accountCreditNotStated:
      'The policy text does not say how much individual tier-1 members get into the personal account, so ¥0 is used here.',
  },
  policy: {
    'cq-employee-outpatient-2024': {
      title: 'Chongqing employee outpatient pooling (from 2024)',
      region: 'Chongqing',
    },
    'sx-pharmacy-2023': {
      title: 'Shanxi pharmacy outpatient pooling (from 2023)',
      region: 'Shanxi',
    },
    'fz-drg-2021': {
      title: 'Fuzhou hospital stays paid per diagnosis group (DRG, from 2021)',
      region: 'Fuzhou, Fujian',
    },
    doc: {
      '002': {
        title: 'Explainer of the notice extending the DRG payment reform pilot',
        issuer: 'Fujian Healthcare Security Administration and Fujian Health Commission',
        number: 'no document number given',
      },
      '003': {
        title:
          'Notice forwarding the national notice on bringing designated pharmacies into outpatient pooling',
        issuer: 'General Office of the Shanxi Healthcare Security Administration',
        number: 'Jin Yibao Banfa [2023] No. 2',
      },
      '004': {
        title:
          'Chongqing implementing rules for outpatient mutual aid in employee medical insurance, with the policy Q&A',
        issuer: 'Chongqing Healthcare Security Administration and Chongqing Finance Bureau',
        number: 'Yu Yibao Fa [2023] No. 32',
      },
    },
  },
};
