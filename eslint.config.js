// Lint, including the layer rule (docs/architecture.md): src/domain is pure (imports only itself,
// date-fns and valibot), src/io only adds file-format libraries, src/text (wording) only the domain, and each other layer is fenced from
// the layers above it, as Dark Reader fences its own. tests/domain/layers.test.ts checks the same
// zones on the source, so they hold even where lint is not run.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const POLYFILL = { name: 'webextension-polyfill', message: 'Only src/platform talks to the browser: import from src/platform instead.' };

/** A relative import that reaches into `src/<layer>/` from anywhere in src (`../ui/x`, `../../popup`). */
const into = (layer) => `^(\\.\\./)+${layer}(/|$)`;

/** `files` may not import from any of `layers`; `why` says what the fence keeps apart. */
function fence(files, layers, why) {
  return {
    files: [files],
    rules: {
      'no-restricted-imports': ['error', { paths: [POLYFILL], patterns: layers.map((layer) => ({ regex: into(layer), message: why })) }],
    },
  };
}

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
              regex: '^(?!\\.{1,2}/|date-fns(/|$)|valibot$|chinese-days/dist/years/\\d{4}\\.json$)',
              message: 'src/domain is pure: it imports only src/domain, date-fns, valibot and the calendar data of chinese-days.',
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
    files: ['src/text/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [POLYFILL],
          patterns: [
            {
              regex: '^\\.\\./(?!domain/)',
              message: 'src/text is pure wording shared by the worker and the pages: it imports only src/domain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/platform/**'],
    rules: {
      // The one layer that may import the extension API types.
      'no-restricted-imports': [
        'error',
        {
          patterns: ['ui', 'background', 'popup', 'options'].map((layer) => ({
            regex: into(layer),
            message: 'src/platform is the adapter under every page and the worker: it imports no layer above it.',
          })),
        },
      ],
    },
  },
  fence(
    'src/background/**',
    ['ui', 'popup', 'options'],
    'The service worker has no pages in it: share code through src/domain or src/platform.',
  ),
  fence('src/ui/**', ['background', 'popup', 'options'], 'src/ui is shared by both pages: it imports neither page nor the worker.'),
  fence('src/popup/**', ['background', 'options'], 'The popup talks to the worker by commands, and shares with options through src/ui.'),
  fence(
    'src/options/**',
    ['background', 'popup'],
    'The options page talks to the worker by commands, and shares with the popup through src/ui.',
  ),
  {
    files: ['tests/**'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
