import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', '**/node_modules/', 'storybook-static/', 'bench/results/', 'bench/.tmp/', '.screens/', 'custom-elements.json', 'examples/**/vendor/', 'demo/_*', 'scripts/_*', 'bench/_*'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['scripts/**', 'bench/**', '*.config.js', '*.config.ts', 'test/node/**', 'src/extract/cli.ts', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Chai's property assertions (`.to.be.empty`) are expressions by design.
    files: ['test/**', 'stories/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
