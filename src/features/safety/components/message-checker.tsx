import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '@/components/field-shell';
import {
  checkMessage,
  MESSAGE_MAX_CHARS,
  messageProblem,
  type MessageCheck,
  type Signal,
} from '../lib/check-message';

/**
 * Paste an SMS, see what makes it suspicious. Runs in the page (no network), and keeps the text
 * as typed whatever the outcome.
 */
export function MessageChecker() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [result, setResult] = useState<MessageCheck | null>(null);
  const [problem, setProblem] = useState<ReturnType<typeof messageProblem>>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = messageProblem(text);
    setProblem(found);
    setResult(found === null ? checkMessage(text) : null);
  };

  const shown = result ? shownSignals(result.signals) : [];

  return (
    <section className="card stack" aria-labelledby="safety-check-title">
      <h2 id="safety-check-title" className="card__title">
        {t('safety.check.title')}
      </h2>
      <p>{t('safety.check.intro')}</p>
      <form className="form stack" onSubmit={submit} noValidate>
        <FieldShell
          label={t('safety.check.label')}
          hint={t('safety.check.hint', { max: MESSAGE_MAX_CHARS })}
          error={
            problem
              ? t(`safety.check.${problem}`, { count: text.length, max: MESSAGE_MAX_CHARS })
              : null
          }
          errorRole="alert"
        >
          {({ inputId, describedBy, invalid }) => (
            <textarea
              id={inputId}
              className="field__input safety-message"
              rows={5}
              value={text}
              aria-invalid={invalid ? true : undefined}
              aria-describedby={describedBy}
              onChange={(e) => {
                setText(e.target.value);
                setResult(null);
              }}
            />
          )}
        </FieldShell>
        <button type="submit" className="btn btn--primary btn--block">
          {t('safety.check.submit')}
        </button>
      </form>
      {result ? (
        <div role="status" className="stack">
          <p className={`safety-verdict safety-verdict--${result.verdict}`}>
            {t(`safety.check.verdict.${result.verdict}`)}
          </p>
          {shown.length > 0 ? (
            <ul className="safety-reasons">
              {shown.map((signal) => (
                <li key={signal.kind}>
                  <strong>{t(`safety.check.signal.${signal.kind}`)}</strong>
                  <p className="small">
                    {t('safety.check.triggeredBy')}{' '}
                    {signal.matches.map((words, i) => (
                      <span key={words}>
                        {i > 0 ? t('safety.check.separator') : null}
                        <mark lang="zh-CN">{words}</mark>
                      </span>
                    ))}
                  </p>
                </li>
              ))}
            </ul>
          ) : null}
          {result.official.length > 0 ? (
            <ul className="safety-official">
              {result.official.map((link) => (
                <li key={link.written}>
                  <strong>
                    {link.owner
                      ? t(`safety.check.official.${link.owner}`, { host: link.host })
                      : t('safety.check.official.government', { host: link.host })}
                  </strong>
                  <p className="small">{t('safety.check.official.advice')}</p>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="small">{t(`safety.check.advice.${result.verdict}`)}</p>
        </div>
      ) : null}
    </section>
  );
}

/**
 * Each address is quoted once, under its most telling reason: a look-alike or a disguised
 * address is not listed again under the plain "contains a link".
 */
function shownSignals(signals: readonly Signal[]): Signal[] {
  const specific = new Set(
    signals
      .filter((s) => s.kind === 'lookalike' || s.kind === 'disguisedLink')
      .flatMap((s) => s.matches),
  );
  return signals.flatMap((signal) => {
    if (signal.kind !== 'link') return [signal];
    const matches = signal.matches.filter((words) => !specific.has(words));
    return matches.length > 0 ? [{ ...signal, matches }] : [];
  });
}
