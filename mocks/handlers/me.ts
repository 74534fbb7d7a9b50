import { endpoints } from '@/api-contract/endpoints';
import { profileSchema } from '@/api-contract/profile';
import { profileOf } from '../db';
import { ok } from '../http-utils';
import { route } from '../route';

export const meHandlers = [
  route(endpoints.getMe, ({ tx, session }) => ok(profileSchema, profileOf(tx, session.personId))),
];
