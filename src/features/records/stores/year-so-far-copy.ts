import * as z from 'zod/mini';
import type { Records } from '@/api-contract/records';
import { OFFLINE_COPY_STORAGE_PREFIX } from '@/lib/store-registry';

/*
 * What the estimator needs of the records when the network is gone (docs/decisions/024): this
 * year's deductible and pool use and how many settlements they come from. Numbers only, no
 * institution or drug; sessionStorage under the offline prefix, so every sign-out removes it.
 */

const KEY = `${OFFLINE_COPY_STORAGE_PREFIX}year-so-far`;

const copySchema = z.object({
  savedAtMs: z.number(),
  asOfMs: z.number(),
  year: z.int(),
  deductibleUsedFen: z.int(),
  poolPaidFen: z.int(),
  settlementCount: z.int(),
});
export type YearSoFarCopy = z.infer<typeof copySchema>;

export function yearSoFarOf(records: Records, savedAtMs: number): YearSoFarCopy {
  return {
    savedAtMs,
    asOfMs: records.asOfMs,
    year: records.year,
    deductibleUsedFen: records.totals.deductibleUsedFen,
    poolPaidFen: records.totals.capUsedFen,
    settlementCount: records.totals.settlementCount,
  };
}

export function saveYearSoFar(copy: YearSoFarCopy): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(copy));
  } catch {
    // Storage refused: the estimator offline then starts from zero, and says so.
  }
}

export function readYearSoFar(): YearSoFarCopy | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (raw === null) return null;
    const parsed = copySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
