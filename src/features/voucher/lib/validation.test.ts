import { describe, expect, it } from 'vitest';
import { checkId, passwordError } from './validation';

const TODAY = '2026-11-22';

describe('ID numbers', () => {
  it('accepts a valid number, a lower-case x and full-width digits', () => {
    expect(checkId('140105198810050531', TODAY)).toMatchObject({
      error: null,
      idNumber: '140105198810050531',
      birthDate: '1988-10-05',
    });
    expect(checkId('11010519491231002x', TODAY)).toMatchObject({
      error: null,
      idNumber: '11010519491231002X',
    });
    expect(checkId('１４０１０５１９８８１００５０５３１', TODAY).error).toBeNull();
  });

  it.each([
    ['', 'idRequired'],
    ['14010519881005053', 'idLength'],
    ['140105881005053', 'idLength'],
    ['1401051988100505311', 'idLength'],
    ['14010519881005053A', 'idFormat'],
    ['140105198802300531', 'idBirthDate'],
    ['140105203001010531', 'idFuture'],
    ['140105189001010531', 'idTooEarly'],
    ['140105198810050532', 'idChecksum'],
  ])('%j → %s', (input, expected) => {
    expect(checkId(input, TODAY).error).toBe(expected);
  });

  it('reports how many characters were typed', () => {
    expect(checkId('14010519881005053', TODAY).length).toBe(17);
    expect(checkId('140105881005053', TODAY).length).toBe(15);
  });
});

describe('voucher passwords', () => {
  const birth = '1988-10-05';
  it.each([
    ['580314', '580314', null],
    ['802413', '802413', null],
    ['12345', '12345', 'password_format'],
    ['12345a', '12345a', 'password_format'],
    ['1234567', '1234567', 'password_format'],
    ['888888', '888888', 'password_same'],
    ['123456', '123456', 'password_run'],
    ['654321', '654321', 'password_run'],
    ['881005', '881005', 'password_birthDate'],
    ['100588', '100588', 'password_birthDate'],
    ['051088', '051088', 'password_birthDate'],
    ['198810', '198810', 'password_birthDate'],
    ['580314', '580315', 'passwordMismatch'],
  ])('%s / %s → %s', (password, confirmation, expected) => {
    expect(passwordError(password, confirmation, birth)).toBe(expected);
  });
});
