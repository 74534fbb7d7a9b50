import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FaceCheckResult, FaceFailureReason } from '@/api-contract/voucher';
import { ErrorView } from '@/components/error-view';
import { useFaceCheck } from '../api/face-check';
import { AssistedPaths } from './assisted-paths';

/** The frame sent for comparison: small, as the comparison needs no more (and data is slow). */
const FRAME_WIDTH = 320;
const JPEG_QUALITY = 0.7;

type CameraProblem = 'denied' | 'absent' | 'insecure' | 'busy';

type Phase =
  | { kind: 'intro' }
  | { kind: 'starting' }
  | { kind: 'preview' }
  | { kind: 'checking'; frame: string }
  | { kind: 'failed'; reason: FaceFailureReason }
  | { kind: 'camera-problem'; problem: CameraProblem }
  | { kind: 'error'; error: unknown; frame: string };

function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'SecurityError') return 'insecure';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'absent';
}

interface FaceCaptureProps {
  /** Whose ID photo the frame is compared with. */
  idNumber: string;
  /** Whose face the camera should see, in the explanation ("your" or the member's). */
  subject: 'self' | 'member';
  onPassed: (result: FaceCheckResult) => void;
}

/**
 * The face check: an explanation first (why the camera, what is sent, what is kept), then the
 * camera only when the person asks for it, one frame sent, and a translated reason with what to
 * do when it fails. Without a camera, or when it is refused, it says why and offers the ways
 * that need no camera on this phone.
 */
export function FaceCapture({ idNumber, subject, onPassed }: FaceCaptureProps) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ kind: 'intro' });
  // The capture button waits for the first frame: before it, there is nothing to send.
  const [videoReady, setVideoReady] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const check = useFaceCheck();

  const stopCamera = useCallback(() => {
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
  }, []);

  useEffect(() => stopCamera, [stopCamera]);

  const startCamera = async () => {
    if (!window.isSecureContext) {
      setPhase({ kind: 'camera-problem', problem: 'insecure' });
      return;
    }
    if (!navigator.mediaDevices?.getUserMedia) {
      setPhase({ kind: 'camera-problem', problem: 'absent' });
      return;
    }
    setPhase({ kind: 'starting' });
    try {
      const media = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'user', width: { ideal: 640 } },
        audio: false,
      });
      stream.current = media;
      setVideoReady(false);
      setPhase({ kind: 'preview' });
    } catch (error) {
      setPhase({ kind: 'camera-problem', problem: cameraProblem(error) });
    }
  };

  // The video element exists only in the preview phase: attach the stream once it is there.
  useEffect(() => {
    if (phase.kind !== 'preview' || video.current === null || stream.current === null) return;
    video.current.srcObject = stream.current;
    void video.current.play().catch(() => {
      // Autoplay of a muted inline video is allowed; a refusal leaves the first frame.
    });
  }, [phase.kind]);

  const send = (frame: string) => {
    setPhase({ kind: 'checking', frame });
    check.mutate(
      { idNumber, image: frame },
      {
        onSuccess: (result) => {
          if (result.passed) onPassed(result);
          else setPhase({ kind: 'failed', reason: result.reason ?? 'no-face' });
        },
        onError: (error) => setPhase({ kind: 'error', error, frame }),
      },
    );
  };

  const capture = () => {
    const source = video.current;
    if (source === null || source.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    canvas.width = FRAME_WIDTH;
    canvas.height = Math.round((source.videoHeight / source.videoWidth) * FRAME_WIDTH);
    const context = canvas.getContext('2d');
    if (context === null) return;
    context.drawImage(source, 0, 0, canvas.width, canvas.height);
    const frame = canvas.toDataURL('image/jpeg', JPEG_QUALITY);
    stopCamera();
    send(frame);
  };

  const retry = () => {
    stopCamera();
    void startCamera();
  };

  const intro = (
    <>
      <p>{t(subject === 'self' ? 'voucher.face.introSelf' : 'voucher.face.introMember')}</p>
      <p className="muted">{t('voucher.face.privacy')}</p>
      <ul className="voucher-tips">
        <li>{t('voucher.face.tipLight')}</li>
        <li>{t('voucher.face.tipGlasses')}</li>
        <li>{t('voucher.face.tipFrame')}</li>
      </ul>
    </>
  );

  switch (phase.kind) {
    case 'intro':
      return (
        <div className="stack">
          {intro}
          <button
            type="button"
            className="btn btn--primary btn--block"
            onClick={() => void startCamera()}
          >
            {t('voucher.face.start')}
          </button>
        </div>
      );
    case 'starting':
      return (
        <p role="status" className="notice">
          {t('voucher.face.starting')}
        </p>
      );
    case 'preview':
      return (
        <div className="stack">
          <div className="voucher-camera">
            <video
              ref={video}
              className="voucher-camera__video"
              autoPlay
              playsInline
              muted
              aria-label={t('voucher.face.preview')}
              onLoadedData={() => setVideoReady(true)}
            />
            <div className="voucher-camera__oval" aria-hidden="true" />
          </div>
          <p>{t('voucher.face.hold')}</p>
          <button
            type="button"
            className="btn btn--primary btn--block"
            onClick={capture}
            disabled={!videoReady}
          >
            {t('voucher.face.capture')}
          </button>
        </div>
      );
    case 'checking':
      return (
        <p role="status" className="notice">
          {t('voucher.face.checking')}
        </p>
      );
    case 'failed':
      return (
        <div className="stack">
          <div role="alert" className="card card--warn">
            <h3 className="card__title">{t(`voucher.face.reason.${phase.reason}.title`)}</h3>
            <p>{t(`voucher.face.reason.${phase.reason}.advice`)}</p>
          </div>
          <button type="button" className="btn btn--primary btn--block" onClick={retry}>
            {t('voucher.face.retry')}
          </button>
          {phase.reason === 'mismatch' ? <AssistedPaths /> : null}
        </div>
      );
    case 'camera-problem':
      return (
        <div className="stack">
          <div role="alert" className="card card--warn">
            <h3 className="card__title">{t(`voucher.face.problem.${phase.problem}.title`)}</h3>
            <p>{t(`voucher.face.problem.${phase.problem}.body`)}</p>
          </div>
          <button type="button" className="btn btn--secondary btn--block" onClick={retry}>
            {t('voucher.face.retryCamera')}
          </button>
          <AssistedPaths />
        </div>
      );
    case 'error':
      return <ErrorView error={phase.error} onRetry={() => send(phase.frame)} />;
  }
}
