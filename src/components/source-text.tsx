import { useTranslation } from 'react-i18next';
import { sourceDocKeys, type SourceRef } from '@/rules';
import { DATA_MARK, withDataText } from './data-text';

/**
 * "来源：重庆市医疗保障局、重庆市财政局《…实施细则》及政策问答（渝医保发〔2023〕32号），《实施细则》
 * 第四条": issuer, title and number, so a person can find the document, then the clause.
 */
export function SourceText({
  source,
  assumed,
  inForceFrom,
  short = false,
}: {
  source: SourceRef;
  assumed: boolean;
  /** The document was named in full by an earlier step: its number is enough to find it. */
  short?: boolean;
  /** Said when the figure applied came into force after the policy began (a dated change). */
  inForceFrom?: string | undefined;
}) {
  const { t } = useTranslation();
  const doc = sourceDocKeys(source.doc);
  // The clause is cited as the document numbers it, in the document's language.
  const clause = DATA_MARK;
  const text =
    doc === undefined
      ? t('estimate.result.sourceUnknown', { clause })
      : short
        ? t('estimate.result.sourceAgain', { number: t(doc.number), clause })
        : t('estimate.result.source', {
            title: t(doc.title),
            issuer: t(doc.issuer),
            number: t(doc.number),
            clause,
          });
  return (
    <p className="steps__source">
      {withDataText(text, source.clause)}
      {inForceFrom === undefined ? null : ` ${t('estimate.result.inForce', { from: inForceFrom })}`}
      {assumed ? ` ${t('estimate.result.assumed')}` : null}
    </p>
  );
}
