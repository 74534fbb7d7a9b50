/*
 * Reads a barcode from video frames: the browser's own BarcodeDetector where it has one (Chrome
 * on Android, Safari 17+ on iOS), for the formats it says it supports; otherwise jsQR for QR
 * codes, imported here only, when a camera opens, so no route and not the entry carries it.
 * jsQR reads no linear codes: a box's Code 128 traceability code then needs its digits typed
 * (`formats` of the reader says what it can read).
 */

/** The barcode formats the app asks for, named as the Shape Detection API names them. */
export type BarcodeFormat = 'qr_code' | 'code_128' | 'data_matrix';

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = (new (options: { formats: string[] }) => BarcodeDetectorLike) & {
  getSupportedFormats?: () => Promise<string[]>;
};

export interface FrameReader {
  /** The text of the first code in the frame, or null when none is read. */
  read: (video: HTMLVideoElement) => Promise<string | null>;
  /** What of the formats asked for this reader can read. */
  formats: readonly BarcodeFormat[];
}

function nativeDetector(): BarcodeDetectorConstructor | null {
  const candidate = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor })
    .BarcodeDetector;
  return typeof candidate === 'function' ? candidate : null;
}

async function nativeReader(wanted: readonly BarcodeFormat[]): Promise<FrameReader | null> {
  const Native = nativeDetector();
  if (Native === null) return null;
  try {
    const supported = (await Native.getSupportedFormats?.()) ?? wanted;
    const formats = wanted.filter((f) => supported.includes(f));
    if (formats.length === 0) return null;
    const detector = new Native({ formats: [...formats] });
    return {
      read: async (video) => (await detector.detect(video))[0]?.rawValue ?? null,
      formats,
    };
  } catch {
    // Listed but unusable on this device: fall through to jsQR.
    return null;
  }
}

/** A reader for `formats` (QR codes by default), or null when nothing here reads any of them. */
export async function createFrameReader(
  wanted: readonly BarcodeFormat[] = ['qr_code'],
): Promise<FrameReader | null> {
  const native = await nativeReader(wanted);
  if (native !== null) return native;
  if (!wanted.includes('qr_code')) return null;
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return {
    formats: ['qr_code'],
    read: async (video) => {
      if (context === null || video.videoWidth === 0) return null;
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0);
      const frame = context.getImageData(0, 0, canvas.width, canvas.height);
      return jsQR(frame.data, frame.width, frame.height)?.data ?? null;
    },
  };
}
