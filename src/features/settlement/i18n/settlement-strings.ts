import { registerFeatureStrings } from '@/lib/feature-strings';
import { settlementEnUS } from './en-US';
import { settlementZhCN } from './zh-CN';

// At import: the strings travel in the settlement routes' chunks, never in the entry.
registerFeatureStrings('settlement', { 'zh-CN': settlementZhCN, 'en-US': settlementEnUS });
