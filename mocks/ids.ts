import { RANDOM_ID_FORMATS, type RandomIdKind } from '@/api-contract/ids';
import { randomHex } from './random';

/**
 * A fresh id of a kind the contract gives a pattern to (src/api-contract/ids.ts): made from the
 * same format, so the ids the demo hands out are the ones its paths accept.
 */
export function newRandomId(kind: RandomIdKind): string {
  const { prefix, bytes } = RANDOM_ID_FORMATS[kind];
  return `${prefix}${randomHex(bytes)}`;
}
