import { defineConfig } from 'vitest/config';

/**
 * The root Vitest configuration: it lists every project of the workspace.
 * The design card names this file `vitest.workspace.ts`; current Vitest reads the list from
 * `test.projects`, so this file is passed explicitly: `vitest run --config vitest.workspace.ts`.
 */
export default defineConfig({
  test: {
    projects: [
      'libs/domain/vitest.config.ts',
      'libs/db/vitest.config.ts',
      'libs/api/vitest.config.ts',
      'apps/api/vitest.config.ts',
      'apps/web/vitest.config.ts',
      'apps/web-e2e/vitest.config.ts',
      'apps/domain-e2e/vitest.config.ts',
      'libs/demo-data/vitest.config.ts',
    ],
    // Two cores on the CI machine: keep the worker count modest.
    maxWorkers: 2,
  },
});
