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
