import type { RulesErrorKey } from './message-keys';
import type { MessageParams } from './types';

/**
 * Invalid input to the rules module. The UI shows `t(code, messageParams(params))`;
 * `message` is for developers only and is never shown to a person.
 */
export class RulesInputError extends Error {
  override readonly name = 'RulesInputError';
  /** Path of the offending input, e.g. `claims[2].policyRangeFen`. */
  readonly field: string;
  /** i18n key, e.g. `rules.error.fractionalFen`. */
  readonly code: RulesErrorKey;
  readonly params: MessageParams;

  constructor(field: string, code: RulesErrorKey, params: MessageParams = {}, detail?: string) {
    super(`${field}: ${code}${detail === undefined ? '' : ` (${detail})`}`);
    this.field = field;
    this.code = code;
    this.params = params;
  }
}

export function isRulesInputError(value: unknown): value is RulesInputError {
  return value instanceof RulesInputError;
}
