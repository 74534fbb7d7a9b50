import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { VoucherStatus } from '@/api-contract/voucher';

interface PreflightProps {
  online: boolean;
  /** Undefined while unknown (loading, or the request failed). */
  status: VoucherStatus | undefined;
}

type Check = { id: 'network' | 'activated' | 'region'; ok: boolean | null };

/**
 * "Ready for the pharmacy?": the things that stop a code from working at the counter, each with
 * what to do about it. Checked on demand, from what the screen already knows.
 */
export function Preflight({ online, status }: PreflightProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const checks: Check[] = [
    { id: 'network', ok: online },
    { id: 'activated', ok: status ? status.activated : null },
    { id: 'region', ok: status ? status.activated && status.regionConfirmed : null },
  ];
  const allOk = checks.every((c) => c.ok === true);
  return (
    <section className="card" aria-labelledby="voucher-preflight-title">
      <h2 id="voucher-preflight-title" className="card__title">
        {t('voucher.preflight.title')}
      </h2>
      <button
        type="button"
        className="btn btn--secondary btn--block"
        aria-expanded={open}
        aria-controls="voucher-preflight-list"
        onClick={() => setOpen(!open)}
      >
        {t(open ? 'voucher.preflight.hide' : 'voucher.preflight.run')}
      </button>
      {open ? (
        <div id="voucher-preflight-list" className="stack">
          <p role="status" className={allOk ? 'voucher-ok' : 'voucher-bad'}>
            {t(allOk ? 'voucher.preflight.ready' : 'voucher.preflight.notReady')}
          </p>
          <ul className="voucher-checks">
            {checks.map((check) => (
              <li key={check.id} className="voucher-checks__item">
                <span className={check.ok ? 'tag tag--ok' : 'tag tag--warn'}>
                  {t(
                    check.ok === null
                      ? 'voucher.preflight.unknown'
                      : check.ok
                        ? 'voucher.preflight.ok'
                        : 'voucher.preflight.problem',
                  )}
                </span>{' '}
                <strong>{t(`voucher.preflight.${check.id}.label`)}</strong>
                {check.ok === true ? null : (
                  <p className="small">
                    {t(`voucher.preflight.${check.id}.fix`)}
                    {check.id === 'activated' && check.ok === false ? (
                      <>
                        {' '}
                        <Link to="/voucher/activate">{t('voucher.home.activate')}</Link>
                      </>
                    ) : null}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
