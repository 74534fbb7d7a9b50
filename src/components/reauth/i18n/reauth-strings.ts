import { registerFeatureStrings } from '@/lib/feature-strings';
import { reauthEnUS } from './en-US';
import { reauthZhCN } from './zh-CN';

// At import: the dialog's strings travel with the screens that move money, not in the entry.
registerFeatureStrings('reauth', { 'zh-CN': reauthZhCN, 'en-US': reauthEnUS });
