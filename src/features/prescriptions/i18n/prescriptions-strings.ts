import { registerFeatureStrings } from '@/lib/feature-strings';
import { prescriptionsEnUS } from './en-US';
import { prescriptionsZhCN } from './zh-CN';

registerFeatureStrings('prescriptions', {
  'zh-CN': prescriptionsZhCN,
  'en-US': prescriptionsEnUS,
});
