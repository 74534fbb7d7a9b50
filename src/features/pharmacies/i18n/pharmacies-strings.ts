import { registerFeatureStrings } from '@/lib/feature-strings';
import { pharmaciesEnUS } from './en-US';
import { pharmaciesZhCN } from './zh-CN';

registerFeatureStrings('pharmacies', { 'zh-CN': pharmaciesZhCN, 'en-US': pharmaciesEnUS });
