import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TraceCodeCheck, TraceCodeSale } from '@/api-contract/trace-codes';
import { CameraScanner } from '@/components/camera-scanner';
import { DataText } from '@/components/data-text';
import { ErrorView } from '@/components/error-view';
import { TextField } from '@/components/text-field';
import type { BarcodeFormat } from '@/lib/barcode-reader';
import { chinaStamp } from '@/lib/china-time';
import { useOnline } from '@/lib/use-online';
import { useTraceCode } from '../api/check-trace-code';
import { ANTI_FRAUD, MEDICAL_INSURANCE } from '../lib/hotlines';
import { normaliseTraceCode, traceCodeProblem, type TraceCodeProblem } from '../lib/trace-code';
import { HotlineLink } from './hotline-link';

// Boxes print the code as Code 128; some carry it as a Data Matrix or a QR code as well.
const BOX_FORMATS: readonly BarcodeFormat[] = ['code_128', 'data_matrix', 'qr_code'];

/** What stops a check before anything is sent. */
type Hold =
  { kind: 'problem'; problem: TraceCodeProblem } | { kind: 'offline' } | { kind: 'signIn' };

function problemText(t: ReturnType<typeof useTranslation>['t'], problem: TraceCodeProblem): string {
  if (problem.kind === 'length') {
    return t(
      problem.count < 20 ? 'safety.trace.problem.tooShort' : 'safety.trace.problem.tooLong',
      {
        digits: problem.count,
      },
    );
  }
  return t(`safety.trace.problem.${problem.kind}`);
}

/** `81234567890123456789` → `8123 4567 8901 2345 6789`: easier to hold against the box. */
function grouped(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1 ');
}

function Sale({ sale }: { sale: TraceCodeSale }) {
  const { t } = useTranslation();
  return (
    <li>
      <p>
        {chinaStamp(sale.atMs)} · <DataText>{sale.regionName}</DataText> ·{' '}
        <DataText>{sale.placeMasked}</DataText>
        {t('safety.trace.placeKindNote', {
          kind: t(`safety.trace.placeKind.${sale.placeKind}`),
        })}
      </p>
      {sale.yours ? <p className="small tag tag--ok">{t('safety.trace.yours')}</p> : null}
    </li>
  );
}

function Result({ result }: { result: TraceCodeCheck }) {
  const { t } = useTranslation();
  const { status } = result;
  const salesId = useId();
  return (
    <div className={`stack trace-result trace-result--${status}`}>
      <h3 className={`safety-verdict trace-verdict--${status}`}>
        {t(`safety.trace.status.${status}`, { count: result.sales.length })}
      </h3>
      <p className="small">
        {t('safety.trace.checked', { code: grouped(result.code) })}
        {result.drugName ? (
          <>
            <br />
            {t('safety.trace.drug')}
            {t('app.colon')}
            <DataText>{result.drugName}</DataText>
          </>
        ) : null}
      </p>
      <p>{t(`safety.trace.meaning.${status}`)}</p>
      {result.sales.length > 0 ? (
        <>
          <h4 id={salesId} className="trace-subtitle">
            {t('safety.trace.salesTitle')}
          </h4>
          <ol className="trace-sales" aria-labelledby={salesId}>
            {result.sales.map((sale, i) => (
              <Sale key={`${sale.atMs}-${i}`} sale={sale} />
            ))}
          </ol>
        </>
      ) : null}
      {status === 'sold-more' ? (
        <div className="stack">
          <h4 className="trace-subtitle">{t('safety.trace.advice.title')}</h4>
          <ul className="safety-list">
            <li>{t('safety.trace.advice.dontTake')}</li>
            <li>{t('safety.trace.advice.keep')}</li>
            <li>{t('safety.trace.advice.call')}</li>
          </ul>
          <HotlineLink line={MEDICAL_INSURANCE} name={t('safety.hotlines.medicalInsurance')} />
          <HotlineLink line={ANTI_FRAUD} name={t('safety.hotlines.antiFraud')} />
        </div>
      ) : null}
    </div>
  );
}

interface TraceCodeCheckerProps {
  signedIn: boolean;
  /** Checked at once when given (`/safety?trace=<code>`), as if typed and submitted. */
  initialCode: string | null;
}

/**
 * 查药品追溯码: type or scan a box's 20-digit code, see whether the platform has it sold never,
 * once or more than once. The code is tidied and its form checked on the phone, so a typo is
 * named before anything is sent; offline, nothing is sent and the person is told why.
 */
export function TraceCodeChecker({ signedIn, initialCode }: TraceCodeCheckerProps) {
  const { t } = useTranslation();
  const online = useOnline();
  const section = useRef<HTMLElement>(null);
  const decide = (text: string): { code: string | null; hold: Hold | null } => {
    const code = normaliseTraceCode(text);
    const problem = traceCodeProblem(code);
    if (problem) return { code: null, hold: { kind: 'problem', problem } };
    if (!online) return { code: null, hold: { kind: 'offline' } };
    if (!signedIn) return { code: null, hold: { kind: 'signIn' } };
    return { code, hold: null };
  };
  const [text, setText] = useState(initialCode ?? '');
  const [state, setState] = useState(() =>
    initialCode === null ? { code: null, hold: null } : decide(initialCode),
  );
  const [camera, setCamera] = useState(false);
  const query = useTraceCode(state.code);

  useEffect(() => {
    // Arrived from a receipt's code: the answer is what the person came for.
    if (initialCode !== null) section.current?.scrollIntoView?.({ block: 'start' });
  }, [initialCode]);

  const check = (value: string) => {
    const next = decide(value);
    setState(next);
    // The same code again asks again: the box may have been sold since.
    if (next.code !== null && next.code === state.code) void query.refetch();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    check(text);
  };

  const { hold } = state;
  const fieldError = hold?.kind === 'problem' ? problemText(t, hold.problem) : null;
  const from = `/safety?trace=${encodeURIComponent(normaliseTraceCode(text))}`;

  return (
    <section ref={section} className="card stack" aria-labelledby="safety-trace-title" id="trace">
      <h2 id="safety-trace-title" className="card__title">
        {t('safety.trace.title')}
      </h2>
      <p>{t('safety.trace.intro')}</p>
      <form className="form stack" onSubmit={onSubmit} noValidate>
        <TextField
          label={t('safety.trace.label')}
          hint={t('safety.trace.hint')}
          value={text}
          onChange={(value) => {
            setText(value);
            if (state.hold?.kind === 'problem') setState({ code: state.code, hold: null });
          }}
          error={fieldError}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          inputMode="numeric"
          enterKeyHint="search"
        />
        <button type="submit" className="btn btn--primary btn--block" disabled={query.isFetching}>
          {query.isFetching ? t('safety.trace.checking') : t('safety.trace.submit')}
        </button>
      </form>
      {camera ? (
        <CameraScanner
          formats={BOX_FORMATS}
          labels={{
            video: t('safety.trace.camera.video'),
            starting: t('safety.trace.camera.starting'),
            denied: t('safety.trace.camera.denied'),
            failed: t('safety.trace.camera.failed'),
            close: t('safety.trace.camera.close'),
            partial: t('safety.trace.camera.partial'),
          }}
          onClose={() => setCamera(false)}
          onResult={(scanned) => {
            setCamera(false);
            setText(normaliseTraceCode(scanned));
            check(scanned);
          }}
        />
      ) : (
        <button
          type="button"
          className="btn btn--secondary btn--block"
          onClick={() => setCamera(true)}
        >
          {t('safety.trace.scan')}
        </button>
      )}
      <div aria-live="polite">
        {hold?.kind === 'offline' ? (
          <p role="status" className="notice">
            {t('safety.trace.offline')}
          </p>
        ) : hold?.kind === 'signIn' ? (
          <p role="status" className="notice">
            {t('safety.trace.signIn')}{' '}
            <Link to="/login" state={{ from }}>
              {t('safety.trace.signInLink')}
            </Link>
          </p>
        ) : state.code !== null && query.isError ? (
          <ErrorView error={query.error} onRetry={() => void query.refetch()} />
        ) : state.code !== null && query.data ? (
          <Result result={query.data} />
        ) : null}
      </div>
    </section>
  );
}
