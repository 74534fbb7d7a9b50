import { app } from './app';
import { estimate } from './estimate';
import { rules } from './rules';

export const zhCN = { ...app, rules, estimate } as const;
