import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';

const TABS = [
  { to: '/', key: 'nav.home', icon: 'M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1z' },
  {
    to: '/me',
    key: 'nav.me',
    icon: 'M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zm0 2c-4.4 0-8 2.2-8 5v2h16v-2c0-2.8-3.6-5-8-5z',
  },
] as const;

/**
 * Bottom tab bar. Plain links rather than antd-mobile's TabBar: its 10 px labels and
 * div-based items fail the elder-mode size and keyboard requirements.
 */
export function TabNav() {
  const { t } = useTranslation();
  return (
    <nav className="tab-nav" aria-label={t('nav.mainNav')}>
      {TABS.map((tab) => (
        <NavLink
          key={tab.to}
          to={tab.to}
          end={tab.to === '/'}
          className={({ isActive }) => `tab-nav__item${isActive ? ' tab-nav__item--active' : ''}`}
        >
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
            <path d={tab.icon} fill="currentColor" />
          </svg>
          <span className="tab-nav__label">{t(tab.key)}</span>
        </NavLink>
      ))}
    </nav>
  );
}
