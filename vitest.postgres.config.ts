import { defineConfig } from 'vitest/config';

// `npm run test:postgres`: the store contract suite and the replica tests against TEST_DATABASE_URL.
export default defineConfig({
  test: {
    include: ['test/**/*.pg.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
