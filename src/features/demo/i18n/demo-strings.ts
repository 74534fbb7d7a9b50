import { registerFeatureStrings } from '@/lib/feature-strings';
import { demoEnUS } from './en-US';
import { demoZhCN } from './zh-CN';

/**
 * Adds the `demo.*` strings to i18n. Modules that only demo builds load call this, so the
 * production build carries none of these strings.
 */
export function registerDemoStrings(): void {
  registerFeatureStrings('demo', { 'zh-CN': demoZhCN, 'en-US': demoEnUS });
}
