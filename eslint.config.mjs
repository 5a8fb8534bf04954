// Lint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro. Layout is
// Prettier's job (prettier.config.mjs), so no rule here is about formatting.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // ESLint does not read .gitignore: build output, caches and generated files.
  globalIgnores([
    '**/dist/',
    '**/dist-preview/',
    '**/.astro/',
    'studio/.sanity/',
    'packages/*/reports/',
    '**/.stryker-tmp/',
    'bench/work/',
    'e2e/test-results/',
    'e2e/.studio-dist/',
    'e2e/playwright-report/',
    '**/.wrangler/',
    'packages/content/src/sanity.types.ts',
    'packages/dataset-tools/seed/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: globals.node } },
  {
    rules: {
      // The code marks a deliberately unused name with a leading underscore, and omits fields with a rest
      // spread (`const { _rev, ...doc } = ...`, where Sanity's own field names start with one).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
);
