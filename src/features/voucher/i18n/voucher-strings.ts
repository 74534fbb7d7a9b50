import { registerFeatureStrings } from '@/lib/feature-strings';
import { voucherEnUS } from './en-US';
import { voucherZhCN } from './zh-CN';

// Imported by the feature's screens: the strings travel in the voucher routes' chunks.
registerFeatureStrings('voucher', { 'zh-CN': voucherZhCN, 'en-US': voucherEnUS });
