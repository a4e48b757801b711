import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Shared components the popup may import: they must stay free of Dexie, the database and the browser. */
const POPUP_SAFE_UI = ['ui/UndoToast', 'ui/use-auto-grow'];

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
    // Type-checked rules need the TypeScript project; plain .js files (config, bin, scripts) are not in it.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // A write nobody awaits fails silently (issue 8): every promise is awaited, returned, or given a
      // rejection handler. `void` does not count as handling it.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      // Preact's hooks follow React's rules; the plugin matches hooks by name, whatever package they come from.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useLiveQuery$' }],
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
      // Of ui/, only the modules that import nothing but Preact (checked below) may come in.
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['dexie', '**/db/db', '**/db/schema', '**/db/picks', '**/db/issues', '**/db/blocks', '**/ui/*', ...POPUP_SAFE_UI.map((path) => `!**/${path}`)],
          message: 'The popup never loads Dexie: read with plain IndexedDB (db/page-lookup) and write through the background.',
        }, {
          group: ['webextension-polyfill', '**/platform/browser'],
          message: 'The popup uses platform/native-browser: the polyfill costs ≈ 3 KiB of its 20 KiB budget.',
        }],
      }],
    },
  },
  {
    files: POPUP_SAFE_UI.map((path) => `src/${path}.*`),
    rules: {
      'no-restricted-imports': ['error', { patterns: ['dexie', '**/db/*', '**/platform/*'] }],
    },
  },
  {
    // Every log goes through platform/log, which redacts: an error from git or fetch can quote the token.
    files: ['src/**'],
    ignores: ['src/platform/log.ts'],
    rules: { 'no-console': 'error' },
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
