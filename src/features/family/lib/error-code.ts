import { isApiError } from '@/lib/api-error';

/** The API's error code of a failure, when the server gave one. */
export function errorCode(error: unknown): string | undefined {
  return isApiError(error) ? error.code : undefined;
}
