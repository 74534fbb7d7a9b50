import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounterVisit } from '@/api-contract/settlement';
import { CameraScanner } from '@/components/camera-scanner';
import { TextField } from '@/components/text-field';
import { useOpenVisit } from '../api/open-visit';
import { useCounterErrorText } from '../lib/error-text';

const SCAN_ERROR_PREFIXES = ['counter.scan.errors', 'counter.errors'] as const;

interface ScanFormProps {
  institutionId: string;
  onOpened: (visit: CounterVisit) => void;
}

/**
 * The person's code, from the camera, a barcode scanner (which types into the field) or a paste.
 * The voucher's QR holds the bare ecToken (features/voucher draws `code.ecToken`), so that,
 * trimmed, is what is sent. A refused code keeps the text, so it can be checked and corrected.
 */
export function ScanForm({ institutionId, onOpened }: ScanFormProps) {
  const { t } = useTranslation();
  const open = useOpenVisit();
  const [code, setCode] = useState('');
  const [empty, setEmpty] = useState(false);
  const [camera, setCamera] = useState(false);
  const errorText = useCounterErrorText(open.error, SCAN_ERROR_PREFIXES);

  const submit = (text: string) => {
    const ecToken = text.trim();
    if (ecToken === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    open.mutate({ institutionId, ecToken }, { onSuccess: onOpened });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(code);
  };

  return (
    <section className="card stack" aria-labelledby="counter-scan">
      <h2 id="counter-scan" className="card__title">
        {t('counter.scan.title')}
      </h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          label={t('counter.scan.code')}
          hint={t('counter.scan.codeHint')}
          value={code}
          onChange={(value) => {
            setCode(value);
            setEmpty(false);
          }}
          error={empty ? t('counter.scan.empty') : errorText}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          inputMode="text"
          enterKeyHint="go"
        />
        <button type="submit" className="btn btn--primary btn--block" disabled={open.isPending}>
          {open.isPending ? t('counter.scan.submitting') : t('counter.scan.submit')}
        </button>
      </form>
      {camera ? (
        <CameraScanner
          labels={{
            video: t('counter.scan.cameraLabel'),
            starting: t('counter.scan.cameraStarting'),
            denied: t('counter.scan.cameraDenied'),
            failed: t('counter.scan.cameraFailed'),
            close: t('counter.scan.cameraClose'),
          }}
          onClose={() => setCamera(false)}
          onResult={(text) => {
            setCamera(false);
            setCode(text.trim());
            submit(text);
          }}
        />
      ) : (
        <button
          type="button"
          className="btn btn--secondary btn--block"
          onClick={() => setCamera(true)}
        >
          {t('counter.scan.camera')}
        </button>
      )}
    </section>
  );
}
