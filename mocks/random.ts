import { createRandom } from './reference/random';

/**
 * Where the demo backend's tokens and SMS codes come from: the platform's CSPRNG, or a seeded
 * source in tests that replay the same requests twice and compare the states they leave.
 */
export type RandomBytes = (count: number) => Uint8Array;

const cryptoBytes: RandomBytes = (count) => crypto.getRandomValues(new Uint8Array(count));
let source: RandomBytes = cryptoBytes;

export function setRandomBytes(next: RandomBytes): void {
  source = next;
}

export function resetRandomBytes(): void {
  source = cryptoBytes;
}

/** Hex from the installed source; `crypto.randomUUID` is missing on plain-HTTP LAN demos. */
export function randomHex(bytes: number): string {
  return Array.from(source(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A 6-digit code, leading zeros kept. */
export function randomDigits6(): string {
  const [a = 0, b = 0, c = 0, d = 0] = source(4);
  const value = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
  return String(value % 1_000_000).padStart(6, '0');
}

/** A deterministic byte source, for tests: the reference data's seeded generator. */
export function seededBytes(seed: number): RandomBytes {
  const random = createRandom(seed);
  return (count) => Uint8Array.from({ length: count }, () => random.nextUint32() & 0xff);
}
