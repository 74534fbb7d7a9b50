import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataText } from '@/components/data-text';
import { ErrorView } from '@/components/error-view';
import { Skeleton } from '@/components/skeleton';
import { isApiError } from '@/lib/api-error';
import { useMemberRecords } from '../api/get-member-records';
import { RecordsView } from './records-view';
import { useYearParam } from './records-screen';

/**
 * A family proxy member's records (亲情账户, `002` Q3): who they are, how they consented, and
 * their year. A member removed meanwhile (here or on another device) is said so, not an error.
 */
export function MemberRecordsScreen({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const records = useMemberRecords(memberId, year);
  if (records.isPending) return <Skeleton lines={6} />;
  if (records.isError) {
    if (isApiError(records.error) && records.error.status === 404) {
      return (
        <section className="card stack">
          <p role="alert">{t('records.member.goneNoName')}</p>
          <Link className="btn btn--secondary" to="/voucher/family">
            {t('records.member.back')}
          </Link>
        </section>
      );
    }
    return <ErrorView error={records.error} onRetry={() => void records.refetch()} />;
  }
  const { member } = records.data;
  return (
    <div className="stack">
      <section className="card stack">
        <p className="card__title">
          <DataText>{member.name}</DataText> · {t(`voucher.relation.${member.relation}`)}
        </p>
        <p className="small">{t(`records.member.consent.${member.consent}`)}</p>
        {member.insuredHere ? null : (
          <p className="notice">{t('records.member.notInsuredHere', { name: member.name })}</p>
        )}
      </section>
      <RecordsView records={records.data.records} onYear={setYear} linkReceipts={false} />
    </div>
  );
}
