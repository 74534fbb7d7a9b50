import { afterEach, describe, expect, it, vi } from 'vitest';
import { checksumChar } from '@/lib/id-number';
import { emulateDeviceTimeZone } from '@/test/device-time-zone';
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

describe('voucher passwords: the common patterns (issue 22, point 8)', () => {
  const birth = '1988-10-05';
  const idNumber = '140105198810050531';
  it.each([
    ['121212', 'password_pairs'],
    ['909090', 'password_pairs'],
    ['123123', 'password_triples'],
    ['520520', 'password_triples'],
    ['112233', 'password_doubles'],
    ['998877', 'password_doubles'],
    ['050531', 'password_idTail'],
  ])('%s → %s, with the ID known', (password, expected) => {
    expect(passwordError(password, password, birth, idNumber)).toBe(expected);
  });

  it('refuses the ID’s last six only when the ID is known', () => {
    expect(passwordError('050531', '050531', birth)).toBeNull();
    expect(passwordError('121212', '121212', birth)).toBe('password_pairs');
  });

  it('still takes passwords that are merely unusual', () => {
    for (const password of ['580314', '802413', '975318', '121213', '123124', '112234']) {
      expect(passwordError(password, password, birth, idNumber)).toBeNull();
    }
  });
});

describe('today is China’s, on a phone in another zone (issue 22, point 10)', () => {
  afterEach(() => vi.useRealTimers());
  const bornOn = (yyyymmdd: string) => {
    const first17 = `350102${yyyymmdd}226`;
    return first17 + checksumChar(first17);
  };

  it('in Los Angeles, someone born today in China is not born after today', () => {
    // 01:00 on the 23rd in China; 09:00 on the 22nd in Los Angeles.
    vi.setSystemTime(Date.parse('2026-11-23T01:00:00+08:00'));
    emulateDeviceTimeZone(-8 * 60);
    expect(new Date().getDate()).toBe(22);
    expect(checkId(bornOn('20261123'))).toMatchObject({ error: null, birthDate: '2026-11-23' });
  });

  it('on Kiritimati, someone born on the phone’s today is still born after China’s today', () => {
    // 22:00 on the 22nd in China; 04:00 on the 23rd on Kiritimati.
    vi.setSystemTime(Date.parse('2026-11-22T22:00:00+08:00'));
    emulateDeviceTimeZone(14 * 60);
    expect(new Date().getDate()).toBe(23);
    expect(checkId(bornOn('20261123')).error).toBe('idFuture');
  });
});
