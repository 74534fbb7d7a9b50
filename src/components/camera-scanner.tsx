import { useEffect, useRef, useState } from 'react';
import { createFrameReader, type BarcodeFormat } from '@/lib/barcode-reader';
import './camera-scanner.css';

/** Frames a second the decoder looks at: enough to feel instant, light on a shared CPU. */
const FRAME_INTERVAL_MS = 250;

export interface CameraScannerLabels {
  /** The video's accessible name: what to hold in front of the camera. */
  video: string;
  starting: string;
  /** No camera, or not allowed. */
  denied: string;
  /** The decoder failed while reading. */
  failed: string;
  close: string;
  /** Shown beside the picture when some of the formats asked for cannot be read here. */
  partial?: string;
}

interface CameraScannerProps {
  /** What to read: QR codes by default; a box's traceability code is Code 128. */
  formats?: readonly BarcodeFormat[];
  /** Already translated: the scanner is shared, its words belong to the screen using it. */
  labels: CameraScannerLabels;
  onResult: (text: string) => void;
  onClose: () => void;
}

/** The rear camera's picture, read for a code until one is found or the person closes it. */
export function CameraScanner({ formats, labels, onResult, onClose }: CameraScannerProps) {
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<'denied' | 'failed' | null>(null);
  const [live, setLive] = useState(false);
  const [partial, setPartial] = useState(false);
  // The latest callback without restarting the camera when the parent re-renders.
  const resultRef = useRef(onResult);
  useEffect(() => {
    resultRef.current = onResult;
  }, [onResult]);
  // The formats as a key: a new array of the same formats must not restart the camera.
  const formatKey = (formats ?? ['qr_code']).join(',');

  useEffect(() => {
    const wanted = formatKey.split(',') as BarcodeFormat[];
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const stop = () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    void (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new Error('no camera');
        const [media, reader] = await Promise.all([
          navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }),
          createFrameReader(wanted),
        ]);
        stream = media;
        if (stopped || video.current === null) return stop();
        if (reader === null) {
          setProblem('failed');
          return stop();
        }
        setPartial(reader.formats.length < wanted.length);
        video.current.srcObject = media;
        await video.current.play();
        setLive(true);
        const tick = async () => {
          if (stopped || video.current === null) return;
          try {
            const text = await reader.read(video.current);
            if (text !== null && !stopped) {
              stop();
              resultRef.current(text);
              return;
            }
          } catch {
            setProblem('failed');
            return stop();
          }
          timer = setTimeout(() => void tick(), FRAME_INTERVAL_MS);
        };
        void tick();
      } catch {
        if (!stopped) setProblem('denied');
        stop();
      }
    })();
    return stop;
  }, [formatKey]);

  return (
    <div className="camera-scanner">
      {problem === null ? (
        <>
          <video
            ref={video}
            className="camera-scanner__video"
            aria-label={labels.video}
            muted
            playsInline
          />
          {live ? null : (
            <p role="status" className="muted small">
              {labels.starting}
            </p>
          )}
          {partial && labels.partial ? <p className="small">{labels.partial}</p> : null}
        </>
      ) : (
        <p role="alert" className="field__error">
          {problem === 'denied' ? labels.denied : labels.failed}
        </p>
      )}
      <button type="button" className="btn btn--secondary btn--block" onClick={onClose}>
        {labels.close}
      </button>
    </div>
  );
}
