import { registerFeatureStrings } from '@/lib/feature-strings';
import { recordsEnUS } from './en-US';
import { recordsZhCN } from './zh-CN';

// At import: the strings travel in the records routes' chunks, never in the entry.
registerFeatureStrings('records', { 'zh-CN': recordsZhCN, 'en-US': recordsEnUS });
