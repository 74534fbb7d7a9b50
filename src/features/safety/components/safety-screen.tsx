import { useTranslation } from 'react-i18next';
import { ANTI_FRAUD, CITY_HOTLINES, POLICE } from '../lib/hotlines';
import { HotlineLink } from './hotline-link';
import { MessageChecker } from './message-checker';
import { TraceCodeChecker } from './trace-code-checker';
import '../i18n/safety-strings';
import './safety.css';

interface SafetyScreenProps {
  /** Checking a traceability code needs a session; the rest of the page does not. */
  signedIn: boolean;
  /** A code to check at once (`/safety?trace=<code>`, as the receipt links it). */
  traceCode?: string | null;
}

/**
 * /safety: what the bureau never asks for, who to call, the message checker and the
 * traceability-code check.
 */
export function SafetyScreen({ signedIn, traceCode = null }: SafetyScreenProps) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <section className="card card--warn" aria-labelledby="safety-warning-title">
        <h2 id="safety-warning-title" className="card__title">
          {t('safety.warning.title')}
        </h2>
        <p>{t('safety.warning.never')}</p>
        <ul className="safety-list">
          <li>{t('safety.warning.id')}</li>
          <li>{t('safety.warning.card')}</li>
          <li>{t('safety.warning.code')}</li>
          <li>{t('safety.warning.money')}</li>
        </ul>
        <p>
          <strong>{t('safety.warning.fraudster')}</strong>
        </p>
        <p>{t('safety.warning.example')}</p>
        <p className="muted small">{t('safety.warning.official')}</p>
      </section>
      <section className="card stack" aria-labelledby="safety-call-title">
        <h2 id="safety-call-title" className="card__title">
          {t('safety.hotlines.urgentTitle')}
        </h2>
        <HotlineLink line={ANTI_FRAUD} name={t('safety.hotlines.antiFraud')} />
        <HotlineLink line={POLICE} name={t('safety.hotlines.police')} />
      </section>
      <TraceCodeChecker signedIn={signedIn} initialCode={traceCode} />
      <MessageChecker />
      <section className="card stack" aria-labelledby="safety-cities-title" id="hotlines">
        <h2 id="safety-cities-title" className="card__title">
          {t('safety.hotlines.citiesTitle')}
        </h2>
        <p className="small">{t('safety.hotlines.citiesIntro')}</p>
        <ul className="safety-hotlines">
          {CITY_HOTLINES.map((line) => (
            <li key={line.id}>
              <HotlineLink line={line} name={t(`safety.hotlines.city.${line.id}`)} />
            </li>
          ))}
        </ul>
        <p className="muted small">{t('safety.hotlines.source')}</p>
      </section>
    </div>
  );
}
