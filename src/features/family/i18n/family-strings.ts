import { registerFeatureStrings } from '@/lib/feature-strings';
import { familyEnUS } from './en-US';
import { familyZhCN } from './zh-CN';

// At import: the strings travel in the family route's chunk, never in the entry.
registerFeatureStrings('family', { 'zh-CN': familyZhCN, 'en-US': familyEnUS });
