import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'web-e2e',
    environment: 'node',
    include: ['src/**/*.e2e.test.ts'],
    globalSetup: ['src/support/global-setup.ts'],
    // One browser and one server for the whole suite; tests run one file at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
