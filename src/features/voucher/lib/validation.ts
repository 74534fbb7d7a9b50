import { passwordProblem, type PasswordProblem } from '@/api-contract/voucher';
import { normaliseIdNumber, validateIdNumber } from '@/lib/id-number';

/*
 * What the wizard and the family form check before anything is sent, each problem as a key
 * under `voucher.errors.*`. The backend checks the same again (the contract's rules).
 */

export type IdError =
  'idRequired' | 'idLength' | 'idFormat' | 'idBirthDate' | 'idFuture' | 'idTooEarly' | 'idChecksum';

export interface IdCheck {
  error: IdError | null;
  /** For `idLength`: how many characters were typed. */
  length: number;
  /** The normalised number, when valid. */
  idNumber: string | null;
  birthDate: string | null;
}

export function checkId(input: string, today?: string): IdCheck {
  const id = normaliseIdNumber(input);
  const base = { length: id.length, idNumber: null, birthDate: null };
  if (id === '') return { ...base, error: 'idRequired' };
  const result = validateIdNumber(id, today === undefined ? {} : { today });
  if (result.valid) {
    return { error: null, length: 18, idNumber: result.idNumber, birthDate: result.birthDate };
  }
  switch (result.error) {
    case 'length':
      return { ...base, error: 'idLength' };
    case 'format':
      return { ...base, error: 'idFormat' };
    case 'birthDate':
      return { ...base, error: 'idBirthDate' };
    case 'birthTooEarly':
      return { ...base, error: 'idTooEarly' };
    case 'birthFuture':
      return { ...base, error: 'idFuture' };
    case 'checksum':
      return { ...base, error: 'idChecksum' };
  }
}

export type PasswordError = `password_${PasswordProblem}` | 'passwordMismatch';

/** `idNumber`, when the step knows it, also refuses the ID's last six digits. */
export function passwordError(
  password: string,
  confirmation: string,
  birthDate: string,
  idNumber?: string,
): PasswordError | null {
  const problem = passwordProblem(password, birthDate, idNumber);
  if (problem !== null) return `password_${problem}`;
  if (password !== confirmation) return 'passwordMismatch';
  return null;
}
