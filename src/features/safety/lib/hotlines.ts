/**
 * The hotlines the fraud page lists (POLICY-FACTS §2, source 002). `dial` is what a `tel:` link
 * dials: a comma is a pause, so "0591-12345转7" dials the number and then presses 7. Where the
 * menu says "转医保", the caller asks the operator for 医保, which no tone can do.
 */
export interface Hotline {
  id: string;
  /** As published, for the eye. */
  number: string;
  dial: string;
  /** What to press or say after it answers; null when nothing. */
  thenKey: 'press' | 'ask' | null;
  then: string | null;
}

export const ANTI_FRAUD: Hotline = {
  id: 'antiFraud',
  number: '96110',
  dial: '96110',
  thenKey: null,
  then: null,
};
/** The national medical-security service line (医保服务热线), for reports of resold drugs too. */
export const MEDICAL_INSURANCE: Hotline = {
  id: 'medicalInsurance',
  number: '12393',
  dial: '12393',
  thenKey: null,
  then: null,
};
export const POLICE: Hotline = {
  id: 'police',
  number: '110',
  dial: '110',
  thenKey: null,
  then: null,
};

function city(id: string, number: string, then: string): Hotline {
  const digits = number.replace(/-/g, '');
  if (then === '医保') return { id, number, dial: digits, thenKey: 'ask', then: '医保' };
  if (then === '') return { id, number, dial: digits, thenKey: null, then: null };
  const keys = then.split('再转');
  return {
    id,
    number,
    dial: [digits, ...keys].join(','),
    thenKey: 'press',
    then: keys.join(' → '),
  };
}

/** Fujian's medical-insurance consultation lines, by city. */
export const CITY_HOTLINES: readonly Hotline[] = [
  city('province', '0591-12345', '6'),
  city('fuzhou', '0591-12345', '7'),
  city('xiamen', '0592-12333', ''),
  city('ningde', '0593-12345', '医保'),
  city('putian', '0594-12345', '2'),
  city('quanzhou', '0595-12345', '1再转2'),
  city('zhangzhou', '0596-12345', '医保'),
  city('longyan', '0597-12345', '医保'),
  city('sanming', '0598-12345', '医保'),
  city('nanping', '0599-12345', '医保'),
  city('pingtan', '0591-12345', '医保'),
];
