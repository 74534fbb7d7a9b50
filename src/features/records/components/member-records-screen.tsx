import { useTranslation } from 'react-i18next';
import { DataText } from '@/components/data-text';
import { QueryState } from '@/components/query-state';
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
  return (
    <QueryState
      query={records}
      notFound={{
        text: t('records.member.goneNoName'),
        backTo: '/voucher/family',
        backLabel: t('records.member.back'),
      }}
      skeletonLines={6}
    >
      {({ member, records: yearRecords }) => (
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
          <RecordsView records={yearRecords} onYear={setYear} linkReceipts={false} />
        </div>
      )}
    </QueryState>
  );
}
