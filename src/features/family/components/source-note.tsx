import { useTranslation } from 'react-i18next';
import type { FamilySource } from '@/api-contract/family';
import { DataText } from '@/components/data-text';

// Splits the translated sentence around the document's name, which is marked as Chinese data.
const MARK = '\u0000';

/**
 * The source's words in the reader's language: the English the data carries on English
 * screens; otherwise the Chinese as the records hold it, marked as such.
 */
export function sourceText(
  source: FamilySource,
  language: string,
): { doc: string; note?: string; lang?: string } {
  if (!language.startsWith('zh') && source.en) return source.en;
  return { doc: source.doc, ...(source.note ? { note: source.note } : {}), lang: 'zh-CN' };
}

/** Where a rule or figure comes from, and how sure it is: an assumption says so. */
export function SourceNote({ source }: { source: FamilySource }) {
  const { t, i18n } = useTranslation();
  const text = sourceText(source, i18n.language);
  const [before = '', after = ''] = t('family.source', {
    doc: MARK,
    basis: t(`family.basis.${source.basis}`),
  }).split(MARK);
  const words = (value: string) =>
    text.lang ? <DataText lang={text.lang}>{value}</DataText> : value;
  return (
    <p className="muted small">
      {before}
      {words(text.doc)}
      {after}
      {text.note ? <> {words(text.note)}</> : null}
    </p>
  );
}
