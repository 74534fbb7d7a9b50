import { RulesInputError, type RulesInputPath } from './errors';
import { RULES_ERROR } from './message-keys';
import { MAX_AMOUNT_FEN } from './money';
import { ENROLMENTS, MEMBER_STATUSES, type Member } from './types';

// Input arrives from forms and storage as well as from typed code, so every field is checked
// at run time even where the types already promise it.

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function includes<T extends string>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}

/** The fast check; `checkFen` says what is wrong. */
export function isValidFen(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_AMOUNT_FEN
  );
}

/** A valid amount of fen, or a RulesInputError at `path`. */
export function checkFen(path: RulesInputPath, value: unknown): number {
  if (typeof value !== 'number') {
    throw new RulesInputError(path, RULES_ERROR.invalidType, { expected: 'number' });
  }
  if (!Number.isFinite(value)) {
    throw new RulesInputError(path, RULES_ERROR.notFinite, { value: String(value) });
  }
  if (!Number.isInteger(value)) {
    throw new RulesInputError(path, RULES_ERROR.fractionalFen, { value });
  }
  if (value < 0) throw new RulesInputError(path, RULES_ERROR.negativeFen, { value });
  if (value > MAX_AMOUNT_FEN) {
    throw new RulesInputError(path, RULES_ERROR.amountTooLarge, { value, maxFen: MAX_AMOUNT_FEN });
  }
  return value + 0; // -0 → 0, so results never carry a negative zero
}

export function checkMember(path: RulesInputPath, member: unknown): Member {
  if (!isObject(member))
    throw new RulesInputError(path, RULES_ERROR.invalidType, { expected: 'object' });
  const { status, enrolment } = member;
  if (!includes(MEMBER_STATUSES, status)) {
    throw new RulesInputError([...path, 'status'], RULES_ERROR.unknownStatus, {
      value: String(status),
    });
  }
  if (!includes(ENROLMENTS, enrolment)) {
    throw new RulesInputError([...path, 'enrolment'], RULES_ERROR.unknownEnrolment, {
      value: String(enrolment),
    });
  }
  return { status, enrolment };
}

/** Whole years of age, 0–150. */
export function checkAge(path: RulesInputPath, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 150) {
    throw new RulesInputError(path, RULES_ERROR.invalidAge, { value: String(value) });
  }
  return value;
}
