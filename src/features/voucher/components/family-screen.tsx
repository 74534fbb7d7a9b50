import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProxyMember } from '@/api-contract/voucher';
import { confirm } from '@/components/confirm';
import { DataText } from '@/components/data-text';
import { ErrorView } from '@/components/error-view';
import { Skeleton } from '@/components/skeleton';
import { maskIdNumber, maskName } from '@/lib/mask';
import { InlineError } from '@/components/inline-error';
import { useActivateProxyMember } from '../api/activate-proxy-member';
import { useProxyMembers } from '../api/get-proxy-members';
import { useVoucherStatus } from '../api/get-voucher-status';
import { useRemoveProxyMember } from '../api/remove-proxy-member';
import { AddMemberForm } from './add-member-form';
import { CodePanel } from './code-panel';
import './voucher.css';
import '../i18n/voucher-strings';

/**
 * /voucher/family: the family proxy account (亲情账户). Says first what it is not: the family
 * mutual-aid account (家庭共济), which moves money; people confuse the two.
 */
export function FamilyScreen({ selfIdNumber }: { selfIdNumber: string | undefined }) {
  const { t } = useTranslation();
  const status = useVoucherStatus();
  const activated = status.data?.activated === true;
  const members = useProxyMembers(activated);
  const [adding, setAdding] = useState(false);
  // The member whose code is shown lives in the address, so back and reload keep the step.
  const [params, setParams] = useSearchParams();
  const showingId = params.get('member');
  const showing = members.data?.members.find((m) => m.id === showingId && m.activated) ?? null;
  const setShowing = (member: ProxyMember | null) =>
    setParams(
      (p) => {
        if (member) p.set('member', member.id);
        else p.delete('member');
        return p;
      },
      { replace: member === null },
    );
  const [announcement, setAnnouncement] = useState('');
  const activate = useActivateProxyMember();
  const remove = useRemoveProxyMember();

  if (showing) {
    return (
      <div className="stack">
        <CodePanel memberId={showing.id} memberRelation={showing.relation} />
        <button
          type="button"
          className="btn btn--secondary btn--block"
          onClick={() => setShowing(null)}
        >
          {t('voucher.family.backToList')}
        </button>
      </div>
    );
  }

  const notice = (
    <aside className="card card--warn" aria-labelledby="voucher-family-not">
      <h2 id="voucher-family-not" className="card__title">
        {t('voucher.family.notMutualAidTitle')}
      </h2>
      <p>{t('voucher.family.notMutualAidBody')}</p>
    </aside>
  );

  if (status.isPending) return <Skeleton lines={4} />;
  if (status.isError)
    return <ErrorView error={status.error} onRetry={() => void status.refetch()} />;
  if (!activated) {
    return (
      <div className="stack">
        {notice}
        <div className="card">
          <p>{t('voucher.family.needsOwn')}</p>
          <Link className="btn btn--primary btn--block" to="/voucher/activate">
            {t('voucher.home.activate')}
          </Link>
        </div>
      </div>
    );
  }

  const list = members.data?.members ?? [];
  const max = members.data?.maxMembers ?? 5;
  const full = list.length >= max;

  const onRemove = async (member: ProxyMember) => {
    const ok = await confirm(
      t('voucher.family.removeConfirm', {
        relation: t(`voucher.relation.${member.relation}`),
        name: maskName(member.name),
      }),
    );
    if (!ok) return;
    remove.mutate(member.id, {
      onSuccess: () =>
        setAnnouncement(t('voucher.family.removed', { name: maskName(member.name) })),
    });
  };

  return (
    <div className="stack">
      <p>{t('voucher.family.intro')}</p>
      {notice}
      <p role="status" className="voucher-announce">
        {announcement}
      </p>
      <section aria-labelledby="voucher-family-list" className="stack">
        <h2 id="voucher-family-list" className="section-title">
          {t('voucher.family.listTitle', { count: list.length, max })}
        </h2>
        {members.isPending ? <Skeleton lines={3} /> : null}
        {members.isError ? (
          <ErrorView error={members.error} onRetry={() => void members.refetch()} />
        ) : null}
        {members.isSuccess && list.length === 0 ? (
          <p className="muted">{t('voucher.family.empty')}</p>
        ) : null}
        {list.length > 0 ? (
          <ul className="list">
            {list.map((member) => (
              <li key={member.id} className="list__item voucher-member">
                <div className="list__main">
                  <p className="list__title">
                    {t(`voucher.relation.${member.relation}`)} ·{' '}
                    <DataText>{maskName(member.name)}</DataText>
                  </p>
                  <p className="small">
                    <DataText>{maskIdNumber(member.idNumber)}</DataText> ·{' '}
                    <DataText>{member.regionName}</DataText>
                  </p>
                  <p className="small">
                    <span className={member.activated ? 'tag tag--ok' : 'tag tag--warn'}>
                      {t(
                        member.activated
                          ? 'voucher.family.activated'
                          : 'voucher.family.notActivated',
                      )}
                    </span>
                  </p>
                </div>
                <div className="voucher-member__actions">
                  {member.activated ? (
                    <button
                      type="button"
                      className="btn btn--primary btn--small"
                      onClick={() => setShowing(member)}
                    >
                      {t('voucher.family.showCode', { name: maskName(member.name) })}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="btn btn--primary btn--small"
                      disabled={activate.isPending}
                      onClick={() =>
                        activate.mutate(member.id, {
                          onSuccess: () =>
                            setAnnouncement(
                              t('voucher.family.activatedNow', { name: maskName(member.name) }),
                            ),
                        })
                      }
                    >
                      {t('voucher.family.activate', { name: maskName(member.name) })}
                    </button>
                  )}
                  <Link
                    className="btn btn--secondary btn--small"
                    to={`/voucher/family/${encodeURIComponent(member.id)}/records`}
                  >
                    {t('voucher.family.records', { name: maskName(member.name) })}
                  </Link>
                  <button
                    type="button"
                    className="btn btn--danger btn--small"
                    onClick={() => void onRemove(member)}
                  >
                    {t('voucher.family.remove', { name: maskName(member.name) })}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
        {activate.isError ? <InlineError error={activate.error} /> : null}
        {remove.isError ? <InlineError error={remove.error} /> : null}
      </section>
      {adding ? (
        <AddMemberForm
          selfIdNumber={selfIdNumber}
          existingIds={list.map((m) => m.idNumber)}
          onCancel={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            setAnnouncement(t('voucher.family.added'));
          }}
        />
      ) : (
        <div className="stack">
          <button
            type="button"
            className="btn btn--primary btn--block"
            disabled={full || !members.isSuccess}
            aria-describedby={full ? 'voucher-family-full' : undefined}
            onClick={() => setAdding(true)}
          >
            {t('voucher.family.add')}
          </button>
          {full ? (
            <p id="voucher-family-full" className="field__error">
              {t('voucher.family.full', { max })}
            </p>
          ) : null}
        </div>
      )}
    </div>
  );
}
