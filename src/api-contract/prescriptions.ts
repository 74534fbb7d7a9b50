import * as z from 'zod/mini';
import type { Endpoint } from './endpoint';
import { nonNegativeFenSchema } from './common';
import { prescriptionIdSchema } from './ids';
import {
  LOCATION_INVALID_DESCRIPTION,
  PHARMACY_ORIGIN_PARAMETERS,
  pharmacySummarySchema,
} from './pharmacies';
import { deliveryStatusSchema, settlementStatusSchema } from './settlement';

/*
 * Electronic prescriptions (POLICY-FACTS §3, §8): valid for `validDays` from issue (3 days,
 * i.e. 72 h, by default); a long prescription covers up to 12 weeks of drugs; the attribute says
 * whether it is a 双通道 (dual-channel) or 门诊统筹 (outpatient-pooling) prescription.
 */

export const prescriptionStatusSchema = z.enum([
  'to-collect',
  'sent',
  'collected',
  'expired',
  'revoked',
]);
export type PrescriptionStatus = z.infer<typeof prescriptionStatusSchema>;

export const prescriptionKindSchema = z.enum(['dual-channel', 'outpatient-pooling', 'other']);
export type PrescriptionKind = z.infer<typeof prescriptionKindSchema>;

export const restrictedClassSchema = z.enum(['toxic', 'narcotic', 'psychotropic', 'radioactive']);

export const prescriptionItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  spec: z.string(),
  quantity: z.int().check(z.positive()),
  unit: z.string(),
  usage: z.string(),
  days: z.int().check(z.positive()),
  unitPriceFen: nonNegativeFenSchema,
  amountFen: nonNegativeFenSchema,
  catalogueClass: z.enum(['甲', '乙']),
  /** Pharmacy outpatient pooling may settle it: never for 毒、麻、精、放 (`restricted`). */
  poolingEligible: z.boolean(),
  restricted: z.nullable(restrictedClassSchema),
});
export type PrescriptionItem = z.infer<typeof prescriptionItemSchema>;

export const deliveryAddressSchema = z.object({
  /** Required: the district decides who can deliver and the fee. */
  district: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  detail: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  recipient: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  phone: z.string().check(z.regex(/^1[3-9]\d{9}$/)),
});
export type DeliveryAddress = z.infer<typeof deliveryAddressSchema>;

export const dispensingSchema = z.object({
  pharmacyId: z.string(),
  pharmacyName: z.string(),
  method: z.enum(['pickup', 'delivery']),
  /** What the pharmacist scans or types to find the prescription. */
  pickupCode: z.string().check(z.regex(/^\d{8}$/)),
  sentAtMs: z.number(),
  /** Paid by the patient, never covered (POLICY-FACTS §3); 0 for pick-up. */
  deliveryFeeFen: nonNegativeFenSchema,
  address: z.nullable(deliveryAddressSchema),
  /**
   * A delivery's bill (paid in the app before dispatch) and where the parcel is; null for a
   * pick-up, which is billed at the counter. Optional: a copy kept from before it existed.
   */
  bill: z.optional(
    z.nullable(
      z.object({
        settlementId: z.string(),
        status: settlementStatusSchema,
        delivery: deliveryStatusSchema,
      }),
    ),
  ),
});
export type Dispensing = z.infer<typeof dispensingSchema>;

export const prescriptionSummarySchema = z.object({
  id: z.string(),
  status: prescriptionStatusSchema,
  hospitalName: z.string(),
  /** 1–3 (一级 to 三级): the pooling ratio follows the prescribing institution's level. */
  institutionLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  department: z.string(),
  issuedAtMs: z.number(),
  validDays: z.int().check(z.positive()),
  /** issuedAtMs + validDays. */
  expiresAtMs: z.number(),
  kind: prescriptionKindSchema,
  /** Weeks of drugs for a long prescription (more than 4, at most 12); null otherwise. */
  longTermWeeks: z.nullable(z.int().check(z.positive())),
  itemCount: z.int().check(z.nonnegative()),
  /** The drugs' names in prescription order, so a list card says what the prescription is for. */
  drugNames: z.array(z.string()),
  totalFen: nonNegativeFenSchema,
  /** Why the doctor withdrew it, when revoked. */
  revokedReason: z.nullable(z.string()),
});
export type PrescriptionSummary = z.infer<typeof prescriptionSummarySchema>;

export const prescriptionListSchema = z.object({
  /** Server time, epoch ms: countdowns run from it, not from the device's clock. */
  asOfMs: z.number(),
  items: z.array(prescriptionSummarySchema),
});
export type PrescriptionList = z.infer<typeof prescriptionListSchema>;

export const prescriptionDetailSchema = z.extend(prescriptionSummarySchema, {
  asOfMs: z.number(),
  doctorName: z.string(),
  diagnosis: z.string(),
  items: z.array(prescriptionItemSchema),
  dispensing: z.nullable(dispensingSchema),
});
export type PrescriptionDetail = z.infer<typeof prescriptionDetailSchema>;

export const prescriptionPharmacySchema = z.extend(pharmacySummarySchema, {
  /** The pharmacy's delivery fee, when it delivers; never covered by insurance. */
  deliveryFeeFen: z.nullable(nonNegativeFenSchema),
});
export type PrescriptionPharmacy = z.infer<typeof prescriptionPharmacySchema>;

export const prescriptionPharmacyListSchema = z.object({
  origin: z.object({ lat: z.number(), lng: z.number() }),
  asOfMs: z.number(),
  /** Pharmacies that offer outpatient pooling and stock every drug, nearest first. */
  items: z.array(prescriptionPharmacySchema),
});
export type PrescriptionPharmacyList = z.infer<typeof prescriptionPharmacyListSchema>;

export const sendPrescriptionRequestSchema = z.object({
  pharmacyId: z.string().check(z.minLength(1)),
  method: z.enum(['pickup', 'delivery']),
  /** Required for delivery, absent for pick-up. */
  address: z.optional(deliveryAddressSchema),
});
export type SendPrescriptionRequest = z.infer<typeof sendPrescriptionRequestSchema>;

/** Nearest pharmacies offered for a prescription. */
export const PRESCRIPTION_PHARMACY_LIMIT = 50;

// ---------------------------------------------------------------------------------------------
// Endpoints (spread into `endpoints` in endpoints.ts)

const PRESCRIPTION_PARAMS = {
  prescriptionId: {
    description: "A prescription's `id` from the list (`rx-cq-01`).",
    schema: prescriptionIdSchema,
  },
} as const;

const NO_PRESCRIPTION = {
  status: 404,
  codes: ['NOT_FOUND'],
  description: 'The person has no prescription with this id.',
} as const;

export const prescriptionEndpoints = {
  listPrescriptions: {
    id: 'listPrescriptions',
    method: 'GET',
    path: '/prescriptions',
    summary: "The signed-in person's e-prescriptions, newest first, with status and expiry",
    tag: 'prescriptions',
    auth: true,
    response: prescriptionListSchema,
    status: 200,
    errors: [],
  },
  getPrescription: {
    id: 'getPrescription',
    method: 'GET',
    path: '/prescriptions/{prescriptionId}',
    summary: 'One prescription: hospital, doctor, diagnosis, drugs, total, where it was sent',
    tag: 'prescriptions',
    auth: true,
    params: PRESCRIPTION_PARAMS,
    response: prescriptionDetailSchema,
    status: 200,
    errors: [NO_PRESCRIPTION],
  },
  listPrescriptionPharmacies: {
    id: 'listPrescriptionPharmacies',
    method: 'GET',
    path: '/prescriptions/{prescriptionId}/pharmacies',
    summary:
      'Pharmacies with outpatient pooling that stock every drug, nearest first from `lat`+`lng` or a `district` centre (at most 50)',
    tag: 'prescriptions',
    auth: true,
    params: PRESCRIPTION_PARAMS,
    query: PHARMACY_ORIGIN_PARAMETERS,
    response: prescriptionPharmacyListSchema,
    status: 200,
    errors: [
      { status: 400, codes: ['LOCATION_INVALID'], description: LOCATION_INVALID_DESCRIPTION },
      NO_PRESCRIPTION,
    ],
  },
  sendPrescription: {
    id: 'sendPrescription',
    method: 'POST',
    path: '/prescriptions/{prescriptionId}/send',
    summary: 'Send a prescription to a pharmacy for pick-up or delivery; answers the pick-up code',
    tag: 'prescriptions',
    auth: true,
    params: PRESCRIPTION_PARAMS,
    request: sendPrescriptionRequestSchema,
    response: prescriptionDetailSchema,
    status: 200,
    errors: [
      {
        status: 400,
        codes: ['ADDRESS_INVALID'],
        description: 'Delivery without a full address (district, detail, recipient, mobile).',
      },
      { status: 404, codes: ['NOT_FOUND'], description: 'No such prescription or pharmacy.' },
      {
        status: 409,
        codes: [
          'PRESCRIPTION_EXPIRED',
          'PRESCRIPTION_REVOKED',
          'PRESCRIPTION_ALREADY_SENT',
          'PHARMACY_CANNOT_FILL',
          'SETTLEMENT_PENDING',
        ],
        description:
          'Past its expiry, withdrawn by the doctor, already sent or collected, a pharmacy that lacks pooling, a drug, or (for delivery) delivery; or, for delivery, which is billed at once to be paid in the app, a bill of the person still to pay.',
      },
    ],
  },
} as const satisfies Record<string, Endpoint>;
