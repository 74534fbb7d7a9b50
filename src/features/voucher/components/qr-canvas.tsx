import { useEffect, useRef, useState } from 'react';
import type * as QrCode from 'qrcode';

type QrModule = typeof QrCode;
let qrModule: Promise<QrModule> | null = null;

/**
 * Starts loading the QR library. The routes that draw a code call this when their chunk loads,
 * so the library arrives while the code is being fetched; no other chunk imports it.
 */
export function preloadQr(): Promise<QrModule> {
  qrModule ??= import('qrcode');
  return qrModule;
}

interface QrCanvasProps {
  value: string;
  /** The accessible name: whose code it is and what it is for. */
  label: string;
  /** Side in CSS pixels; elder mode passes a larger one. */
  size: number;
}

/** A QR code drawn on a canvas, exposed to assistive technology as one named image. */
export function QrCanvas({ value, label, size }: QrCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    preloadQr()
      .then(async (qr) => {
        if (cancelled || canvas.current === null) return;
        // Level M survives a cracked screen protector; a margin of 4 modules is the standard's.
        await qr.toCanvas(canvas.current, value, {
          width: size,
          margin: 4,
          errorCorrectionLevel: 'M',
          color: { dark: '#000000ff', light: '#ffffffff' },
        });
        if (cancelled) return;
        setDrawn(value);
        // What the e2e timing reads: from opening /voucher to a drawn code.
        performance.mark('voucher-qr-drawn');
      })
      .catch(() => {
        // No canvas (tests) or no memory: the code's text stays available beside it.
      });
    return () => {
      cancelled = true;
    };
  }, [value, size]);

  return (
    <canvas
      ref={canvas}
      className="voucher-qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      data-qr-ready={drawn === value ? 'true' : 'false'}
    />
  );
}
