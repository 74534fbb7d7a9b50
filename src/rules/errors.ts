import type { RulesErrorKey } from './message-keys';
import type { MessageParams } from './types';

/** Where in the input a problem is: `['claims', 2, 'policyRangeFen']`; `[]` is the input itself. */
export type RulesInputPath = readonly (string | number)[];

/** `['claims', 2, 'policyRangeFen']` → `claims[2].policyRangeFen`, for logs and old callers. */
export function pathToField(path: RulesInputPath): string {
  if (path.length === 0) return 'input';
  let field = '';
  for (const part of path) {
    if (typeof part === 'number') field += `[${part}]`;
    else field += field === '' ? part : `.${part}`;
  }
  return field;
}

/**
 * Invalid input to the rules module. The UI shows `t(code, messageParams(params))` on the input
 * `path` names; `message` is for developers only and is never shown to a person.
 */
export class RulesInputError extends Error {
  override readonly name = 'RulesInputError';
  /** The offending input, e.g. `['claims', 2, 'policyRangeFen']`: match on this, not on text. */
  readonly path: RulesInputPath;
  /** The same path as text, e.g. `claims[2].policyRangeFen`. */
  readonly field: string;
  /** i18n key, e.g. `rules.error.fractionalFen`. */
  readonly code: RulesErrorKey;
  readonly params: MessageParams;

  constructor(
    path: RulesInputPath,
    code: RulesErrorKey,
    params: MessageParams = {},
    detail?: string,
  ) {
    const field = pathToField(path);
    super(`${field}: ${code}${detail === undefined ? '' : ` (${detail})`}`);
    this.path = Object.freeze([...path]);
    this.field = field;
    this.code = code;
    this.params = params;
  }
}

export function isRulesInputError(value: unknown): value is RulesInputError {
  return value instanceof RulesInputError;
}
