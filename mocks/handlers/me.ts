import { http } from 'msw';
import { profileSchema } from '@/api-contract/profile';
import { jsonResponse } from '../http-utils';
import { authenticate, profileOf } from '../sessions';

export const meHandlers = [
  http.get('*/api/me', ({ request }) => {
    const auth = authenticate(request);
    if (auth instanceof Response) return auth;
    return jsonResponse(profileSchema, profileOf(auth.persona));
  }),
];
