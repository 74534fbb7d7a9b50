import { registerFeatureStrings } from '@/lib/feature-strings';
import { safetyEnUS } from './en-US';
import { safetyZhCN } from './zh-CN';

// Imported by the safety screen: the strings travel in its route's chunk.
registerFeatureStrings('safety', { 'zh-CN': safetyZhCN, 'en-US': safetyEnUS });
