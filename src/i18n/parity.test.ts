import { describe, expect, it } from 'vitest';
import { zhCN } from './zh-CN';
import { enUS } from './en-US';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    leafKeys(child, prefix ? `${prefix}.${key}` : key),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
}

describe('translations', () => {
  const zhKeys = leafKeys(zhCN).sort();
  const enKeys = leafKeys(enUS).sort();

  it('has the same keys in zh-CN and en-US', () => {
    expect(enKeys).toEqual(zhKeys);
  });

  it('has no empty strings', () => {
    for (const key of zhKeys) {
      expect(lookup(zhCN, key), `zh-CN ${key}`).not.toBe('');
      expect(lookup(enUS, key), `en-US ${key}`).not.toBe('');
    }
  });

  it('uses the same interpolation placeholders in both languages', () => {
    for (const key of zhKeys) {
      const zh = lookup(zhCN, key);
      const en = lookup(enUS, key);
      expect(typeof zh === 'string' && typeof en === 'string' ? placeholders(en) : [], key).toEqual(
        typeof zh === 'string' ? placeholders(zh) : [],
      );
    }
  });
});
