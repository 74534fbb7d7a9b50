import type { ReactNode } from 'react';

/**
 * Data shown as the records hold it (a person's name, a region), marked with its own language
 * so screen readers pronounce it right inside an English interface (WCAG 3.1.2).
 */
export function DataText({ children, lang = 'zh-CN' }: { children?: ReactNode; lang?: string }) {
  return (
    <span lang={lang} translate="no">
      {children}
    </span>
  );
}

/** Stands in for a data value inside a translated sentence until the sentence is split round it. */
export const DATA_MARK = '\u2063';

/**
 * A translated sentence with one data value in it (interpolated as `DATA_MARK`), the value marked
 * with its own language: "For a refund, go to the <span lang=zh-CN>…</span> desk today".
 */
export function withDataText(text: string, data: string, lang = 'zh-CN'): ReactNode {
  const at = text.indexOf(DATA_MARK);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <DataText lang={lang}>{data}</DataText>
      {text.slice(at + DATA_MARK.length)}
    </>
  );
}
