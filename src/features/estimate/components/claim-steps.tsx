import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SourceText } from '@/components/source-text';
import { useMoney } from '@/components/use-money';
import { traceStepMessageParams, type ClaimResult } from '@/rules';

interface ClaimStepsProps {
  claim: ClaimResult;
  /** The claim's position in the person's list, so results and editors match up. */
  n: number;
  /** Dated after today: a cost the person expects, not one they had. */
  planned?: boolean;
  /** The policy's first day: a step whose figure came into force later says since when. */
  policyFrom?: string;
}

/** One claim's split and every rule applied to it, in plain words with its source. */
export function ClaimSteps({ claim, n, planned = false, policyFrom }: ClaimStepsProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const titleId = useId();
  return (
    <article className="card claim-steps" aria-labelledby={titleId}>
      <h3 id={titleId} className="claim-steps__title">
        {t(planned ? 'estimate.result.claimPlanned' : 'estimate.result.claim', {
          n,
          date: claim.date,
          kind: t(`estimate.kind.${claim.kind}`),
          money: money(claim.policyRangeFen),
        })}
      </h3>
      <p className="money">
        {t('estimate.result.claimSplit', {
          fund: money(claim.fundFen),
          account: money(claim.accountFen),
          cash: money(claim.cashFen),
        })}
      </p>
      <ol className="steps">
        {claim.trace.map((step, i) => (
          <li key={`${i}-${step.rule.id}`} className="steps__item">
            <p>{t(step.messageKey, traceStepMessageParams(step))}</p>
            <SourceText
              source={step.rule.source}
              // The full title once per claim; the steps after it that cite the same document
              // name it by its number (a long title five times over buried the steps).
              short={claim.trace
                .slice(0, i)
                .some((s) => s.rule.source.doc === step.rule.source.doc)}
              assumed={step.rule.basis === 'assumed'}
              inForceFrom={
                policyFrom !== undefined &&
                step.rule.inForceFrom !== undefined &&
                step.rule.inForceFrom > policyFrom
                  ? step.rule.inForceFrom
                  : undefined
              }
            />
          </li>
        ))}
      </ol>
    </article>
  );
}
