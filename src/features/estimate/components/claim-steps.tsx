import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatFenAsYuan,
  sourceDocKey,
  traceStepMessageParams,
  type ClaimResult,
  type SourceRef,
} from '@/rules';

/** "来源：重庆市…问答及实施细则（004）《实施细则》第四条；问答八、十": document, seed id, clause. */
export function SourceText({ source, assumed }: { source: SourceRef; assumed: boolean }) {
  const { t } = useTranslation();
  const docKey = sourceDocKey(source.doc);
  return (
    <p className="steps__source">
      {t('estimate.result.source', {
        doc: t(docKey ?? 'estimate.result.sourceDoc'),
        id: source.doc,
        clause: source.clause,
      })}
      {assumed ? ` ${t('estimate.result.assumed')}` : null}
    </p>
  );
}

interface ClaimStepsProps {
  claim: ClaimResult;
  /** The claim's position in the person's list, so results and editors match up. */
  n: number;
}

/** One claim's split and every rule applied to it, in plain words with its source. */
export function ClaimSteps({ claim, n }: ClaimStepsProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <article className="card claim-steps" aria-labelledby={titleId}>
      <h3 id={titleId} className="claim-steps__title">
        {t('estimate.result.claim', {
          n,
          date: claim.date,
          kind: t(`estimate.kind.${claim.kind}`),
          amount: formatFenAsYuan(claim.policyRangeFen),
        })}
      </h3>
      <p className="money">
        {t('estimate.result.claimSplit', {
          fund: formatFenAsYuan(claim.fundFen),
          account: formatFenAsYuan(claim.accountFen),
          cash: formatFenAsYuan(claim.cashFen),
        })}
      </p>
      <ol className="steps">
        {claim.trace.map((step, i) => (
          <li key={`${i}-${step.rule.id}`} className="steps__item">
            <p>{t(step.messageKey, traceStepMessageParams(step))}</p>
            <SourceText source={step.rule.source} assumed={step.rule.basis === 'assumed'} />
          </li>
        ))}
      </ol>
    </article>
  );
}
