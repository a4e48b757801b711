import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // core/ is pure: it must run in Node (CLI, tests) and never reach for the browser or the database.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: ['dexie', 'preact', 'preact/*', 'webextension-polyfill', '../db/*', '../platform/*', '../ui/*'],
      }],
    },
  },
  {
    files: ['src/popup/**'],
    rules: {
      // The popup reads with plain IndexedDB and writes through the background: Dexie would triple its script.
      'no-restricted-imports': ['error', {
        patterns: ['dexie', '**/db/db', '**/db/schema', '**/db/picks', '**/db/issues', '**/db/blocks', '**/ui/*'],
      }],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/db/**'],
    rules: {
      // Only src/db/ touches tables.
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name='db'][property.name=/^(picks|issues|blocks|settings)$/]",
        message: 'Tables are touched only in src/db/: add a query or command there.',
      }],
    },
  },
);
