import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoney } from '@/components/use-money';
import { findDatedPolicy, policyPeriod } from '@/rules';
import { isPlanned, type EstimateView } from '../hooks/use-estimate';
import { ClaimSteps } from './claim-steps';
import { SplitBar } from './split-bar';

interface EstimateResultProps {
  view: EstimateView;
  /** YYYY-MM-DD: claims after it are marked as planned. */
  today: string;
}

/**
 * Totals, the split picture, then each counted claim with its steps. Memoised: while the person
 * types, the urgent render passes the same (deferred) view and skips this whole subtree.
 */
export const EstimateResult = memo(function EstimateResult({ view, today }: EstimateResultProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { result } = view;
  const notCounted = view.excludedIds.filter((id) => !view.pendingIds.has(id)).length;
  const memberInvalid = Object.keys(view.memberErrors).length > 0;
  const totals = result?.totals;
  const dated = result === null ? undefined : findDatedPolicy(result.policyId);
  const policyFrom = dated === undefined ? undefined : policyPeriod(dated).from;
  const money = useMoney();

  return (
    <section className="stack estimator__section" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {t('estimate.result.title')}
      </h2>
      {notCounted > 0 ? (
        <p className="notice notice--warn" role="status">
          {t('estimate.result.notCounted', { count: notCounted })}
        </p>
      ) : null}
      {memberInvalid ? (
        <p className="notice notice--warn">{t('estimate.result.fixMember')}</p>
      ) : null}
      {result === null || totals === undefined ? (
        memberInvalid ? null : (
          <p className="muted">{t('estimate.result.none')}</p>
        )
      ) : (
        <>
          <div className="card stack">
            <dl className="definition-list result-totals">
              <div>
                <dt>{t('estimate.result.total')}</dt>
                <dd>{money(totals.policyRangeFen)}</dd>
              </div>
              <div className="result-totals__fund">
                <dt>{t('estimate.result.fund')}</dt>
                <dd>{money(totals.fundFen)}</dd>
              </div>
              {totals.otherSchemesFen > 0 ? (
                <div>
                  <dt>{t('estimate.result.otherSchemes')}</dt>
                  <dd>{money(totals.otherSchemesFen)}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('estimate.result.account')}</dt>
                <dd>{money(totals.accountFen)}</dd>
              </div>
              <div className="result-totals__cash">
                <dt>{t('estimate.result.cash')}</dt>
                <dd>{money(totals.cashFen)}</dd>
              </div>
              <div>
                <dt>{t('estimate.result.balanceAfter')}</dt>
                <dd>{money(result.personalAccountBalanceAfterFen)}</dd>
              </div>
            </dl>
            <SplitBar
              fundFen={totals.fundFen}
              accountFen={totals.accountFen}
              cashFen={totals.cashFen}
            />
          </div>
          <p className="muted small">{t('estimate.result.order')}</p>
          {result.claims.map((claim) => (
            <ClaimSteps
              key={claim.id}
              claim={claim}
              n={view.order.indexOf(claim.id) + 1}
              planned={isPlanned(claim.date, today)}
              {...(policyFrom === undefined ? {} : { policyFrom })}
            />
          ))}
        </>
      )}
    </section>
  );
});
