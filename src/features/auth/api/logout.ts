import { apiRequest } from '@/lib/api-client';

export function logout(): Promise<void> {
  return apiRequest('/auth/logout', { method: 'POST' });
}
