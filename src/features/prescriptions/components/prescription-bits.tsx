import { useTranslation } from 'react-i18next';
import type { PrescriptionStatus } from '@/api-contract/prescriptions';
import { timeLeftParts } from '../lib/time';
import '../i18n/prescriptions-strings';

const STATUS_TONE: Record<PrescriptionStatus, string> = {
  'to-collect': 'tag--ok',
  sent: '',
  collected: '',
  expired: 'tag--warn',
  revoked: 'tag--warn',
};

export function StatusTag({ status }: { status: PrescriptionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`tag ${STATUS_TONE[status]}`}>{t(`prescriptions.status.${status}`)}</span>
  );
}

/** Time left until expiry: hours and minutes within a day, days and hours beyond. */
export function Countdown({ msLeft }: { msLeft: number }) {
  const { t } = useTranslation();
  const { days, hours, minutes } = timeLeftParts(msLeft);
  return (
    <span className="rx-countdown">
      {days > 0
        ? t('prescriptions.timeLeftDays', { days, hours })
        : t('prescriptions.timeLeft', { hours, minutes })}
    </span>
  );
}
