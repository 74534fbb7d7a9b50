import { useTranslation } from 'react-i18next';
import { ANTI_FRAUD, CITY_HOTLINES, POLICE, type Hotline } from '../lib/hotlines';
import { MessageChecker } from './message-checker';
import '../i18n/safety-strings';
import './safety.css';

function HotlineLink({ line, name }: { line: Hotline; name: string }) {
  const { t } = useTranslation();
  const then =
    line.thenKey === 'press'
      ? t('safety.hotlines.press', { keys: line.then })
      : line.thenKey === 'ask'
        ? t('safety.hotlines.ask')
        : '';
  return (
    <a className="safety-hotline" href={`tel:${line.dial}`}>
      <span className="safety-hotline__name">{name}</span>
      <span className="safety-hotline__number">
        {line.number}
        {then ? <span className="small"> {then}</span> : null}
      </span>
    </a>
  );
}

/** /safety: what the bureau never asks for, who to call, and the message checker. */
export function SafetyScreen() {
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
