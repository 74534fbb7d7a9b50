import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// Imports run one way: lib, components, api-contract, rules ← features ← app (ARCHITECTURE.md).
// Every folder of src/features, so a new feature is fenced in without editing this list.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  {
    ignores: ['dist', 'dist-demo', 'node_modules', 'playwright-report', 'test-results', 'dev-dist'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: false },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      // A cycle makes the load order decide what a module sees at import (issue 21).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // rules is pure: nothing of the app.
            {
              target: './src/rules',
              from: [
                './src/app',
                './src/features',
                './src/lib',
                './src/components',
                './src/i18n',
                './mocks',
              ],
            },
            // lower layers never reach up.
            {
              target: ['./src/lib', './src/components', './src/api-contract'],
              from: ['./src/features', './src/app'],
            },
            { target: './src/features', from: './src/app' },
            // a feature does not import another feature's internals.
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
            })),
          ],
        },
      ],
    },
  },
  {
    // Production code never imports the demo backend statically (main.tsx imports it lazily);
    // tests use it as their backend.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@mocks/*', '**/mocks/*'],
              message: 'Only main.tsx (lazily) and tests use the demo backend.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['*.config.{js,ts}'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Plain scripts the generated service worker imports (workbox.importScripts).
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.serviceworker } },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'e2e/**/*.ts', '*.config.{js,ts}', 'mocks/node.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Only the lazily imported demo backend and the API client may call fetch.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/api-client.ts', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Use apiRequest from @/lib/api-client.' },
      ],
    },
  },
  {
    files: ['src/rules/**/*.ts'],
    ignores: ['src/rules/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'rules is pure: no network.' },
        { name: 'window', message: 'rules is pure: no DOM.' },
        { name: 'document', message: 'rules is pure: no DOM.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'rules is pure: pass dates in.' },
        { object: 'Math', property: 'random', message: 'rules is deterministic.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', 'i18next', '@/*', '@mocks/*', 'antd-mobile*'] },
      ],
    },
  },
);
