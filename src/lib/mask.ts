/**
 * Masks for personal data on screen. They follow the pattern people know from bank and
 * government apps, so a masked value still lets its owner recognise it.
 */

const STAR = '*';

function stars(count: number): string {
  return STAR.repeat(Math.max(0, count));
}

/**
 * `350102199001011234` → `350102********1234`: region and last four stay, the birth date and
 * sequence go. Anything shorter than a real ID is masked whole, as it cannot be told apart
 * from a fragment of one.
 */
export function maskIdNumber(id: string): string {
  const value = id.trim();
  if (value.length <= 10) return stars(value.length);
  return value.slice(0, 6) + stars(value.length - 10) + value.slice(-4);
}

/** `13812345678` → `138****5678`. Short or odd inputs are masked whole. */
export function maskPhone(phone: string): string {
  const value = phone.trim();
  if (value.length < 11) return stars(value.length);
  return value.slice(0, 3) + stars(value.length - 7) + value.slice(-4);
}

// Separators inside a name stay visible: they carry no identity and keep the shape readable.
const NAME_SEPARATOR = /[\s·・•.\-']/;

function maskHanName(chars: readonly string[]): string {
  if (chars.length <= 1) return stars(chars.length);
  if (chars.length === 2) return `${chars[0] ?? ''}${STAR}`;
  const middle = chars.slice(1, -1).map((c) => (NAME_SEPARATOR.test(c) ? c : STAR));
  return [chars[0] ?? '', ...middle, chars[chars.length - 1] ?? ''].join('');
}

// Latin-script names: each word keeps its initial (`John Smith` → `J*** S****`); keeping the
// last letter as in Chinese names would reveal more, because Latin words are longer.
function maskLatinName(chars: readonly string[]): string {
  let atWordStart = true;
  return chars
    .map((c) => {
      if (NAME_SEPARATOR.test(c)) {
        atWordStart = true;
        return c;
      }
      const out = atWordStart ? c : STAR;
      atWordStart = false;
      return out;
    })
    .join('');
}

/**
 * `张三丰` → `张*丰`, `张三` → `张*`, `欧阳娜娜` → `欧**娜`, `John Smith` → `J*** S****`.
 * Splits by code point, so rare characters outside the BMP count as one.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.some((c) => /[A-Za-z\u00C0-\u024F]/.test(c))) return maskLatinName(chars);
  return maskHanName(chars);
}

// The kind of place stays visible: a person checking a box needs to know it was a pharmacy.
const INSTITUTION_SUFFIXES = [
  '社区卫生服务中心',
  '卫生服务中心',
  '卫生院',
  '大药房',
  '药房',
  '药店',
  '医院',
  '诊所',
] as const;

/**
 * `福建省立医院` → `福建**医院`, `福州仁和堂大药房(五一店)` → `福州**大药房`, `大参林(民族路店)` →
 * `大**`: the first characters and the kind of place stay, the branch goes, and the middle is
 * always two stars so the length tells nothing. For places a person did not go to themselves
 * (another sale of a box they hold), where the name could lead to someone's purchase.
 */
export function maskInstitutionName(name: string): string {
  const base = name.replace(/[(（][^()（）]*[)）]\s*$/, '').trim();
  const chars = [...base];
  const suffix =
    INSTITUTION_SUFFIXES.find((s) => base.endsWith(s) && chars.length > [...s].length) ?? '';
  const core = chars.slice(0, chars.length - [...suffix].length);
  const keep = core.length >= 4 ? 2 : core.length >= 2 ? 1 : 0;
  return `${core.slice(0, keep).join('')}${STAR}${STAR}${suffix}`;
}
