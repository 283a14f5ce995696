import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'domain-e2e',
    environment: 'node',
    include: ['src/**/*.e2e.test.ts'],
    // Building, packing and installing the library takes tens of seconds on a loaded 2-core
    // machine; the checks after it take a few each.
    hookTimeout: 300_000,
    testTimeout: 180_000,
  },
});
