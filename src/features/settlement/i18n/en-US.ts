export const settlementEnUS = {
  listTitle: 'Medical bills',
  detailTitle: 'Bill',
  loading: 'Loading the bill',
  empty:
    'No bills yet. When you show your medical-insurance code at a pharmacy or a hospital desk, the bill appears here.',
  pendingTitle: 'To pay',
  pendingBanner: 'You have a medical bill to pay: {{amount}}',
  pendingBannerAction: 'Pay now',
  receipts: 'Done',
  status: {
    pending: 'To pay',
    paid: 'Paid',
    cancelled: 'Withdrawn',
    refunded: 'Refunded',
  },
  channel: {
    counter: 'At the counter',
    delivery: 'Home delivery',
  },
  delivery: {
    'awaiting-payment': 'The pharmacy sends it once you have paid',
    paid: 'Paid; the pharmacy is preparing it',
    dispatched: 'On its way',
    delivered: 'Delivered',
  },
  institution: 'Billed by',
  hospitalLevel: { '1': 'Primary hospital', '2': 'Secondary hospital', '3': 'Tertiary hospital' },
  pharmacy: 'Designated pharmacy',
  settlementNo: 'Bill number',
  holder: 'Insured person',
  claimDate: 'Date',
  createdAt: 'Billed at',
  paidAt: 'Paid at',
  refundedAt: 'Refunded at',
  items: 'Items',
  item: {
    class: { A: 'Class A (fully covered)', B: 'Class B' },
    quantity: '{{quantity}} {{unit}} × {{price}}',
    unit: { box: 'box', bottle: 'bottle', pack: 'pack' },
    inScope: 'Covered part {{amount}}',
    cashReason: {
      'not-pooled':
        'Pharmacy pooling cannot settle this drug (a restricted class): you pay all of it',
      'above-platform-price':
        'Priced above the platform price of {{platform}}: you pay the difference',
    },
    traceCodes: 'Traceability codes',
    checkTraceCode: 'Check traceability code {{code}}',
  },
  total: 'Total',
  fund: 'Insurance fund pays',
  account: 'Personal account pays',
  cash: 'You pay',
  outside: {
    'not-pooled': 'Drugs outside pooling',
    'above-platform-price': 'Above the platform price',
    'delivery-fee': 'Delivery fee (yours, never covered)',
  },
  accountShort:
    'Your personal account does not cover your share; the rest is paid by mobile payment.',
  yearBefore:
    'Before this bill, {{year}} had used {{deductible}} of the deductible and the fund had paid {{pool}}.',
  steps: 'How the insurance worked it out',
  stepsIntro: 'Under the policy of your insured region on the day of the bill, step by step:',
  pay: {
    title: 'Pay',
    accountFirst:
      'Your personal account pays {{account}} first; the other {{cash}} by mobile payment.',
    accountOnly: 'Your personal account pays all of it, {{account}}; nothing in cash.',
    nothingToPay: 'The insurance fund pays all of it: nothing for you to pay.',
    channelLabel: 'Mobile payment',
    wechat: 'WeChat Pay',
    alipay: 'Alipay',
    submit: 'Pay {{amount}}',
    submitNoCash: 'Confirm payment',
    summary:
      'Pay the bill from {{institution}}: {{account}} from your personal account, {{cash}} by {{channel}}',
    summaryNoCash: 'Pay the bill from {{institution}}: {{account}} from your personal account',
    chooseChannel: 'Choose WeChat Pay or Alipay',
    cancelled: 'You cancelled the payment. Nothing was charged; the bill can still be paid.',
    failed: 'The payment did not go through. Nothing was charged. Try another way or later.',
    changed: 'Your account balance changed, so the bill was worked out again. Check it, then pay.',
    done: 'Paid',
  },
  pending: {
    title: 'Outcome unknown',
    body: 'The payment was sent but no answer came back; it may have gone through. Tap "Retry" to find out: nothing is charged twice.',
    retry: 'Retry',
  },
  receipt: {
    title: 'Settlement receipt',
    share: 'Share',
    print: 'Print',
    shareText:
      'Medical bill {{settlementNo}}: {{institution}}, {{date}}, total {{total}}; fund {{fund}}, personal account {{account}}, cash {{cash}}.',
    refundable: 'For a refund, go to the {{institution}} desk today before {{until}}.',
    refunded:
      'Refunded: the fund, your personal account and the cash were paid back the way they came.',
  },
  apiErrors: {
    PAYMENT_CHANNEL_REQUIRED: 'Choose a mobile payment method',
    PAYMENT_CANCELLED: 'You cancelled the payment; nothing was charged',
    PAYMENT_FAILED: 'The payment did not go through; nothing was charged',
    SETTLEMENT_CHANGED: 'The bill changed. Check it, then pay',
  },
} as const;
