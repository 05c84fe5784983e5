// ESLint for bsc-kit, run from the repository's root by `npm run lint` (paths below are relative to
// it). It lives here, beside its own node_modules, because typescript-eslint needs TypeScript's
// JavaScript API, which TypeScript 7 (the kit's compiler) no longer ships: see ./package.json.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'bench/.out/', 'scratch/', 'test/ssr/fixtures/', 'tools/lint/node_modules/', '**/*.d.ts', '**/*.d.mts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_` marks a parameter that a signature requires and the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `typeof import('d3-zoom')` types a module the code loads lazily, where it is loaded.
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      // `interface HTMLElementEventMap extends BscEventMap {}` is how a global map is augmented.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    // Chai's assertions are property reads: `expect(x).to.be.true`.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Scripts, benchmarks, the demo and the command line report on the console; that is their output.
    files: ['scripts/**', 'bin/**', 'bench/**', 'demo/**', 'test/support/**', '*.mjs', '*.ts', '.storybook/**'],
    rules: { 'no-console': 'off' },
  },
);
