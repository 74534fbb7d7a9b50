import { useEffect, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

interface PageProps {
  title: string;
  /** Show the back button (every screen below a tab). */
  back?: boolean;
  /** Where back goes when it is a step inside this screen rather than the previous screen. */
  onBack?: () => void;
  children: ReactNode;
  right?: ReactNode;
}

/** Screen frame: a header with an accessible back button, the title as h1, then content. */
export function Page({ title, back = false, onBack, children, right }: PageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useEffect(() => {
    const app = t('app.name');
    // Home is titled with the app's own name; "医保通 · 医保通" would read as a mistake.
    document.title = title === app ? app : `${title} · ${app}`;
  }, [title, t]);
  return (
    <div className="page">
      <header className="page__header">
        <div className="page__header-side">
          {back ? (
            <button
              type="button"
              className="page__back"
              aria-label={t('nav.back')}
              onClick={() => {
                if (onBack) onBack();
                else if (window.history.length > 1) void navigate(-1);
                else void navigate('/');
              }}
            >
              <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                <path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" strokeWidth="2.4" />
              </svg>
            </button>
          ) : null}
        </div>
        <h1 className="page__title">{title}</h1>
        <div className="page__header-side page__header-side--right">{right}</div>
      </header>
      <main id="main" className="page__body" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
