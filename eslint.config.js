// ESLint: typescript-eslint for the TypeScript, eslint-plugin-lit for lit templates,
// eslint-plugin-wc for custom element rules, eslint-plugin-lit-a11y for accessibility in
// templates. Formatting is Prettier's (`npm run format`); nothing here overlaps with it.
import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'docs/api/',
      'coverage/',
      '.test-results/',
      'node_modules/',
      'test/bench/results/',
      'demo/large-org/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/elements/**/*.ts', 'src/*.ts', 'test/elements/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/elements/**/*.ts', 'src/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/elements/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberately unused (a callback's leading parameters).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Lines of at most 120 characters; Prettier wraps code, comments are wrapped by hand, and a
      // long string, template or pattern stays whole rather than split into pieces to concatenate.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  {
    // Tests and tools: chai's expression assertions; `any` for the hostile JSON the tests build
    // and take apart (the public API's no-`any` rule is src/'s); CLI output matched as printed,
    // its indentation included.
    files: ['test/**/*.{ts,mjs,js}', '*.mjs', '*.js'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      'no-regex-spaces': 'off',
    },
  },
);
