// @ts-check
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import { builtinModules } from 'node:module';

/** Every Node built-in, with and without the `node:` prefix: the domain may import none of them. */
const nodeBuiltins = [...builtinModules, 'node:*'];

/** Packages are imported by their entry points (`@smartcity/db`, `@smartcity/db/testing`). */
const banDeepImports = {
  group: ['@smartcity/*/src', '@smartcity/*/src/**'],
  message: 'Import a package by its entry point (e.g. @smartcity/db/testing), not its src files.',
};

/** `no-restricted-imports` options banning Node built-ins (exact names, so `@x/domain` passes). */
const banNodeBuiltins = (message) => ({
  paths: builtinModules.map((name) => ({ name, message })),
  patterns: [{ group: ['node:*'], message }],
});

/**
 * `tools/` holds scripts only (benchmarks, build and test runners): apps and libraries never
 * import from it, by a relative path or otherwise. What the app runs lives in `libs/`.
 */
const banTools = {
  regex: '(^|/)tools(/|$)',
  message:
    'tools/ holds scripts only: apps and libraries never import it (runtime code lives in libs/).',
};

/** The demo content of the data layer reaches everyone through `@smartcity/demo-data`. */
const banDbDemo = {
  name: '@smartcity/db/demo',
  message: 'Import the demo region, units and accounts from @smartcity/demo-data.',
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.nx/**', 'data/**', 'coverage/**'] },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommendedTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  // A `// eslint-disable` that disables nothing is an error: it would hide the next real problem.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [banDeepImports] }],
      // More than three parameters: take one object, so call sites name what they pass.
      'max-params': ['error', 3],
      '@typescript-eslint/no-non-null-assertion': 'error',
      // This code base declares its shapes with `type` (unions and intersections read the same).
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      // `text || null` treats an empty text as missing on purpose (form fields, environment).
      '@typescript-eslint/prefer-nullish-coalescing': [
        'error',
        {
          ignorePrimitives: { string: true, number: true, boolean: true },
          ignoreTernaryTests: true,
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a union of string literals, not an enum.' },
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: [
                ...nodeBuiltins,
                'kysely',
                'better-sqlite3',
                'pg',
                '@trpc/*',
                'express',
                'react',
                'react-dom',
                '@mantine/*',
                '@tanstack/*',
              ],
            },
            {
              sourceTag: 'type:data',
              onlyDependOnLibsWithTags: ['type:domain', 'type:data'],
              bannedExternalImports: ['@trpc/*', 'express', 'react', 'react-dom'],
            },
            {
              // The demo seed (libs/demo-data): writes through the data layer, run by the app.
              sourceTag: 'type:demo',
              onlyDependOnLibsWithTags: ['type:domain', 'type:data', 'type:demo'],
              bannedExternalImports: ['@trpc/*', 'express', 'react', 'react-dom'],
            },
            {
              sourceTag: 'type:api',
              // `type:demo` for its tests and test helpers only (see the rule on libs/api below).
              onlyDependOnLibsWithTags: ['type:domain', 'type:data', 'type:api', 'type:demo'],
              bannedExternalImports: ['react', 'react-dom', 'express'],
            },
            {
              sourceTag: 'type:ui',
              onlyDependOnLibsWithTags: ['type:domain', 'type:api', 'type:ui'],
              bannedExternalImports: [...nodeBuiltins, 'kysely', 'better-sqlite3', 'pg', 'express'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:domain', 'type:data', 'type:api', 'type:demo'],
            },
            {
              // The browser tests log in with the demo accounts' password.
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['type:domain', 'type:demo'],
            },
          ],
        },
      ],
    },
  },
  {
    // Nx's rule above sees projects only; tools/ is none, so ban it by path.
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'libs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [banDbDemo], patterns: [banTools] }] },
  },
  {
    // The demo seed is the one importer of the data layer's demo content (and re-exports it).
    files: ['libs/demo-data/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [banTools] }] },
  },
  {
    // The API library's production code never runs the demo seed (the app decides to seed);
    // its tests and test helpers use the demo data.
    files: ['libs/api/src/**/*.ts'],
    ignores: ['libs/api/src/**/*.test.ts', 'libs/api/src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            banDbDemo,
            {
              name: '@smartcity/demo-data',
              message: 'Only the app seeds the demo; the API library uses it in tests only.',
            },
          ],
          patterns: [banTools],
        },
      ],
    },
  },
  {
    // The domain is pure. Nx's rule above does not see Node built-ins, so ban them here too.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        (({ paths, patterns }) => ({ paths, patterns: [...patterns, banTools] }))(
          banNodeBuiltins(
            'The domain is pure: no Node modules (ids and time come in as arguments).',
          ),
        ),
      ],
    },
  },
  {
    // The SPA may use the API library's types (AppRouter) but never its runtime code.
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...banNodeBuiltins('The SPA runs in the browser: no Node modules.').paths,
            {
              name: '@smartcity/api',
              allowTypeImports: true,
              message:
                'The SPA imports the API library for types only (import type { AppRouter }).',
            },
            {
              name: '@smartcity/db',
              message: 'The SPA never touches the database layer.',
            },
          ],
          patterns: [
            ...banNodeBuiltins('The SPA runs in the browser: no Node modules.').patterns,
            banDeepImports,
          ],
        },
      ],
    },
  },
  {
    // Tool configuration files: default exports are their convention, and they are not part of
    // any project's TypeScript program.
    files: ['**/*.mjs', '**/*.js', '**/*.config.ts', 'vitest.workspace.ts', '**/global-setup.ts'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // TanStack Router's guards throw `redirect(...)` objects by design.
    files: ['apps/web/src/routes/**/*.tsx'],
    rules: { '@typescript-eslint/only-throw-error': 'off' },
  },
  {
    // Migrations are frozen in time and typed `Kysely<any>` on purpose (Kysely's convention).
    files: ['libs/db/src/migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `expect.any(String)` and friends are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  prettier,
);
