import { describe, expect, it } from 'vitest';
import { personas } from '@mocks/seed';
import { API_ERROR_CODES } from '@/api-contract/common';
import { demoEnUS } from '@/features/demo/i18n/en-US';
import { demoZhCN } from '@/features/demo/i18n/zh-CN';
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

// The app's strings ship in every build; a feature's (src/features/<feature>/i18n/) load with
// its route, and the demo console's with the console (demo builds).
const featureModules = import.meta.glob<Record<string, object>>(
  ['../features/*/i18n/{zh-CN,en-US}.ts', '../components/*/i18n/{zh-CN,en-US}.ts'],
  { eager: true },
);

function onlyExport(path: string): object {
  const module = featureModules[path];
  const values = module ? Object.values(module) : [];
  if (values.length !== 1 || values[0] === undefined) {
    throw new Error(`${path} must export exactly one strings object`);
  }
  return values[0];
}

const featureBundles = Object.keys(featureModules)
  .filter((path) => path.endsWith('/zh-CN.ts'))
  .map((zhPath) => {
    const enPath = zhPath.replace(/zh-CN\.ts$/, 'en-US.ts');
    const name = zhPath.split('/').at(-3) ?? zhPath;
    if (!(enPath in featureModules)) throw new Error(`${name} has zh-CN strings but no en-US`);
    return { name, zh: onlyExport(zhPath), en: onlyExport(enPath) };
  });

const BUNDLES = [{ name: 'app', zh: zhCN as object, en: enUS as object }, ...featureBundles];

describe('API error messages', () => {
  const appCodes = Object.keys(zhCN.errors.api);
  const featureCodes = featureBundles.flatMap(({ name, zh }) =>
    Object.keys((zh as { apiErrors?: object }).apiErrors ?? {}).map((code) => ({ name, code })),
  );

  it('exist for every code the contract defines, in the app or in exactly one feature', () => {
    for (const code of API_ERROR_CODES) {
      const owners = [
        ...(appCodes.includes(code) ? ['app'] : []),
        ...featureCodes.filter((f) => f.code === code).map((f) => f.name),
      ];
      expect(owners, code).toHaveLength(1);
    }
  });

  it('are for codes the contract defines', () => {
    const known: readonly string[] = API_ERROR_CODES;
    for (const code of [...appCodes, ...featureCodes.map((f) => f.code)]) {
      expect(known, code).toContain(code);
    }
  });
});

it('finds every feature bundle, the demo console among them', () => {
  expect(featureBundles.map((b) => b.name)).toContain('demo');
});

it('gives each feature bundle its own namespace, apart from the app strings', () => {
  for (const { name } of featureBundles) expect(Object.keys(zhCN), name).not.toContain(name);
});

describe.each(BUNDLES)('translations: $name', ({ zh: zhBundle, en: enBundle }) => {
  const zhKeys = leafKeys(zhBundle).sort();
  const enKeys = leafKeys(enBundle).sort();

  it('has the same keys in zh-CN and en-US', () => {
    expect(enKeys).toEqual(zhKeys);
  });

  it('has no empty strings', () => {
    for (const key of zhKeys) {
      expect(lookup(zhBundle, key), `zh-CN ${key}`).not.toBe('');
      expect(lookup(enBundle, key), `en-US ${key}`).not.toBe('');
    }
  });

  it('uses the same interpolation placeholders in both languages', () => {
    for (const key of zhKeys) {
      const zh = lookup(zhBundle, key);
      const en = lookup(enBundle, key);
      expect(typeof zh === 'string' && typeof en === 'string' ? placeholders(en) : [], key).toEqual(
        typeof zh === 'string' ? placeholders(zh) : [],
      );
    }
  });
});

describe('the strings every build ships', () => {
  it('leave the demo console to its own bundle', () => {
    expect(Object.keys(zhCN)).not.toContain('demo');
    expect(Object.keys(enUS)).not.toContain('demo');
  });

  it('hold no demo persona data', () => {
    const shipped = JSON.stringify([zhCN, enUS]);
    const needles = [
      ...Object.values(demoZhCN.persona),
      ...Object.values(demoEnUS.persona),
      ...personas.flatMap((p) => [
        p.name,
        p.phone,
        p.profile.idNumber,
        ...p.profile.family.flatMap((m) => [m.name, m.idNumber]),
      ]),
    ];
    expect(needles.length).toBeGreaterThan(10);
    for (const needle of needles) expect(shipped, needle).not.toContain(needle);
  });
});
