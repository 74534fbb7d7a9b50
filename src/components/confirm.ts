import Dialog from 'antd-mobile/es/components/dialog';
import { i18n } from '@/lib/i18n';
import { applyAntdLocale } from './antd-setup';

/** A translated yes/no question; resolves true when the person confirms. */
export function confirm(content: string): Promise<boolean> {
  applyAntdLocale(i18n.language);
  return Dialog.confirm({
    content,
    confirmText: i18n.t('me.confirm'),
    cancelText: i18n.t('me.cancel'),
  });
}
