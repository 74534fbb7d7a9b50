import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/components/error-view';
import { isApiError } from '@/lib/api-error';

/**
 * An error's message as the counter says it. Some codes are shared with the person's screens,
 * whose words address the person ("refresh it"); the counter first looks for its own wording
 * under `prefixes` (`counter.scan.errors`), then the app's `errors.api.<CODE>`.
 */
export function useCounterErrorText(
  error: unknown,
  prefixes: readonly string[] = ['counter.errors'],
): string | null {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  const { keys, params } = errorMessage(error);
  const code = isApiError(error) && error.kind === 'http' ? error.code : undefined;
  const own = code === undefined ? [] : prefixes.map((prefix) => `${prefix}.${code}`);
  return t([...own, ...keys], params);
}
