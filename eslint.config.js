// Lint, including the layer rule: src/domain is pure (imports only itself, date-fns and valibot),
// src/io only adds file-format libraries, and only src/platform may import webextension-polyfill.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const POLYFILL = { name: 'webextension-polyfill', message: 'Only src/platform talks to the browser: import from src/platform instead.' };

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'artifacts/', '.tmp/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [POLYFILL] }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [POLYFILL],
          patterns: [
            {
              regex: '^(?!\\.{1,2}/|date-fns(/|$)|valibot$)',
              message: 'src/domain is pure: it imports only src/domain, date-fns and valibot.',
            },
            { regex: '^\\.\\./', message: 'src/domain imports only from src/domain.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'No browser API in src/domain.' },
        { name: 'browser', message: 'No browser API in src/domain.' },
        { name: 'document', message: 'No DOM in src/domain.' },
        { name: 'window', message: 'No DOM in src/domain.' },
      ],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'src/domain takes `now` as a parameter.' }],
    },
  },
  {
    files: ['src/io/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [POLYFILL],
          patterns: [{ regex: '^\\.\\./(?!domain/)', message: 'src/io imports only src/domain and file-format libraries.' }],
        },
      ],
    },
  },
  {
    files: ['src/platform/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
