// One lint configuration for the whole workspace; each package runs it over its own folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.data/**', '**/drizzle/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['infra/local/**', '**/scripts/**', '**/bench/**', '**/*.test.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // The IDE's start script runs in the browser, with GraphiQL and React loaded as globals.
    files: ['gateway/src/ide/*.js'],
    languageOptions: {
      globals: { document: 'readonly', React: 'readonly', ReactDOM: 'readonly', GraphiQL: 'readonly' },
    },
  },
);
