// ESLint flat config: every finding is an error, so lint fails the build (no warn-only rules).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const botFrameworkImports = {
  patterns: [
    {
      group: ['botbuilder', 'botbuilder-*', 'botframework-*', 'restify', 'restify-*'],
      message: 'Only bot/ may import the Bot Framework SDK or restify; src/ stays free of Teams (see docs/decisions/0001).',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**', 'tab/public/vendor/**', 'test-artifacts/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', botFrameworkImports],
    },
  },
  {
    files: ['bot/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', window: 'readonly', document: 'readonly', fetch: 'readonly', URL: 'readonly', URLSearchParams: 'readonly' } },
  },
);
