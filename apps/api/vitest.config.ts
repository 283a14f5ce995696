import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'api-app',
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
