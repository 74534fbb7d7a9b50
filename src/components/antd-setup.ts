import { createRoot } from 'react-dom/client';
import { setDefaultConfig } from 'antd-mobile/es/components/config-provider';
import { unstableSetRender } from 'antd-mobile/es/utils/unstable-render';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';

// Imported only by the lazily loaded pieces that use antd-mobile, so none of it weighs on the
// entry chunk. antd-mobile's imperative APIs render nothing on React 19 until they are given a
// createRoot renderer.
unstableSetRender((node, container) => {
  const root = createRoot(container);
  root.render(node);
  return async () => {
    root.unmount();
  };
});

const locales = { 'zh-CN': zhCN, 'en-US': enUS } as const;

/** Imperative dialogs ignore ConfigProvider, so the locale is set globally before each use. */
export function applyAntdLocale(language: string): void {
  setDefaultConfig({ locale: language === 'en-US' ? locales['en-US'] : locales['zh-CN'] });
}
