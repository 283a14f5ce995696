import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'demo-data',
    environment: 'node',
    // Real databases under a loaded 2-core CI machine: set-up (migrations, seeding, argon2) can
    // take seconds; a timed-out hook would tear the database down under a running test.
    hookTimeout: 60_000,
    testTimeout: 30_000,
    include: ['src/**/*.test.ts'],
  },
});
