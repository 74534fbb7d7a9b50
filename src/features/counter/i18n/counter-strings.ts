import { registerFeatureStrings } from '@/lib/feature-strings';
import { counterEnUS } from './en-US';
import { counterZhCN } from './zh-CN';

// Imported by the counter's screen: its strings travel in the counter's chunk (demo builds only).
registerFeatureStrings('counter', { 'zh-CN': counterZhCN, 'en-US': counterEnUS });
