import * as z from 'zod/mini';
import type { Endpoint, PathParameter } from './endpoint';

/*
 * Drug traceability codes (药品追溯码; docs/decisions/025). Every box a pharmacy or a hospital
 * desk dispenses under the insurance carries a 20-digit code that the settlement records; the
 * check says whether the platform has seen that box sold never, once, or more than once (the
 * sign of a resold box: 回流药). A sale says when and, masked, where; never whose settlement it
 * was, beyond whether it was the asking person's own.
 */

/** A code as the API takes it: exactly 20 ASCII digits (clients normalise what was typed first). */
export const TRACE_CODE_PATTERN = /^\d{20}$/;
export const TRACE_CODE_LENGTH = 20;
export const traceCodeSchema = z.string().check(z.regex(TRACE_CODE_PATTERN));

export const traceCodeStatusSchema = z.enum(['never-sold', 'sold-once', 'sold-more']);
export type TraceCodeStatus = z.infer<typeof traceCodeStatusSchema>;

export const traceCodeSaleSchema = z.object({
  /** When the box was paid for (or handed over, when the counter recorded that). */
  atMs: z.number(),
  /** The institution's name masked (`老百**大药房`): enough to recognise, not to find. */
  placeMasked: z.string(),
  /** The city (and district, where known) of the sale. */
  regionName: z.string(),
  placeKind: z.enum(['pharmacy', 'hospital']),
  /** The sale was the asking person's own settlement. */
  yours: z.boolean(),
});
export type TraceCodeSale = z.infer<typeof traceCodeSaleSchema>;

export const traceCodeCheckSchema = z.object({
  code: traceCodeSchema,
  status: traceCodeStatusSchema,
  /** The drug the code names, when a sale of it is known; absent for a code never sold. */
  drugName: z.optional(z.string()),
  /** Every sale that stands (refunded ones do not), oldest first; empty when never sold. */
  sales: z.array(traceCodeSaleSchema),
  asOfMs: z.number(),
});
export type TraceCodeCheck = z.infer<typeof traceCodeCheckSchema>;

/** The demo's "settle this box again": a second sale of a sold box at another pharmacy. */
export const demoTraceResaleSchema = z.object({
  code: traceCodeSchema,
  sale: traceCodeSaleSchema,
});
export type DemoTraceResale = z.infer<typeof demoTraceResaleSchema>;

const INVALID_CODE = {
  status: 400,
  codes: ['TRACE_CODE_INVALID'],
  description:
    'Not exactly 20 digits (letters, spaces or full-width digits are not normalised here).',
} as const;

const TRACE_CODE_PARAMS: Readonly<Record<'code', PathParameter>> = {
  code: {
    description:
      'The 20-digit drug traceability code (药品追溯码) printed on the box, ASCII digits only.',
    schema: traceCodeSchema,
    invalid: 'TRACE_CODE_INVALID',
  },
};

export const traceCodeEndpoints = {
  checkTraceCode: {
    id: 'checkTraceCode',
    method: 'GET',
    path: '/trace-codes/{code}',
    summary:
      'Check a drug traceability code (药品追溯码): never sold, sold once, or sold more than once, with each sale’s time and masked place',
    tag: 'trace-codes',
    // Signed in, as in the national app: sales are the platform's data, and a session lets the
    // backend limit bulk lookups per person.
    auth: true,
    params: TRACE_CODE_PARAMS,
    response: traceCodeCheckSchema,
    status: 200,
    errors: [INVALID_CODE],
  },
} as const satisfies Record<string, Endpoint>;

export const traceCodeDemoEndpoints = {
  demoResellTraceCode: {
    id: 'demoResellTraceCode',
    method: 'POST',
    path: '/__demo/trace-codes/{code}/resale',
    summary:
      'Settle a sold box again at another pharmacy, so its check shows it sold more than once',
    tag: 'demo',
    auth: false,
    params: TRACE_CODE_PARAMS,
    response: demoTraceResaleSchema,
    status: 201,
    errors: [
      INVALID_CODE,
      {
        status: 404,
        codes: ['NOT_FOUND'],
        description: 'No settlement that stands sold this box.',
      },
    ],
    demoOnly: true,
  },
} as const satisfies Record<string, Endpoint>;
