// ESLint (flat config): the recommended rules of ESLint and typescript-eslint over the sources,
// tests, benchmarks and the bin. Layout is Prettier's (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['node_modules/', 'data/', 'dist/', 'sdk/dist/', '.tmp/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A leading underscore marks a deliberately unused name: an omitted field of a rest
      // destructuring (`const { secret: _secret, ...rest } = row`) or an unused parameter.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Migrations take Kysely<any>, as Kysely documents: they must not depend on today's schema type.
    files: ['src/infra/db/migrations/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The web apps run in browsers.
    files: ['web/console/**', 'web/shared/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Tests read response bodies and CLI output as untyped JSON.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // Without a message, a failing assert.ok makes Node parse the test's source to write one,
      // which can spin for minutes on a transpiled file instead of failing.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='assert'][callee.property.name='ok'][arguments.length=1]",
          message: 'Give assert.ok a message (its second argument).',
        },
      ],
    },
  },
);
