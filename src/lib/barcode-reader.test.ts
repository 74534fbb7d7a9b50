import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFrameReader } from './barcode-reader';

function fakeDetector(supported: string[], rawValue: string) {
  const made: string[][] = [];
  class FakeBarcodeDetector {
    static getSupportedFormats = () => Promise.resolve(supported);
    constructor({ formats }: { formats: string[] }) {
      made.push(formats);
    }
    detect = () => Promise.resolve([{ rawValue }]);
  }
  vi.stubGlobal('BarcodeDetector', FakeBarcodeDetector);
  return made;
}

const video = {} as HTMLVideoElement;

afterEach(() => vi.unstubAllGlobals());

describe('createFrameReader', () => {
  it("uses the browser's detector for the formats it supports, a box's Code 128 among them", async () => {
    const made = fakeDetector(['qr_code', 'code_128', 'ean_13'], '81234567890123456789');
    const reader = await createFrameReader(['code_128', 'data_matrix', 'qr_code']);
    expect(reader?.formats).toEqual(['code_128', 'qr_code']);
    expect(made).toEqual([['code_128', 'qr_code']]);
    expect(await reader?.read(video)).toBe('81234567890123456789');
  });

  it('falls back to the QR decoder alone, and says so, where the detector has no linear codes', async () => {
    fakeDetector([], '');
    const reader = await createFrameReader(['code_128', 'qr_code']);
    expect(reader?.formats).toEqual(['qr_code']);
  });

  it('has nothing to offer for linear codes alone without a detector', async () => {
    expect(await createFrameReader(['code_128'])).toBeNull();
  });
});
