import * as z from 'zod/mini';
import type { Endpoint } from './endpoint';
import { isoDateSchema, nonNegativeFenSchema } from './common';
import { counterVisitIdSchema, settlementIdSchema } from './ids';
import { reauthGrantSchema } from './reauth';

/*
 * Settlement at the counter and paying from the phone (医保移动支付; docs/decisions/022). The
 * counter (a designated pharmacy or a hospital's outpatient cashier) scans the person's e-voucher
 * code, reviews and bills; the backend splits the bill with the bundled rules module from the
 * person's year so far; the person pays the personal-account and cash parts on their phone with a
 * re-authentication grant. Money moves carry an Idempotency-Key like every mutation.
 */

export const institutionKindSchema = z.enum(['pharmacy', 'hospital']);
export const institutionSchema = z.object({
  id: z.string(),
  kind: institutionKindSchema,
  name: z.string(),
  /** A hospital's level (一级 to 三级); null for a pharmacy. */
  level: z.nullable(z.union([z.literal(1), z.literal(2), z.literal(3)])),
  regionCode: z.string(),
  regionName: z.string(),
});
export type Institution = z.infer<typeof institutionSchema>;

export const cashReasonSchema = z.enum(['not-pooled', 'above-platform-price', 'delivery-fee']);
export type SettlementCashReason = z.infer<typeof cashReasonSchema>;

export const settlementItemSchema = z.object({
  drugCode: z.string(),
  name: z.string(),
  spec: z.string(),
  catalogueClass: z.enum(['甲', '乙']),
  quantity: z.int().check(z.positive()),
  unit: z.string(),
  unitPriceFen: nonNegativeFenSchema,
  platformPriceFen: nonNegativeFenSchema,
  amountFen: nonNegativeFenSchema,
  /** The part in the claim (政策范围内). */
  inScopeFen: nonNegativeFenSchema,
  /** The part that is the person's in cash outside the claim, with its reason. */
  cashFen: nonNegativeFenSchema,
  cashReason: z.nullable(z.enum(['not-pooled', 'above-platform-price'])),
  /** Drug traceability codes (药品追溯码) of the boxes dispensed: 20 digits each. */
  traceCodes: z.array(z.string().check(z.regex(/^\d{20}$/))),
});
export type SettlementItem = z.infer<typeof settlementItemSchema>;

/** One step of the rules' trace, as the estimator shows it: the rule, its source, the amounts. */
export const settlementStepSchema = z.object({
  ruleId: z.string(),
  /** The rules module's i18n key (rules.step.*). */
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.number(), z.string()])),
  source: z.object({ doc: z.enum(['000', '001', '002', '003', '004']), clause: z.string() }),
  basis: z.enum(['stated', 'assumed']),
  inForceFrom: z.nullable(isoDateSchema),
  beforeFen: z.int(),
  afterFen: z.int(),
  remainingBeforeFen: z.nullable(z.int()),
  remainingAfterFen: z.nullable(z.int()),
});
export type SettlementStep = z.infer<typeof settlementStepSchema>;

export const paymentChannelSchema = z.enum(['wechat', 'alipay']);
export type PaymentChannel = z.infer<typeof paymentChannelSchema>;

export const settlementStatusSchema = z.enum(['pending', 'paid', 'cancelled', 'refunded']);
export type SettlementStatus = z.infer<typeof settlementStatusSchema>;

export const deliveryStatusSchema = z.enum(['awaiting-payment', 'paid', 'dispatched', 'delivered']);

export const settlementSchema = z.object({
  id: z.string(),
  /** The settlement number printed on the receipt (结算单号). */
  settlementNo: z.string(),
  status: settlementStatusSchema,
  institution: institutionSchema,
  /** At the counter, or ordered for delivery in the app (paid before dispatch). */
  channel: z.enum(['counter', 'delivery']),
  prescriptionId: z.nullable(z.string()),
  /** Masked (`张*三`). */
  holderName: z.string(),
  /** The settlement date in China time: it decides the law and the year. */
  claimDate: isoDateSchema,
  createdAtMs: z.number(),
  items: z.array(settlementItemSchema),
  deliveryFeeFen: nonNegativeFenSchema,
  totalFen: nonNegativeFenSchema,
  policyRangeFen: nonNegativeFenSchema,
  fundFen: nonNegativeFenSchema,
  accountFen: nonNegativeFenSchema,
  cashFen: nonNegativeFenSchema,
  /** Cash outside the claim, by reason. */
  outsideClaim: z.array(z.object({ reason: cashReasonSchema, amountFen: nonNegativeFenSchema })),
  /** The account's balance was below the person's share: the rest fell to cash. */
  accountShort: z.boolean(),
  /** The policy the split was made under (src/rules) and the claim kind it settled as. */
  policyId: z.string(),
  claimKind: z.enum(['outpatient', 'pharmacy', 'inpatient']),
  trace: z.array(settlementStepSchema),
  /** The deductible and the pool's payments this calendar year before this settlement. */
  yearBefore: z.object({
    year: z.int(),
    deductibleUsedFen: nonNegativeFenSchema,
    poolPaidFen: nonNegativeFenSchema,
  }),
  payment: z.nullable(
    z.object({
      paidAtMs: z.number(),
      accountFen: nonNegativeFenSchema,
      mobileFen: nonNegativeFenSchema,
      channel: z.nullable(paymentChannelSchema),
    }),
  ),
  /** The last mobile payment that did not go through, so the phone can say so. */
  lastPaymentProblem: z.nullable(z.enum(['cancelled', 'failed'])),
  cancelledAtMs: z.nullable(z.number()),
  refundedAtMs: z.nullable(z.number()),
  /** Refunds are taken at the counter on the settlement's own day (China time), until then. */
  refundableUntilMs: z.nullable(z.number()),
  dispensedAtMs: z.nullable(z.number()),
  /** For delivery: where the parcel is, on the backend clock. */
  delivery: z.nullable(
    z.object({
      status: deliveryStatusSchema,
      dispatchedAtMs: z.nullable(z.number()),
      deliveredAtMs: z.nullable(z.number()),
    }),
  ),
  asOfMs: z.number(),
});
export type Settlement = z.infer<typeof settlementSchema>;

export const settlementListSchema = z.object({
  asOfMs: z.number(),
  /** Newest first. */
  items: z.array(settlementSchema),
});
export type SettlementList = z.infer<typeof settlementListSchema>;

export const paySettlementRequestSchema = z.object({
  /** Required when the cash share is above 0; null to pay from the account alone. */
  channel: z.nullable(paymentChannelSchema),
  /** The cash the person saw and agreed to: a split that changed since is refused. */
  cashFen: nonNegativeFenSchema,
  reauthGrant: reauthGrantSchema,
});
export type PaySettlementRequest = z.infer<typeof paySettlementRequestSchema>;

// --- The counter ------------------------------------------------------------------------------

export const counterPrescriptionSchema = z.object({
  id: z.string(),
  hospitalName: z.string(),
  institutionLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  issuedAtMs: z.number(),
  expiresAtMs: z.number(),
  status: z.enum(['sent', 'collected', 'expired', 'revoked']),
  method: z.enum(['pickup', 'delivery']),
  items: z.array(
    z.object({
      drugCode: z.string(),
      name: z.string(),
      spec: z.string(),
      catalogueClass: z.enum(['甲', '乙']),
      quantity: z.int().check(z.positive()),
      unit: z.string(),
      platformPriceFen: nonNegativeFenSchema,
      pooled: z.boolean(),
      /** The pharmacy stocks it. */
      inStock: z.boolean(),
    }),
  ),
  review: z.nullable(
    z.object({ decision: z.enum(['approved', 'refused']), reason: z.nullable(z.string()) }),
  ),
});
export type CounterPrescription = z.infer<typeof counterPrescriptionSchema>;

export const counterVisitSchema = z.object({
  id: z.string(),
  institution: institutionSchema,
  holder: z.object({
    /** Masked. */
    name: z.string(),
    idNumber: z.string(),
    regionName: z.string(),
    scheme: z.enum(['employee', 'resident']),
    status: z.enum(['employed', 'retired']),
  }),
  openedAtMs: z.number(),
  expiresAtMs: z.number(),
  /** At a pharmacy: the person's prescriptions sent to it. */
  prescriptions: z.array(counterPrescriptionSchema),
  /** Settlements made in this visit, newest first. */
  settlements: z.array(settlementSchema),
});
export type CounterVisit = z.infer<typeof counterVisitSchema>;

export const openVisitRequestSchema = z.object({
  institutionId: z.string().check(z.minLength(1)),
  ecToken: z.string().check(z.minLength(1), z.maxLength(512)),
});

export const reviewRequestSchema = z.object({
  prescriptionId: z.string().check(z.minLength(1)),
  decision: z.enum(['approved', 'refused']),
  /** Required when refused. */
  reason: z.optional(z.string().check(z.maxLength(200))),
});

/** Most boxes of one drug a counter may bill in one line. */
export const MAX_LINE_QUANTITY = 999;

export const settleRequestSchema = z.object({
  /** At a pharmacy: the reviewed prescription; null at a hospital desk (a walk-in visit). */
  prescriptionId: z.nullable(z.string()),
  items: z
    .array(
      z.object({
        drugCode: z.string().check(z.minLength(1)),
        quantity: z.int(),
        unitPriceFen: z.int(),
      }),
    )
    .check(z.minLength(1), z.maxLength(30)),
});
export type SettleRequest = z.infer<typeof settleRequestSchema>;

export const counterActionRequestSchema = z.object({ institutionId: z.string() });

export const institutionListSchema = z.object({ items: z.array(institutionSchema) });

export const counterDrugSchema = z.object({
  code: z.string(),
  name: z.string(),
  spec: z.string(),
  unit: z.string(),
  catalogueClass: z.enum(['甲', '乙']),
  platformPriceFen: nonNegativeFenSchema,
  pooled: z.boolean(),
});
export const counterDrugListSchema = z.object({ items: z.array(counterDrugSchema) });

export const paymentOutcomeSchema = z.enum(['paid', 'cancelled', 'failed', 'lost']);
export type PaymentOutcome = z.infer<typeof paymentOutcomeSchema>;
export const demoPaymentSchema = z.object({ outcome: paymentOutcomeSchema });

// --- Endpoints --------------------------------------------------------------------------------

const SETTLEMENT_PARAMS = {
  settlementId: {
    description: "A settlement's `id`, as billing answered it: `stl-` and 20 hex digits.",
    schema: settlementIdSchema,
  },
} as const;

const VISIT_PARAMS = {
  visitId: {
    description: "A counter visit's `id`, as opening it answered: `vis-` and 24 hex digits.",
    schema: counterVisitIdSchema,
  },
} as const;

const NO_SETTLEMENT = {
  status: 404,
  codes: ['NOT_FOUND'],
  description: 'No such settlement for this person or institution.',
} as const;
const NO_VISIT = {
  status: 404,
  codes: ['NOT_FOUND'],
  description: 'No such counter visit, or it has ended.',
} as const;

export const settlementEndpoints = {
  listSettlements: {
    id: 'listSettlements',
    method: 'GET',
    path: '/settlements',
    summary: "The signed-in person's settlements, newest first: pending ones to pay, receipts",
    tag: 'settlement',
    auth: true,
    response: settlementListSchema,
    status: 200,
    errors: [],
  },
  getSettlement: {
    id: 'getSettlement',
    method: 'GET',
    path: '/settlements/{settlementId}',
    summary: 'One settlement: items, the split with its cited steps, payment, refund',
    tag: 'settlement',
    auth: true,
    params: SETTLEMENT_PARAMS,
    response: settlementSchema,
    status: 200,
    errors: [NO_SETTLEMENT],
  },
  paySettlement: {
    id: 'paySettlement',
    method: 'POST',
    path: '/settlements/{settlementId}/pay',
    summary:
      'Pay a pending settlement: the personal-account share, and the cash share by mobile payment',
    tag: 'settlement',
    auth: true,
    params: SETTLEMENT_PARAMS,
    request: paySettlementRequestSchema,
    response: settlementSchema,
    status: 200,
    errors: [
      {
        status: 400,
        codes: ['PAYMENT_CHANNEL_REQUIRED'],
        description: 'A cash share above 0 with no payment channel.',
      },
      {
        status: 402,
        codes: ['PAYMENT_CANCELLED', 'PAYMENT_FAILED'],
        description: 'The mobile payment was cancelled or failed: nothing was charged.',
      },
      {
        status: 403,
        codes: ['REAUTH_REQUIRED'],
        description: 'No re-authentication grant of this session, or one that expired.',
      },
      NO_SETTLEMENT,
      {
        status: 409,
        codes: ['SETTLEMENT_NOT_PENDING', 'SETTLEMENT_CHANGED'],
        description:
          'Already paid, cancelled or refunded; or the split changed since it was shown (the account balance fell), so nothing was charged: read it again.',
      },
    ],
  },
  listInstitutions: {
    id: 'listInstitutions',
    method: 'GET',
    path: '/counter/institutions',
    summary: 'Institutions the demo counter can play: hospitals by level and pooling pharmacies',
    tag: 'counter',
    auth: false,
    query: [
      {
        name: 'regionCode',
        description: 'Six-digit region code',
        required: true,
        schema: { type: 'string', pattern: '^\\d{6}$' },
      },
    ],
    response: institutionListSchema,
    status: 200,
    errors: [],
    demoOnly: true,
  },
  listCounterDrugs: {
    id: 'listCounterDrugs',
    method: 'GET',
    path: '/counter/drugs',
    summary: 'The drug catalogue a hospital desk bills from, with platform prices',
    tag: 'counter',
    auth: false,
    response: counterDrugListSchema,
    status: 200,
    errors: [],
  },
  openCounterVisit: {
    id: 'openCounterVisit',
    method: 'POST',
    path: '/counter/visits',
    summary: "Scan a person's e-voucher code at an institution: uses the code up and opens a visit",
    tag: 'counter',
    // A real counter signs in as an institution; the demo has no institution accounts.
    auth: false,
    request: openVisitRequestSchema,
    response: counterVisitSchema,
    status: 201,
    errors: [
      {
        status: 404,
        codes: ['NOT_FOUND'],
        description: 'No such code was issued, or no such institution.',
      },
      { status: 409, codes: ['VOUCHER_TOKEN_USED'], description: 'The code was already scanned.' },
      { status: 410, codes: ['VOUCHER_TOKEN_EXPIRED'], description: 'The code has expired.' },
      {
        status: 422,
        codes: ['COUNTER_HOLDER_UNSUPPORTED'],
        description: "A family proxy member's code: the demo settles only account holders.",
      },
    ],
  },
  getCounterVisit: {
    id: 'getCounterVisit',
    method: 'GET',
    path: '/counter/visits/{visitId}',
    summary: 'A counter visit as it stands: prescriptions, reviews, settlements and their payment',
    tag: 'counter',
    auth: false,
    params: VISIT_PARAMS,
    response: counterVisitSchema,
    status: 200,
    errors: [NO_VISIT],
  },
  reviewPrescription: {
    id: 'reviewPrescription',
    method: 'POST',
    path: '/counter/visits/{visitId}/reviews',
    summary: "The pharmacist's review of a prescription sent to this pharmacy: approve or refuse",
    tag: 'counter',
    auth: false,
    params: VISIT_PARAMS,
    request: reviewRequestSchema,
    response: counterVisitSchema,
    status: 200,
    errors: [
      NO_VISIT,
      {
        status: 409,
        codes: [
          'PRESCRIPTION_EXPIRED',
          'PRESCRIPTION_REVOKED',
          'PRESCRIPTION_ALREADY_SETTLED',
          'PRESCRIPTION_OTHER_PHARMACY',
        ],
        description: 'Past its expiry, withdrawn, already settled, or sent to another pharmacy.',
      },
      {
        status: 422,
        codes: ['REVIEW_REASON_REQUIRED'],
        description: 'A refusal without a reason.',
      },
    ],
  },
  createSettlement: {
    id: 'createSettlement',
    method: 'POST',
    path: '/counter/visits/{visitId}/settlements',
    summary:
      'Bill the visit: the backend splits it into fund, account and cash with the rules module',
    tag: 'counter',
    auth: false,
    params: VISIT_PARAMS,
    request: settleRequestSchema,
    response: settlementSchema,
    status: 201,
    errors: [
      NO_VISIT,
      {
        status: 409,
        codes: [
          'PRESCRIPTION_EXPIRED',
          'PRESCRIPTION_REVOKED',
          'PRESCRIPTION_ALREADY_SETTLED',
          'PRESCRIPTION_OTHER_PHARMACY',
          'PRESCRIPTION_NOT_REVIEWED',
          'SETTLEMENT_PENDING',
        ],
        description:
          'The prescription cannot be billed (expired, withdrawn, settled, sent elsewhere, not approved by the pharmacist), or the person has a settlement still to pay.',
      },
      {
        status: 422,
        codes: [
          'SETTLEMENT_QUANTITY_INVALID',
          'SETTLEMENT_PRICE_INVALID',
          'SETTLEMENT_DRUG_UNKNOWN',
          'SETTLEMENT_DRUG_NOT_STOCKED',
          'SETTLEMENT_ITEMS_MISMATCH',
          'SETTLEMENT_NOT_COVERED',
        ],
        description:
          'A quantity outside 1–999, a price of 0 or more than ten times the platform price, a drug not in the catalogue or not stocked here, items that are not the prescription’s, or a policy the bundled rules do not cover for this kind of visit.',
      },
    ],
  },
  cancelSettlement: {
    id: 'cancelSettlement',
    method: 'POST',
    path: '/counter/settlements/{settlementId}/cancel',
    summary: 'Withdraw a pending settlement (nothing was paid)',
    tag: 'counter',
    auth: false,
    params: SETTLEMENT_PARAMS,
    request: counterActionRequestSchema,
    response: settlementSchema,
    status: 200,
    errors: [
      NO_SETTLEMENT,
      { status: 409, codes: ['SETTLEMENT_NOT_PENDING'], description: 'It is no longer pending.' },
    ],
  },
  dispenseSettlement: {
    id: 'dispenseSettlement',
    method: 'POST',
    path: '/counter/settlements/{settlementId}/dispense',
    summary: 'Hand the drugs over once paid; the prescription is collected',
    tag: 'counter',
    auth: false,
    params: SETTLEMENT_PARAMS,
    request: counterActionRequestSchema,
    response: settlementSchema,
    status: 200,
    errors: [
      NO_SETTLEMENT,
      {
        status: 409,
        codes: ['SETTLEMENT_NOT_PAID'],
        description: 'Not paid (or refunded): nothing to hand over.',
      },
    ],
  },
  refundSettlement: {
    id: 'refundSettlement',
    method: 'POST',
    path: '/counter/settlements/{settlementId}/refund',
    summary:
      'Refund (退费) a paid settlement on its own day: fund, account and cash go back as reversing entries',
    tag: 'counter',
    auth: false,
    params: SETTLEMENT_PARAMS,
    request: counterActionRequestSchema,
    response: settlementSchema,
    status: 200,
    errors: [
      NO_SETTLEMENT,
      {
        status: 409,
        codes: [
          'SETTLEMENT_NOT_PAID',
          'SETTLEMENT_ALREADY_REFUNDED',
          'SETTLEMENT_REFUND_DAY_PASSED',
        ],
        description:
          'Not paid, refunded already, or the day (China time) of the settlement has passed.',
      },
    ],
  },
} as const satisfies Record<string, Endpoint>;

export const settlementDemoEndpoints = {
  demoPaymentOutcome: {
    id: 'demoPaymentOutcome',
    method: 'PUT',
    path: '/__demo/payment',
    summary:
      'What the next mobile payments do: paid, cancelled, failed, or paid with the answer lost',
    tag: 'demo',
    auth: false,
    request: demoPaymentSchema,
    response: demoPaymentSchema,
    status: 200,
    errors: [],
    demoOnly: true,
  },
  demoGetPaymentOutcome: {
    id: 'demoGetPaymentOutcome',
    method: 'GET',
    path: '/__demo/payment',
    summary: 'What the next mobile payments do',
    tag: 'demo',
    auth: false,
    response: demoPaymentSchema,
    status: 200,
    errors: [],
    demoOnly: true,
  },
} as const satisfies Record<string, Endpoint>;
