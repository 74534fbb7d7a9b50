import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createFrameReader } from '../lib/qr-reader';

/** Frames a second the decoder looks at: enough to feel instant, light on a shared CPU. */
const FRAME_INTERVAL_MS = 250;

interface CameraScannerProps {
  onResult: (text: string) => void;
  onClose: () => void;
}

/** The rear camera's picture, read for a QR code until one is found or the counter closes it. */
export function CameraScanner({ onResult, onClose }: CameraScannerProps) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<'denied' | 'failed' | null>(null);
  const [live, setLive] = useState(false);
  // The latest callback without restarting the camera when the parent re-renders.
  const resultRef = useRef(onResult);
  useEffect(() => {
    resultRef.current = onResult;
  }, [onResult]);

  useEffect(() => {
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
        const [media, read] = await Promise.all([
          navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }),
          createFrameReader(),
        ]);
        stream = media;
        if (stopped || video.current === null) return stop();
        video.current.srcObject = media;
        await video.current.play();
        setLive(true);
        const tick = async () => {
          if (stopped || video.current === null) return;
          try {
            const text = await read(video.current);
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
  }, []);

  return (
    <div className="counter-camera">
      {problem === null ? (
        <>
          <video
            ref={video}
            className="counter-camera__video"
            aria-label={t('counter.scan.cameraLabel')}
            muted
            playsInline
          />
          {live ? null : (
            <p role="status" className="muted small">
              {t('counter.scan.cameraStarting')}
            </p>
          )}
        </>
      ) : (
        <p role="alert" className="field__error">
          {t(problem === 'denied' ? 'counter.scan.cameraDenied' : 'counter.scan.cameraFailed')}
        </p>
      )}
      <button type="button" className="btn btn--secondary btn--block" onClick={onClose}>
        {t('counter.scan.cameraClose')}
      </button>
    </div>
  );
}
