import { useTranslation } from 'react-i18next';
import type { FamilySource } from '@/api-contract/family';
import { DataText } from '@/components/data-text';

// Splits the translated sentence around the document's name, which is marked as Chinese data.
const MARK = '\u0000';

/** Where a rule or figure comes from, and how sure it is: an assumption says so. */
export function SourceNote({ source }: { source: FamilySource }) {
  const { t } = useTranslation();
  const [before = '', after = ''] = t('family.source', {
    doc: MARK,
    basis: t(`family.basis.${source.basis}`),
  }).split(MARK);
  return (
    <p className="muted small">
      {before}
      <DataText>{source.doc}</DataText>
      {after}
      {source.note ? (
        <>
          {' '}
          <DataText>{source.note}</DataText>
        </>
      ) : null}
    </p>
  );
}
