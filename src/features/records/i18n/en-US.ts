import type { recordsZhCN } from './zh-CN';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const recordsEnUS: Strings<typeof recordsZhCN> = {
  title: 'Medical expense records',
  memberTitle: 'A family member’s expense records',
  intro:
    'Every insurance settlement and every movement of the personal account (monthly credits, family mutual aid, medical bills, refunds), month by month.',
  year: 'Year',
  yearOption: '{{year}}',
  month: 'Month',
  allMonths: 'Whole year',
  monthOption: 'Month {{month}}',
  kind: 'Type',
  kinds: {
    all: 'All',
    settlement: 'Settlements',
    account: 'Personal account',
  },
  totals: {
    title: 'Totals for {{year}}',
    asOf: 'As of {{date}}, {{count}} settlements',
    total: 'Medical costs',
    policyRange: 'Within the policy’s scope',
    fund: 'Paid by the insurance fund',
    accountPaid: 'Paid from the personal account',
    cash: 'Paid in cash',
    deductible: 'Deductible used',
    cap: 'Annual cap used',
    noDeductible: 'Under your policy there is no yearly deductible.',
    noCap: 'Under your policy there is no annual cap.',
    noPolicy: 'The app has no rules for your region yet, so the deductible and cap are not shown.',
    meterValue: '¥{{used}} of ¥{{total}}',
    credited: 'Credited to the personal account',
    spent: 'Spent from the personal account on care',
  },
  entry: {
    settlement: 'Settlement',
    refund: 'Refund',
    credit: 'Monthly credit to the personal account',
    'carried-over': 'Carried over from last year',
    'family-transfer': 'Family mutual-aid account',
    split: 'Fund {{fund}} · account {{account}} · cash {{cash}}',
    accountMove: 'Personal account {{amount}}',
    receipt: 'View the settlement receipt',
    pending: 'To pay',
  },
  monthHeading: '{{month}}/{{year}}',
  list: 'Records',
  empty: {
    year: 'No settlements in {{year}} and no movement of the personal account. Settlements at a pharmacy or hospital desk appear here.',
    filtered: 'No records for this month and type.',
    clear: 'Show the whole year',
  },
  futureMonth: 'Month {{month}} has not come yet, so it has no records. Showing the whole year.',
  member: {
    consent: {
      'face-check': 'Consent: their own face check',
      guardian: 'Consent: a guardian’s undertaking (household register or birth certificate)',
    },
    notInsuredHere:
      'We found no insurance record of {{name}} on this platform, so there are no costs to show.',
    goneNoName:
      'This family member is no longer in your family proxy account, so their records cannot be shown.',
    back: 'Back to the family proxy account',
  },
  apiErrors: {
    RECORDS_YEAR_INVALID: 'That year cannot be shown: choose this year or an earlier one.',
  },
  records: 'Expense records',
};
