import { useTranslation } from 'react-i18next';
import type { Hotline } from '../lib/hotlines';

/** A hotline as a tappable `tel:` link: its name, its number, and what to press or say. */
export function HotlineLink({ line, name }: { line: Hotline; name: string }) {
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
