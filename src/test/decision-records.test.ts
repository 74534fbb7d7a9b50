import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The decision records stay one numbered series, each dated with its status and listed in the
// README (docs/decisions/000-template.md says how to add one).
const DIR = join(process.cwd(), 'docs', 'decisions');
const records = readdirSync(DIR)
  .filter((f) => /^\d{3}-[a-z0-9-]+\.md$/.test(f) && !f.startsWith('000-'))
  .sort();
const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');

describe('decision records', () => {
  it('are numbered 001 onwards with no gap and no number used twice', () => {
    const numbers = records.map((f) => Number(f.slice(0, 3)));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it.each(records)('%s has a status with a date and is linked from the README', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    expect(text.split('\n')[0]).toMatch(new RegExp(`^# ${file.slice(0, 3)}\\b`));
    expect(text).toMatch(/Status: (proposed|accepted|superseded)[^\n]*\d{4}-\d{2}-\d{2}/);
    expect(readme).toContain(`(docs/decisions/${file})`);
  });
});
