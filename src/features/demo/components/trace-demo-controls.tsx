import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TRACE_CODE_PATTERN } from '@/api-contract/trace-codes';
import { DataText } from '@/components/data-text';
import { ErrorView } from '@/components/error-view';
import { TextField } from '@/components/text-field';
import { isApiError } from '@/lib/api-error';
import { useResellTraceCode } from '../api/resell-trace-code';

/**
 * 再结算一次这盒药: support staff paste a code from a receipt, and the backend records the same
 * box sold again at another pharmacy, so the person's check then says it was sold more than once
 * (a resold box). The code is one the receipt printed, so only its spaces are tidied here.
 */
export function TraceDemoControls() {
  const { t } = useTranslation();
  const resell = useResellTraceCode();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const code = text.replace(/\s/g, '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!TRACE_CODE_PATTERN.test(code)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    resell.mutate(code);
  };

  const notSold = isApiError(resell.error) && resell.error.code === 'NOT_FOUND';
  return (
    <section className="card stack" aria-labelledby="demo-trace">
      <h2 id="demo-trace" className="card__title">
        {t('demo.trace.title')}
      </h2>
      <form className="form stack" onSubmit={submit} noValidate>
        <TextField
          label={t('demo.trace.code')}
          hint={t('demo.trace.hint')}
          value={text}
          onChange={(value) => {
            setText(value);
            setInvalid(false);
            resell.reset();
          }}
          error={invalid ? t('demo.trace.invalid') : notSold ? t('demo.trace.notSold') : null}
          autoComplete="off"
          inputMode="numeric"
        />
        <button type="submit" className="btn btn--secondary btn--block" disabled={resell.isPending}>
          {t('demo.trace.submit')}
        </button>
      </form>
      {resell.error && !notSold ? <ErrorView error={resell.error} /> : null}
      {resell.data ? (
        <p role="status" className="notice">
          {t('demo.trace.done')} <DataText>{resell.data.sale.placeMasked}</DataText>{' '}
          <Link to={`/safety?trace=${resell.data.code}`}>{t('demo.trace.check')}</Link>
        </p>
      ) : null}
    </section>
  );
}
