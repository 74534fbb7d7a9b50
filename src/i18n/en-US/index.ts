import { app } from './app';
import { estimate } from './estimate';
import { rules } from './rules';

export const enUS = { ...app, rules, estimate };
