/**
 * A relative's name as the voucher issue checks it: Chinese characters, the parts of an ethnic
 * name joined by a middle dot (·, also typed as ・ or •), 2–20 characters in all.
 */
const NAME_PATTERN = /^[\u3400-\u9fff]+(?:·[\u3400-\u9fff]+)*$/u;

export function normaliseName(name: string): string {
  return name.trim().replace(/[・•]/g, '·');
}

export function isValidName(name: string): boolean {
  const normalised = normaliseName(name);
  return normalised.length >= 2 && normalised.length <= 20 && NAME_PATTERN.test(normalised);
}
