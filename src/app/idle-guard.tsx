import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useIdleTimeout } from '@/features/auth/hooks/use-idle-timeout';
import { useSignOut } from '@/features/auth/hooks/use-sign-out';

/** Signs an idle person out after a visible warning. Loaded only while someone is signed in. */
export function IdleGuard() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const idle = useIdleTimeout(true, () => {
    signOut('idle');
    // The sign-in screen stands in for the screen it interrupts (and returns there), as
    // RequireAuth's redirect does: back from it must not land on a screen that bounces.
    void navigate('/login', {
      replace: true,
      state: { from: location.pathname + location.search },
    });
  });
  if (idle.warningSecondsLeft === null) return null;
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby="idle-body"
      >
        <h2 id="idle-title" className="dialog__title">
          {t('auth.idleTitle')}
        </h2>
        <p id="idle-body">{t('auth.idleBody', { seconds: idle.warningSecondsLeft })}</p>
        <div className="dialog__actions">
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => {
              signOut('user');
              void navigate('/login', { replace: true });
            }}
          >
            {t('auth.signOutNow')}
          </button>
          <button type="button" className="btn btn--primary" autoFocus onClick={idle.stay}>
            {t('auth.staySignedIn')}
          </button>
        </div>
      </div>
    </div>
  );
}
